/**
 * Which stage of a chain is the slowest, and what that means for the knobs of the others. A reader
 * added consumers to stage 1 of "A slow database behind a worker pool" and saw nothing change: the
 * database (stage 3) sets the pace, and nothing done above it gets more through. The main knobs say
 * so beside them (MainKnobs.tsx) while they act on a stage that is not the slowest.
 *
 * A stage's capacity is what its consumers can finish in a second when all are busy: consumers ÷
 * mean processing time. Where processing slows under load, or an autoscaler adds workers, this is
 * the capacity the run starts with.
 */
import { serviceMoments } from '../sim/queueing/steadyState.ts';
import type { Scenario, ServiceTime } from '../sim/scenario.ts';
import { capitalize, formatNumber } from './format.ts';

export interface StageCapacity {
  /** 1 for the first stage, 2 and 3 for the later ones. */
  stage: number;
  /** The stage's name, '' when it has none. */
  name: string;
  /** Messages a second its consumers finish when every one of them is busy. */
  perSec: number;
}

function capacity(workers: number, service: ServiceTime): number {
  const mean = serviceMoments(service).mean;
  return mean > 0 ? (workers / mean) * 1000 : Number.POSITIVE_INFINITY;
}

/** Each stage's capacity, in order; an empty list for a single stage. */
export function stageCapacities(scenario: Scenario): StageCapacity[] {
  const later = scenario.downstream ?? [];
  if (later.length === 0) return [];
  return [
    {
      stage: 1,
      name: scenario.stageName ?? '',
      perSec: capacity(scenario.consumers.count, scenario.consumers.service),
    },
    ...later.map((d, i) => ({
      stage: i + 2,
      name: d.name,
      perSec: capacity(d.consumers.count, d.consumers.service),
    })),
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
    ? `: it can finish about ${formatNumber(slowest.perSec)} messages a second`
    : '';
  return `${capitalize(stageCalled(slowest.stage, slowest.name))} is the slowest stage${pace}. More consumers or faster processing at ${stageCalled(here.stage, here.name)} won’t get more through.`;
}
