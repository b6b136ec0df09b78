/**
 * The three knobs a reader reaches for first, shown beside the stage (MainKnobs.tsx) so their effect
 * is in view while they move: how fast the producer sends, how many consumers there are, and how long
 * each message takes them. Each pattern names its rate differently (a steady rate, a burst's rate, an
 * average), so the first of these the scenario has stands for "how fast the producer sends".
 */
import { hasPath } from '../domain/path.ts';
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
