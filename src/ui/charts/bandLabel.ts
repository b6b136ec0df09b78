/**
 * Where a trigger band's name goes. Named at its top left, a band near the plot's right edge put
 * its name past the plot, over the right axis' numbers ("Spike" under "2,000" in the Drops chart,
 * try 9): the band is cut to the time shown, and its name is set right-aligned, inside the plot,
 * when there is no room for it on the left.
 */

/** Recharts' inside offset of a label from the band's edge, px. */
const INSET_PX = 5;
/** How much wider than measured a name may print: a share of its width, and px besides. */
const SPARE = 1.25;
const SPARE_PX = 4;

export interface BandPlace {
  /** The band cut to the time the axis shows; null when none of it is shown. */
  x1: number;
  x2: number;
  position: 'insideTopLeft' | 'insideTopRight';
}

/**
 * The band from `from` to `to` (simulated seconds) on an axis showing `domain` over `plotWidthPx`,
 * with a name `labelPx` wide.
 */
export function placeBand(
  from: number,
  to: number,
  domain: readonly [number, number],
  plotWidthPx: number,
  labelPx: number,
): BandPlace | null {
  const [lo, hi] = domain;
  const x1 = Math.max(from, lo);
  const x2 = Math.min(to, hi);
  if (!(hi > lo) || !(x2 >= x1)) return null;
  const pxPerUnit = plotWidthPx / (hi - lo);
  const roomRight = (hi - x1) * pxPerUnit;
  // With room to spare: measured on a canvas, the printed name may be a little wider (its font
  // not yet loaded when measured, say), and a name set from the left by a hair's room ran past the
  // plot over the right axis' numbers now and then (CI, twice in one day).
  const fitsLeftAligned = roomRight >= labelPx * SPARE + INSET_PX + SPARE_PX;
  return { x1, x2, position: fitsLeftAligned ? 'insideTopLeft' : 'insideTopRight' };
}
