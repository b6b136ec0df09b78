/** The shared workload and seed in one line of words, for the closed settings panel. */
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
