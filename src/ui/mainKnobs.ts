/**
 * The three knobs a reader reaches for first, shown beside the stage (MainKnobs.tsx) so their effect
 * is in view while they move: how fast the producer sends, how many consumers there are, and how long
 * each message takes them. Each pattern names its rate differently (a steady rate, a burst's rate, an
 * average), so the first of these the scenario has stands for "how fast the producer sends".
 */
import { getAt, hasPath } from '../domain/path.ts';
import { knob, type NumberKnob } from '../domain/knobs.ts';
import type { Scenario } from '../sim/scenario.ts';

/** The producer's headline rate, by pattern: the first that exists is the one shown. */
const PRODUCER_RATE = [
  'workload.pattern.ratePerSec',
  'workload.pattern.onRatePerSec',
  'workload.pattern.meanRatePerSec',
  'workload.pattern.baseRatePerSec',
  'workload.pattern.startRatePerSec',
] as const;
/** How long a message takes: the average, where the distribution has one. */
const PROCESSING_TIME = ['consumers.service.meanMs', 'consumers.service.maxMs'] as const;
const CONSUMERS = ['consumers.count'] as const;

/** The main knobs this scenario has, in reading order: producer, consumers, processing time. */
export function mainKnobs(scenario: Scenario): NumberKnob[] {
  const found: NumberKnob[] = [];
  for (const choices of [PRODUCER_RATE, CONSUMERS, PROCESSING_TIME]) {
    const path = choices.find((p) => hasPath(scenario, p));
    if (path === undefined) continue;
    const k = knob(path);
    if (k.kind === 'number') found.push(k);
  }
  return found;
}

/** How many stages the scenario has: 1, or a chain's 2 or 3. */
export function stageCount(scenario: Scenario): number {
  return 1 + (scenario.downstream?.length ?? 0);
}

/**
 * The main knobs of `stage` (1, 2 or 3): the first stage's are the main three; a later stage's are
 * its consumers, their processing time and its queue's limit (none while the queue has no limit).
 */
export function stageMainKnobs(scenario: Scenario, stage: number): NumberKnob[] {
  if (stage <= 1) return mainKnobs(scenario);
  const at = `downstream.${stage - 2}`;
  if (!hasPath(scenario, at)) return [];
  const found: NumberKnob[] = [];
  const choices = [
    [`${at}.consumers.count`],
    PROCESSING_TIME.map((p) => `${at}.${p}`),
    [`${at}.queue.capacity`],
  ];
  for (const paths of choices) {
    const path = paths.find((p) => hasPath(scenario, p) && typeof getAt(scenario, p) === 'number');
    if (path === undefined) continue;
    const k = knob(path);
    if (k.kind === 'number') found.push(k);
  }
  return found;
}

/**
 * The fields Settings leaves to the main knobs, whichever stage those are on: the consumers and their
 * processing time. A later stage's queue capacity stays in Settings as well, which alone offers
 * "No limit" for it.
 */
export function everyMainKnobPath(scenario: Scenario): string[] {
  const paths: string[] = [];
  for (let stage = 1; stage <= stageCount(scenario); stage++)
    for (const k of stageMainKnobs(scenario, stage))
      if (!k.path.endsWith('.queue.capacity')) paths.push(k.path);
  return paths;
}

/**
 * The name of a main knob without its stage, as the first stage's is: "Consumers". A range's
 * longest time is named "Processing time" too, as the knob that stands for it: its value says the
 * range and the average ("8–12 ms, 10 on average"). "Longest processing 12 ms" beside 100 done a
 * second read as wrong (1000 ÷ 12 is 83) to a reader who did not know it was a range (try 6a).
 */
export function shortKnobLabel(k: NumberKnob): string {
  const tail = /^downstream\.\d+\.(.*)$/.exec(k.path)?.[1] ?? k.path;
  if (tail === 'consumers.service.maxMs') return knob('consumers.service.meanMs').label;
  return tail === k.path ? k.label : knob(tail).label;
}
