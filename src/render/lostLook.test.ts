/**
 * A lost block never looks like a newcomer: in Drop the oldest, the blocks pushed out of the
 * full well left from over the rim and crossed above the well to the left wall, a steady line of blue
 * blocks (the first key's blue is also the reason's) where new messages come in, and a reader took
 * them for arrivals. A lost block on its way out is outlined in the Lost box's red, and one lost from
 * the well leaves beside its left wall at its row, never over the well.
 */
import { describe, expect, it } from 'vitest';
import { DROP_REASONS } from '../sim/types.ts';
import { LOST_OUTLINE_PX } from './draw/blocks.ts';
import { drawStage } from './drawStage.ts';
import { LabelLog } from './labels.ts';
import type { FlightView, StageScene } from './scene.ts';
import { createFakeContext, type Call } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { DARK_THEME, LIGHT_THEME, type StageTheme } from './theme.ts';

const FRAME = 1000 / 60;
/** An alpha no other drawing uses, to find the test's block among the calls. */
const MARK_ALPHA = 0.8125;

function sceneWithLosses(): StageScene {
  const h = harness('drop-oldest', 900, 420);
  let s = h.step(FRAME);
  for (let i = 0; i < 600 && s.numbers.dropped.total === 0; i++) s = h.step(FRAME);
  expect(s.numbers.dropped.total).toBeGreaterThan(0);
  return s;
}

function flightAt(s: StageScene, reason: number): FlightView {
  return {
    id: 999_999,
    x: s.layout.bin.x - 30,
    y: 40,
    size: 16,
    style: 0,
    reason,
    alpha: MARK_ALPHA,
  };
}

/** The strokes drawn for the block marked with MARK_ALPHA: their colour and width. */
function strokesOfMarked(calls: Call[]): { colour: string; width: number }[] {
  const from = calls.findIndex((c) => c.name === 'set:globalAlpha' && c.args[0] === MARK_ALPHA);
  expect(from).toBeGreaterThanOrEqual(0);
  const to = calls.findIndex((c, i) => i > from && c.name === 'set:globalAlpha');
  let colour = '';
  let width = 1;
  const out: { colour: string; width: number }[] = [];
  for (const c of calls.slice(from, to)) {
    if (c.name === 'set:strokeStyle') colour = String(c.args[0]);
    if (c.name === 'set:lineWidth') width = Number(c.args[0]);
    if (c.name === 'strokeRect') out.push({ colour, width });
  }
  return out;
}

function drawn(s: StageScene, theme: StageTheme): Call[] {
  const ctx = createFakeContext();
  drawStage(ctx, s, theme, TEST_PALETTE, new LabelLog());
  return ctx.calls;
}

describe('a lost block on its way out', () => {
  it.each([
    ['light', LIGHT_THEME],
    ['dark', DARK_THEME],
  ] as const)('is outlined in the Lost box’s red (%s page); a delivered one is not', (_, theme) => {
    const s = sceneWithLosses();
    s.flights.length = 0;
    s.flights.push(flightAt(s, DROP_REASONS.indexOf('evicted-oldest')));
    expect(strokesOfMarked(drawn(s, theme))).toContainEqual({
      colour: theme.danger,
      width: LOST_OUTLINE_PX,
    });
    s.flights.length = 0;
    s.flights.push(flightAt(s, -1));
    expect(strokesOfMarked(drawn(s, theme)).map((k) => k.colour)).not.toContain(theme.danger);
  });

  it.each([
    [1, 900, 420],
    [4, 900, 420],
    [1, 360, 520],
  ] as const)(
    'in Drop the oldest at %d× (%d px) leaves beside the well, never over it',
    (speed, width, height) => {
      const h = harness('drop-oldest', width, height);
      const evicted = DROP_REASONS.indexOf('evicted-oldest');
      let seen = 0;
      const over: string[] = [];
      for (let i = 0; i < 8 * 60; i++) {
        const s = h.step(FRAME, speed);
        const w = s.layout.well;
        for (const f of s.flights) {
          if (f.reason !== evicted || f.alpha <= 0) continue;
          seen++;
          // Over the well: between its walls, above its cells.
          if (f.x + f.size / 2 > w.x && f.x - f.size / 2 < w.x + w.w && f.y < w.y)
            over.push(`frame ${i}: ${f.x.toFixed(0)},${f.y.toFixed(0)}`);
        }
      }
      expect(seen).toBeGreaterThan(30);
      expect(over.slice(0, 5)).toEqual([]);
    },
  );
});
