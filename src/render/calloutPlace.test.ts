import { describe, expect, it } from 'vitest';
import { boxesTouch, CALLOUT_REACH, placeCallout } from './calloutPlace.ts';
import type { Rect } from './stageLayout.ts';

const STAGE = { width: 360, height: 300 };
const clearOf = (blocked: Rect[]) => (b: Rect) => !blocked.some((o) => boxesTouch(b, o, 2));

describe('placeCallout', () => {
  it('puts the chip just above its point, with a pointer, when that is free', () => {
    const spot = placeCallout(100, 100, 80, 20, STAGE, () => true);
    expect(spot).toEqual({ x: 60, y: 72, pointer: true });
  });

  it('tries below, then beside, before moving away', () => {
    // The point sits on the top edge of a part: above is taken by a word, below by the part.
    const word: Rect = { x: 50, y: 50, w: 100, h: 35 };
    const part: Rect = { x: 40, y: 100, w: 65, h: 60 };
    const spot = placeCallout(100, 100, 80, 20, STAGE, clearOf([word, part]))!;
    expect(spot).not.toBeNull();
    const box = { x: spot.x, y: spot.y, w: 80, h: 20 };
    expect(boxesTouch(box, word, 2) || boxesTouch(box, part, 2)).toBe(false);
    // Beside the point (right of it) was free and nearest.
    expect(spot).toEqual({ x: 108, y: 90, pointer: true });
  });

  it('finds the nearest free place further off, never over what is taken, and stays on the stage', () => {
    // Everything around the point is taken except a strip at the stage's top.
    const taken: Rect[] = [{ x: 0, y: 40, w: 360, h: 260 }];
    const spot = placeCallout(180, 150, 200, 20, STAGE, clearOf(taken))!;
    expect(spot).not.toBeNull();
    expect(spot.pointer).toBe(false);
    expect(spot.y + 20).toBeLessThanOrEqual(38);
    expect(spot.x).toBeGreaterThanOrEqual(2);
    expect(spot.x + 200).toBeLessThanOrEqual(358);
  });

  it('gives up (screen readers only) when nothing within reach is free, or the chip is too wide', () => {
    expect(placeCallout(100, 100, 80, 20, STAGE, () => false)).toBeNull();
    expect(placeCallout(100, 100, 400, 20, STAGE, () => true)).toBeNull();
    const far = placeCallout(10, 10, 40, 20, { width: 1000, height: 1000 }, (b) => b.x > 600);
    expect(far).toBeNull();
    expect(CALLOUT_REACH).toBeLessThan(600);
  });
});
