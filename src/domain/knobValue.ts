/**
 * What a main knob says beside its name: its value, and, where the run does not hold to that value
 * the whole time, what it does instead, so the knob and the stage tell one story. A reader saw
 * "1 worker" beside Consumers while the autoscaler ran three on the stage, and "Base rate 80
 * messages/s" while the producer's box said 150/s in a surge nothing had mentioned.
 */
import type { Scenario } from '../sim/scenario.ts';
import { formatMs, formatNumber, formatWithUnit } from './format.ts';
import { SURGE } from './stageWords.ts';

/** A step up from the base rate for a while (or for good): the producer's surge. */
export interface Surge {
  baseRatePerSec: number;
  ratePerSec: number;
  atMs: number;
  /** Simulated ms at which it ends; null: it lasts to the end of the run. */
  endMs: number | null;
}

/** The scenario's surge, or null when its rate never steps up. */
export function surgeOf(scenario: Scenario): Surge | null {
  const p = scenario.workload.pattern;
  if (p.kind !== 'step' || p.stepRatePerSec <= p.baseRatePerSec) return null;
  return {
    baseRatePerSec: p.baseRatePerSec,
    ratePerSec: p.stepRatePerSec,
    atMs: p.atMs,
    endMs: p.durationMs === null ? null : p.atMs + p.durationMs,
  };
}

/** When the surge is: "from 8 s to 11 s", or "from 8 s on". */
export function surgeWhen(surge: Surge): string {
  return surge.endMs === null
    ? `from ${formatMs(surge.atMs)} on`
    : `from ${formatMs(surge.atMs)} to ${formatMs(surge.endMs)}`;
}

/**
 * The value beside the knob at `path`. With an autoscaler the consumers' count is where the run
 * starts, and `workersNow` (the run's count now, null before there is one) follows it; under a surge
 * the base rate says what it surges to.
 */
export function knobValueText(
  path: string,
  value: number,
  unit: string,
  scenario: Scenario,
  workersNow: number | null,
): string {
  if (path === 'consumers.count' && scenario.consumers.autoscale !== null)
    return workersNow === null
      ? `${formatWithUnit(value, unit)} to start`
      : `${formatNumber(value)} to start (now ${formatNumber(workersNow)})`;
  const surge = path === 'workload.pattern.baseRatePerSec' ? surgeOf(scenario) : null;
  if (surge !== null)
    return `${formatNumber(value)}/s (${SURGE} to ${formatNumber(surge.ratePerSec)}/s)`;
  return formatWithUnit(value, unit);
}
