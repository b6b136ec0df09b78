import { describe, expect, it } from 'vitest';
import { beltRateText } from './draw/conveyor.ts';
import { drawStage } from './drawStage.ts';
import { LabelLog } from './labels.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

describe('the belt’s rate', () => {
  it('says it is the rate measured as sent, not the producer’s setting', () => {
    // The reader saw "≈ 82/s" under the belt beside "70/s" in the producer, with nothing to tell them apart.
    const h = harness('no-backpressure', 1400, 500);
    let scene = h.step(1000 / 60, 1, false);
    for (let i = 0; i < 300; i++) scene = h.step(1000 / 60, 1, false);
    const ctx = createFakeContext();
    drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE, new LabelLog());
    const belt = ctx.texts().filter((t) => t.includes('≈'));
    expect(belt.length).toBeGreaterThan(0);
    for (const t of belt) expect(t).toMatch(/^sent ≈ \d+(\.\d+)?\/s$/);
  });

  it('keeps the word “sent” where room is short, and drops the “≈” first', () => {
    const width = (t: string) => t.length * 7;
    expect(beltRateText(85, 200, width)).toBe('sent ≈ 85/s');
    expect(beltRateText(85, width('sent 85/s'), width)).toBe('sent 85/s');
    expect(beltRateText(85, width('sent 85/s') - 1, width)).toBeNull();
  });
});
