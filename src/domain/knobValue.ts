/**
 * What a main knob says beside its name: its value, and, where the run does not hold to that value
 * the whole time, what it does instead, so the knob and the stage tell one story. A reader saw
 * "1 worker" beside Consumers while the autoscaler ran three on the stage, and "Base rate 80
 * messages/s" while the producer's box said 150/s in a surge nothing had mentioned.
 */
import type { Scenario, ServiceTime } from '../sim/scenario.ts';
import { formatMs, formatNumber, formatWithUnit } from './format.ts';
import { getAt } from './path.ts';
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

/** A main knob on a processing time: its average, or the longest of a range (mainKnobs.ts). */
const PROCESSING = /^(.*\.)?consumers\.service\.(meanMs|maxMs)$/;

/**
 * How long processing takes, in plain words: a fixed time "each", a random one its average, a range
 * from shortest to longest with its average. A reader read "Processing time 20 ms" as every message
 * taking 20 ms, then followed one that took 30; and "Longest processing 12 ms" beside 100 done a
 * second (more than 1000 ÷ 12) until the average, 10 ms, was said. `short` is for beside the knob's
 * name ("avg 20 ms": "20 ms on average" does not fit beside "Processing time" at 1280 px); the long
 * form is what a screen reader says. Null for any other knob.
 */
export function processingWords(
  path: string,
  value: number,
  scenario: Scenario,
  short = true,
): string | null {
  const match = PROCESSING.exec(path);
  if (match === null) return null;
  const service = getAt(scenario, path.slice(0, path.lastIndexOf('.'))) as ServiceTime | undefined;
  if (service === undefined) return null;
  const average = (t: string) => (short ? `avg ${t}` : `${t} on average`);
  switch (service.kind) {
    case 'constant':
      return `${formatMs(value)} each`;
    case 'exponential':
    case 'lognormal':
      return average(formatMs(value));
    case 'uniform': {
      // The knob moves the longest; the shortest stays as set.
      const min = service.minMs;
      const max = match[2] === 'maxMs' ? value : service.maxMs;
      const mean = (min + max) / 2;
      return max < 1000
        ? `${formatNumber(min)}–${formatMs(max)}, ${average(formatNumber(mean))}`
        : `${formatMs(min)}–${formatMs(max)}, ${average(formatMs(mean))}`;
    }
  }
}

/**
 * The least value a slider on `path` may set in `scenario`, where that is more than its knob's own
 * least: the longest of a processing-time range is never below its shortest (a reader pushed
 * "Longest processing" to 0 under a range from 8 ms, and read "Not applied: must not be below
 * minMs"). The value itself where no such floor applies.
 */
export function floorForSlider(path: string, value: number, scenario: Scenario): number {
  const match = PROCESSING.exec(path);
  if (match === null || match[2] !== 'maxMs') return value;
  const service = getAt(scenario, path.slice(0, path.lastIndexOf('.'))) as ServiceTime | undefined;
  return service?.kind === 'uniform' ? Math.max(value, service.minMs) : value;
}

/** What a knob on a processing time does to the messages, for the value's tooltip; else null. */
export function processingTitle(path: string, scenario: Scenario): string | null {
  const match = PROCESSING.exec(path);
  if (match === null) return null;
  const service = getAt(scenario, path.slice(0, path.lastIndexOf('.'))) as ServiceTime | undefined;
  switch (service?.kind) {
    case 'constant':
      return 'Every message takes exactly this long.';
    case 'exponential':
      return 'Each message takes a random time: most less than the average, a few much longer.';
    case 'lognormal':
      return 'Each message takes a random time around the average, with a long tail of slow ones.';
    case 'uniform':
      return 'Each message takes a random time between the shortest and the longest; this knob sets the longest.';
    default:
      return null;
  }
}

/** An autoscaled run's consumers now: all of them, and of them those still warming up. */
export interface WorkersNow {
  now: number;
  starting: number;
}

/**
 * The value beside the knob at `path`. With an autoscaler the consumers' count is where the run
 * starts, and `workersNow` (the run's count now, null before there is one) follows it; under a surge
 * the base rate says what it surges to. While a consumer warms up the row says it apart, "2 + 1
 * warming", as the stage draws it apart ("Worker 3 · warming", faint) and the busy card counts it
 * ("2 working, 1 warming up"): a reader read "now 3" as three at work beside two workers drawn.
 * Those words leave out where the run started (the box and the slider still show it): the row has
 * room for one short line only, 124 px on a phone ("now 2 + 1 warming" took two lines there).
 */
export function knobValueText(
  path: string,
  value: number,
  unit: string,
  scenario: Scenario,
  workersNow: WorkersNow | null,
): string {
  if (path === 'consumers.count' && scenario.consumers.autoscale !== null) {
    if (workersNow === null) return `${formatWithUnit(value, unit)} to start`;
    const warming = Math.min(Math.max(0, workersNow.starting), workersNow.now);
    return warming > 0
      ? `${formatNumber(workersNow.now - warming)} + ${formatNumber(warming)} warming`
      : `${formatNumber(value)} to start (now ${formatNumber(workersNow.now)})`;
  }
  const service = processingWords(path, value, scenario);
  if (service !== null) return service;
  const surge = path === 'workload.pattern.baseRatePerSec' ? surgeOf(scenario) : null;
  if (surge !== null)
    return `${formatNumber(value)}/s (${SURGE} to ${formatNumber(surge.ratePerSec)}/s)`;
  return formatWithUnit(value, unit);
}
