import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import { describeShared, plainShared } from './describeShared.ts';

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

describe('plainShared', () => {
  it('says what every column gets in a sentence a newcomer reads, without settings’ names', () => {
    // A newcomer read "2.05 KB to 8.19 KB · seed 1" on the first screen and learnt nothing.
    const text = plainShared(presetScenario('no-backpressure'));
    expect(text).toBe(
      'Exactly the same messages, 70 a second arriving at random, 2 to 8 KB each: the only difference is how each copes.',
    );
    expect(text).not.toMatch(/seed|·|\/s|\d\.\d/);
  });

  it('says every rate pattern in words', () => {
    for (const kind of ['bursty', 'ramp', 'step', 'sine'] as const) {
      const parsed = parseScenario({ workload: { pattern: { kind }, keyCount: 1 } });
      if (!parsed.ok) throw new Error(kind);
      expect(plainShared(parsed.value)).toMatch(/^Exactly the same messages, .*a second/);
    }
  });
});
