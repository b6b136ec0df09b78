import { describe, expect, it } from 'vitest';
import type { CheckProgress } from '../../exercises/index.ts';
import { parseScenario } from '../../sim/parseScenario.ts';
import { presetScenario } from '../../sim/presets.ts';
import { checkTimeLeft, checkWorkDone } from './checkTime.ts';

const steady = presetScenario('drop-oldest');

function progress(seedsDone: number, simulatedMs: number, durationMs = 60_000): CheckProgress {
  const seedCount = 4;
  return {
    seedsDone,
    seedCount,
    seed: seedsDone + 1,
    simulatedMs,
    durationMs,
    fraction: (seedsDone + simulatedMs / durationMs) / seedCount,
  };
}

describe('checkWorkDone', () => {
  it('counts finished seeds and the part of the seed under way', () => {
    expect(checkWorkDone(steady, progress(0, 0))).toBe(0);
    expect(checkWorkDone(steady, progress(2, 30_000))).toBeCloseTo(2.5 / 4, 2);
    expect(checkWorkDone(steady, progress(3, 60_000))).toBe(1);
  });

  it('weighs a ramp’s busy end more than its quiet start', () => {
    const parsed = parseScenario({
      workload: {
        pattern: { kind: 'ramp', startRatePerSec: 0, risePerSec: 50, maxRatePerSec: 5000 },
      },
    });
    if (!parsed.ok) throw new Error('invalid');
    const half = checkWorkDone(parsed.value, progress(0, 30_000));
    expect(half).toBeLessThan(0.5 / 4);
  });
});

describe('checkTimeLeft', () => {
  it('says how long a long check has left, at the pace so far', () => {
    // A quarter done in 10 s: 30 s to go.
    expect(checkTimeLeft(steady, progress(1, 0), 10_000)).toBe('about 30 s left');
    expect(checkTimeLeft(steady, progress(3, 30_000), 70_000)).toBe('about 10 s left');
    expect(checkTimeLeft(steady, progress(3, 59_900), 120_000)).toBe('under a second left');
  });

  it('says nothing in the first second, or for a check over in a moment', () => {
    expect(checkTimeLeft(steady, progress(1, 0), 500)).toBeNull();
    expect(checkTimeLeft(steady, progress(3, 30_000), 1200)).toBeNull();
    expect(checkTimeLeft(steady, progress(0, 0), 5000)).toBeNull();
  });
});
