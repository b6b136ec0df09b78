import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import { consumerCapacityPerSec, fasterInThanOut } from './overload.ts';

function withRate(base: Scenario, ratePerSec: number): Scenario {
  const parsed = parseScenario({
    ...base,
    workload: { ...base.workload, pattern: { kind: 'steady', ratePerSec } },
  });
  if (!parsed.ok) throw new Error('bad scenario');
  return parsed.value;
}

describe('fasterInThanOut', () => {
  const base = presetScenario('no-backpressure');

  it('follows the producer’s rate against what the consumers can do', () => {
    expect(consumerCapacityPerSec(base)).toBeCloseTo(50);
    expect(fasterInThanOut(base)).toBe(true); // 70/s in, 50/s out
    // The reader's case: the producer turned down to 40/s, below the consumers' 50/s.
    expect(fasterInThanOut(withRate(base, 40))).toBe(false);
    expect(fasterInThanOut(withRate(base, 50))).toBe(true);
  });

  it('counts every consumer', () => {
    const two = parseScenario({ ...base, consumers: { ...base.consumers, count: 2 } });
    if (!two.ok) throw new Error('bad scenario');
    expect(fasterInThanOut(two.value)).toBe(false);
  });

  it('says nothing of a producer whose rate varies', () => {
    const bursty = parseScenario({
      ...base,
      workload: {
        ...base.workload,
        pattern: { kind: 'bursty', onRatePerSec: 200, offRatePerSec: 0, onMs: 500, offMs: 5000 },
      },
    });
    if (!bursty.ok) throw new Error(JSON.stringify(bursty.problems));
    expect(fasterInThanOut(bursty.value)).toBe(false);
  });
});
