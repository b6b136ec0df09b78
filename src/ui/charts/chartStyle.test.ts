import { describe, expect, it } from 'vitest';
import { caption, LINE, STAGE_LINES } from './chartStyle.ts';

describe('the charts’ captions and lines', () => {
  it('promise a capacity line only when the queue has a limit to draw', () => {
    expect(caption('depth', 1000, false, 50)).toMatch(/capacity as a dashed line/);
    const unlimited = caption('depth', 1000, false, null);
    expect(unlimited).not.toMatch(/dashed line/);
    expect(unlimited).toMatch(/no limit/);
  });

  it('draw no pipeline stage in the capacity line’s dashes, and tell every stage apart', () => {
    for (const line of STAGE_LINES) expect(line.dash).not.toBe(LINE.capacity.dash);
    const looks = STAGE_LINES.map((l) => `${l.dash}/${l.width}`);
    expect(new Set(looks).size).toBe(STAGE_LINES.length);
    expect(caption('depth', 1000, true)).toMatch(/none marks a limit/);
  });
});
