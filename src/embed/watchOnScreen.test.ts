import { describe, expect, it } from 'vitest';
import { countsAsOnScreen, VISIBLE_PX } from './watchOnScreen.ts';

describe('countsAsOnScreen', () => {
  it('needs VISIBLE_PX of a figure in view, not a sliver at the window’s edge', () => {
    expect(countsAsOnScreen(0, 600)).toBe(false);
    expect(countsAsOnScreen(VISIBLE_PX - 1, 600)).toBe(false);
    expect(countsAsOnScreen(VISIBLE_PX, 600)).toBe(true);
  });

  it('settles for half of a figure shorter than twice that', () => {
    expect(countsAsOnScreen(90, 180)).toBe(true);
    expect(countsAsOnScreen(89, 180)).toBe(false);
  });
});
