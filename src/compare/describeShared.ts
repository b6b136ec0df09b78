/**
 * The shared workload and seed: in one line of settings (`describeShared`, under "Change the workload
 * or the seed"), and in a sentence for a newcomer (`plainShared`, always shown): a reader new to
 * the page read "2.05 KB to 8.19 KB · seed 1" on its first screen and learnt nothing from it.
 */
import type { Scenario } from '../sim/scenario.ts';
import { formatBytes, formatMs, formatNumber } from '../domain/format.ts';

const rate = (perSec: number) => `${formatNumber(perSec)} messages/s`;

function describePattern(pattern: Scenario['workload']['pattern']): string {
  switch (pattern.kind) {
    case 'steady':
      return `steady ${rate(pattern.ratePerSec)}`;
    case 'bursty':
      return `bursts of ${rate(pattern.onRatePerSec)} for ${formatMs(pattern.onMs)}, ${rate(pattern.offRatePerSec)} between`;
    case 'ramp':
      return `rising from ${rate(pattern.startRatePerSec)} by ${formatNumber(pattern.risePerSec)} each second, up to ${rate(pattern.maxRatePerSec)}`;
    case 'step':
      return `${rate(pattern.baseRatePerSec)}, then ${rate(pattern.stepRatePerSec)} from ${formatMs(pattern.atMs)}${pattern.durationMs === null ? '' : ` for ${formatMs(pattern.durationMs)}`}`;
    case 'sine':
      return `waves around ${rate(pattern.meanRatePerSec)}, ±${formatNumber(pattern.amplitudePerSec)} every ${formatMs(pattern.periodMs)}`;
  }
}

export function describeShared(scenario: Scenario): string {
  const { workload, seed } = scenario;
  const { min, max } = workload.sizeBytes;
  const sizes = min === max ? formatBytes(min) : `${formatBytes(min)} to ${formatBytes(max)}`;
  const levels = workload.priorityWeights.length;
  return [
    describePattern(workload.pattern),
    workload.spacing === 'poisson' ? 'random gaps' : 'even gaps',
    `${formatNumber(workload.keyCount)} ${workload.keyCount === 1 ? 'key' : 'keys'}`,
    levels === 1 ? 'one priority' : `${levels} priorities (${workload.priorityWeights.join(':')})`,
    sizes,
    `seed ${seed}`,
  ].join(' · ');
}

/** A rate in plain words: "70 a second". */
const perSecond = (n: number) => `${formatNumber(n)} a second`;

function plainPattern(pattern: Scenario['workload']['pattern']): string {
  switch (pattern.kind) {
    case 'steady':
      return perSecond(pattern.ratePerSec);
    case 'bursty':
      return `bursts of ${perSecond(pattern.onRatePerSec)} for ${formatMs(pattern.onMs)}, ${perSecond(pattern.offRatePerSec)} between`;
    case 'ramp':
      return `${perSecond(pattern.startRatePerSec)} at first, rising to ${perSecond(pattern.maxRatePerSec)}`;
    case 'step':
      return `${perSecond(pattern.baseRatePerSec)}, then ${perSecond(pattern.stepRatePerSec)} from ${formatMs(pattern.atMs)}`;
    case 'sine':
      return `${perSecond(pattern.meanRatePerSec)} on average, in waves`;
  }
}

/** A size rounded for reading, to a whole number of its unit: "2 KB", not "2.05 KB". */
function roughBytes(bytes: number): string {
  let scale = 1;
  while (bytes / scale >= 999.5 && scale < 1e12) scale *= 1000;
  return formatBytes(Math.max(1, Math.round(bytes / scale)) * scale);
}

/**
 * What every column is given, in a sentence without settings' names, run in after the heading "The
 * same for every column": "Exactly the same messages, 70 a second arriving at random, 2 to 8 KB
 * each: the only difference is how each copes."
 */
export function plainShared(scenario: Scenario): string {
  const { workload } = scenario;
  const { min, max } = workload.sizeBytes;
  const lo = roughBytes(min);
  const hi = roughBytes(max);
  const [loN, loUnit] = lo.split(' ');
  const sizes =
    lo === hi
      ? `${lo} each`
      : hi.endsWith(` ${loUnit}`)
        ? `${loN} to ${hi} each`
        : `${lo} to ${hi} each`;
  const arriving = workload.spacing === 'poisson' ? 'arriving at random' : 'evenly spaced';
  return `Exactly the same messages, ${plainPattern(workload.pattern)} ${arriving}, ${sizes}: the only difference is how each copes.`;
}
