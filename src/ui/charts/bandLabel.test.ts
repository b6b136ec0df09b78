import { describe, expect, it } from 'vitest';
import { placeBand } from './bandLabel.ts';

describe('a trigger band’s name', () => {
  it('stays inside the plot: right-aligned when the band starts too near the right edge', () => {
    // Try 9: a spike pressed a moment ago, at the right edge of the Drops chart, had its name
    // set from the band's left, past the plot and over the right axis' "2,000".
    const domain: [number, number] = [0, 48];
    const plot = 300; // px, so 6.25 px a second
    const label = 30; // "Spike" at 11 px
    expect(placeBand(46, 48, domain, plot, label)).toEqual({
      x1: 46,
      x2: 48,
      position: 'insideTopRight',
    });
    // With room on its right, it is named from its left, as before.
    expect(placeBand(20, 22, domain, plot, label)?.position).toBe('insideTopLeft');
    // Not with a hair's room: the printed name may be a little wider than measured (a name set
    // from the left with just its measured width to spare ran past the plot on CI).
    const justRoom = 48 - (label + 5 + 1) / 6.25;
    expect(placeBand(justRoom, justRoom + 1, domain, plot, label)?.position).toBe('insideTopRight');
  });

  it('is cut to the time the axis shows, so a right-aligned name is not set past the plot', () => {
    // A spike still under way reaches past the last sample.
    expect(placeBand(46, 60, [0, 48], 300, 30)).toEqual({
      x1: 46,
      x2: 48,
      position: 'insideTopRight',
    });
    // Begun before the window the chart shows: cut at its left.
    expect(placeBand(-5, 3, [0, 48], 300, 30)).toEqual({
      x1: 0,
      x2: 3,
      position: 'insideTopLeft',
    });
    // Wholly outside: not drawn.
    expect(placeBand(50, 52, [0, 48], 300, 30)).toBeNull();
  });
});
