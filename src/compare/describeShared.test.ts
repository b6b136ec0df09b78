import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import { describeShared } from './describeShared.ts';

describe('describeShared', () => {
  it('says the workload and seed in one line', () => {
    expect(describeShared({ ...presetScenario('no-backpressure'), seed: 7 })).toBe(
      'steady 70 messages/s · random gaps · 8 keys · one priority · 2.05 KB to 8.19 KB · seed 7',
    );
    expect(describeShared(presetScenario('drop-lowest-priority'))).toContain(
      '3 priorities (6:3:1)',
    );
  });

  it('describes every rate pattern in words', () => {
    for (const kind of ['bursty', 'ramp', 'step', 'sine'] as const) {
      const parsed = parseScenario({ workload: { pattern: { kind }, keyCount: 1 } });
      if (!parsed.ok) throw new Error(kind);
      const text = describeShared(parsed.value);
      expect(text).toMatch(/messages\/s/);
      expect(text).toContain('1 key ·');
    }
  });
});
