import { describe, expect, it } from 'vitest';
import { FIT_MARGIN_PX, fitsFixedFrame, SIZED_FRAME_NAME, stageLimitFor } from './frameFit.ts';

describe('a figure in a frame of fixed height', () => {
  it('fits the frame only when framed by someone other than embed.js', () => {
    expect(fitsFixedFrame(true, '')).toBe(true);
    expect(fitsFixedFrame(true, 'an-authors-name')).toBe(true);
    expect(fitsFixedFrame(true, SIZED_FRAME_NAME)).toBe(false);
    expect(fitsFixedFrame(false, '')).toBe(false);
  });

  it('gives the stage what keeps the control in the frame, and the same again once it has', () => {
    // 700 × 450: the play button's bottom at 468 under a 364 px stage.
    const limit = stageLimitFor(450, 468, 364);
    expect(limit).toBe(364 - (468 - (450 - FIT_MARGIN_PX)));
    // Drawn at that height, everything under the stage moved up with it: the limit holds still.
    expect(stageLimitFor(450, 468 - (364 - limit), limit)).toBe(limit);
    // A tall frame leaves the stage as it is (the limit is above its height).
    expect(stageLimitFor(900, 468, 364)).toBeGreaterThan(364);
  });

  it('sets no limit until there is something to measure', () => {
    expect(stageLimitFor(0, 468, 364)).toBe(Infinity);
    expect(stageLimitFor(450, Number.NaN, 364)).toBe(Infinity);
    expect(stageLimitFor(450, 468, 0)).toBe(Infinity);
  });
});
