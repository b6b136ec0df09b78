import { describe, expect, it } from 'vitest';
import { drawStage } from './drawStage.ts';
import { LabelLog } from './labels.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

/** The colour each text was drawn in: the last fillStyle set before it. */
function coloured(ctx: ReturnType<typeof createFakeContext>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  let fill: unknown = null;
  for (const c of ctx.calls) {
    if (c.name === 'set:fillStyle') fill = c.args[0];
    if (c.name === 'fillText') out.set(String(c.args[0]), fill);
  }
  return out;
}

describe('the producer’s status', () => {
  it('is not red for a producer out of credit a small part of the time, under a green light', () => {
    const h = harness('credit-window', 1400, 500);
    let seen = 0;
    for (let i = 0; i < 900; i++) {
      const scene = h.step(1000 / 60, 1, false);
      const part = scene.producerShares.stopped;
      if (part <= 0.06 || part >= 0.5) continue;
      const ctx = createFakeContext();
      drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE, new LabelLog());
      for (const [text, fill] of coloured(ctx))
        if (/^(no credit \d+(\.\d)?%|\d+(\.\d)?%$)/.test(text)) {
          seen++;
          expect(fill, text).not.toBe(LIGHT_THEME.danger);
        }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
