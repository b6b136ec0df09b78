/**
 * Which stage of a chain is the slowest, and what that means for the knobs of the others. A reader
 * added consumers to stage 1 of "A slow database behind a worker pool" and saw nothing change: the
 * database (stage 3) sets the pace, and nothing done above it gets more through. The main knobs say
 * so beside them (MainKnobs.tsx) while they act on a stage that is not the slowest.
 *
 * A stage's capacity is what its consumers can finish in a second when all are busy: consumers ÷
 * mean processing time. Where processing slows under load, or an autoscaler adds workers, this is
 * the capacity the run starts with; the note then says how far it falls under load (`slowed`). A
 * reader read "about 133 messages a second" for the database while it finished 75 with its queue
 * full, exactly when the lesson happens: 133 holds only while its queue is short.
 */
import { serviceMoments } from '../sim/queueing/steadyState.ts';
import type { Scenario, ServiceTime, SlowUnderLoad } from '../sim/scenario.ts';
import { slowdownFactor } from '../sim/pipeline/serviceTime.ts';
import { capitalize, formatNumber } from './format.ts';

export interface StageCapacity {
  /** 1 for the first stage, 2 and 3 for the later ones. */
  stage: number;
  /** The stage's name, '' when it has none. */
  name: string;
  /** Messages a second its consumers finish when every one of them is busy. */
  perSec: number;
  /** How far that falls where processing slows under load (consumers.slowUnderLoad); else null. */
  slowed: Slowed | null;
}

/** A stage's pace under its heaviest load, and what that load is. */
export interface Slowed {
  /** Messages a second at the heaviest load. */
  perSec: number;
  /** What it slows with: its queue's length, or how many of its consumers are busy. */
  basis: SlowUnderLoad['basis'];
  /** Up to this load it keeps its full pace (messages waiting, or consumers busy). */
  fullPaceUpTo: number;
  /** The heaviest load: its queue's limit (null: no limit) or its consumers' count. */
  heaviest: number | null;
}

/** The slowest the stage gets under `load`, or null where its pace never changes. */
function slowedOf(
  perSec: number,
  workers: number,
  queueCapacity: number | null,
  load: SlowUnderLoad | null,
): Slowed | null {
  if (load === null || !Number.isFinite(perSec)) return null;
  const heaviest = load.basis === 'concurrency' ? workers : queueCapacity;
  const factor = heaviest === null ? load.maxFactor : slowdownFactor(load, heaviest);
  if (factor <= 1) return null;
  return { perSec: perSec / factor, basis: load.basis, fullPaceUpTo: load.above, heaviest };
}

function capacity(workers: number, service: ServiceTime): number {
  const mean = serviceMoments(service).mean;
  return mean > 0 ? (workers / mean) * 1000 : Number.POSITIVE_INFINITY;
}

/** Each stage's capacity, in order; an empty list for a single stage. */
export function stageCapacities(scenario: Scenario): StageCapacity[] {
  const later = scenario.downstream ?? [];
  if (later.length === 0) return [];
  const first = scenario.consumers;
  const firstPerSec = capacity(first.count, first.service);
  return [
    {
      stage: 1,
      name: scenario.stageName ?? '',
      perSec: firstPerSec,
      slowed: slowedOf(firstPerSec, first.count, scenario.queue.capacity, first.slowUnderLoad),
    },
    ...later.map((d, i) => {
      const perSec = capacity(d.consumers.count, d.consumers.service);
      return {
        stage: i + 2,
        name: d.name,
        perSec,
        slowed: slowedOf(perSec, d.consumers.count, d.queue.capacity, d.consumers.slowUnderLoad),
      };
    }),
  ];
}

/** The stage that can finish the fewest messages a second (the first of equals), null for one stage. */
export function slowestStage(scenario: Scenario): StageCapacity | null {
  return slowestOf(stageCapacities(scenario));
}

function slowestOf(stages: readonly StageCapacity[]): StageCapacity | null {
  let slowest: StageCapacity | null = null;
  for (const s of stages) if (!slowest || s.perSec < slowest.perSec) slowest = s;
  return slowest;
}

/** "stage 3 (database)", or "stage 3" for a stage without a name. */
export function stageCalled(stage: number, name: string): string {
  return name === '' ? `stage ${stage}` : `stage ${stage} (${name})`;
}

/**
 * What the knobs of `stage` cannot do while another stage is slower: a sentence naming the slowest
 * stage and its pace. Null for a single stage, and for the slowest stage itself (or one as slow).
 */
export function bottleneckNote(scenario: Scenario, stage: number): string | null {
  const stages = stageCapacities(scenario);
  const slowest = slowestOf(stages);
  const here = stages.find((s) => s.stage === stage);
  if (!slowest || !here || here.perSec <= slowest.perSec) return null;
  const pace = Number.isFinite(slowest.perSec)
    ? `: it can finish about ${formatNumber(slowest.perSec)} messages a second${slowedWords(slowest.slowed)}`
    : '';
  return `${capitalize(stageCalled(slowest.stage, slowest.name))} is the slowest stage${pace}. More consumers or faster processing at ${stageCalled(here.stage, here.name)} won’t get more through.`;
}

/**
 * ", only 67 once its queue fills"; '' for a stage whose pace does not change. Short: the note
 * shares the first screen with the knobs and the cards.
 */
function slowedWords(slowed: Slowed | null): string {
  if (slowed === null) return '';
  const to = formatNumber(Math.round(slowed.perSec));
  if (slowed.basis === 'concurrency')
    return `, only ${to} with all ${formatNumber(slowed.heaviest ?? 0)} busy`;
  return slowed.heaviest === null
    ? `, down to ${to} as its queue grows`
    : `, only ${to} once its queue fills`;
}
