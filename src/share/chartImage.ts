/**
 * A chart as one self-contained SVG document: its title, the plot and its legend on a solid
 * background, ready to be drawn onto a canvas and saved as a PNG. The live page keeps the legend as
 * HTML beside the plot (see SeriesLegend), so a picture of the plot alone would lose what its lines
 * mean; this lays the legend out again, below the plot. Pure string building: the browser side
 * (src/ui/share/chartPng.ts) supplies serialised SVG with its computed colours already inlined.
 */

/** A piece of serialised SVG markup and the size it draws at, in CSS pixels. */
export interface SvgPart {
  markup: string;
  width: number;
  height: number;
}

export interface LegendEntry {
  /** The line sample or marker shape, as on the page. */
  icon: SvgPart;
  label: string;
}

export interface ChartImageInput {
  title: string;
  plot: SvgPart;
  legend: readonly LegendEntry[];
  /** CSS colours of the page behind the chart and of its text, so the picture keeps the theme. */
  background: string;
  foreground: string;
  fontFamily: string;
}

const PAD = 12;
const TITLE_SIZE = 14;
const LABEL_SIZE = 12;
const ROW = 18;
const ICON_GAP = 5;
const ENTRY_GAP = 16;
/**
 * A label's width is estimated, not measured: this runs without a DOM. The average glyph of a
 * system sans-serif is about 0.55 em wide; 0.6 leaves room, so labels never overlap.
 */
const GLYPH_EM = 0.6;

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

export interface PlacedEntry {
  entry: LegendEntry;
  x: number;
  /** Top of the entry's row. */
  y: number;
}

/** Legend entries flowed left to right into rows no wider than `width`, centred like the page's. */
export function layoutLegend(
  legend: readonly LegendEntry[],
  width: number,
): { placed: PlacedEntry[]; height: number } {
  const rows: { entry: LegendEntry; w: number }[][] = [];
  let row: { entry: LegendEntry; w: number }[] = [];
  let used = 0;
  for (const entry of legend) {
    const w = entry.icon.width + ICON_GAP + entry.label.length * LABEL_SIZE * GLYPH_EM;
    const needed = row.length === 0 ? w : used + ENTRY_GAP + w;
    if (row.length > 0 && needed > width) {
      rows.push(row);
      row = [];
      used = w;
    } else used = needed;
    row.push({ entry, w });
  }
  if (row.length > 0) rows.push(row);

  const placed: PlacedEntry[] = [];
  rows.forEach((r, i) => {
    const total = r.reduce((sum, e) => sum + e.w, 0) + ENTRY_GAP * (r.length - 1);
    let x = Math.max(0, (width - total) / 2);
    for (const { entry, w } of r) {
      placed.push({ entry, x, y: i * ROW });
      x += w + ENTRY_GAP;
    }
  });
  return { placed, height: rows.length * ROW };
}

/** The whole picture as an SVG document, with its size. */
export function composeChartSvg(input: ChartImageInput): SvgPart {
  const { plot } = input;
  const width = Math.ceil(plot.width + 2 * PAD);
  const plotTop = PAD + TITLE_SIZE + 8;
  const legendTop = plotTop + plot.height + 8;
  const legend = layoutLegend(input.legend, plot.width);
  const height = Math.ceil(legendTop + legend.height + PAD);
  const font = escapeXml(input.fontFamily);
  const fg = escapeXml(input.foreground);

  const entries = legend.placed.map(({ entry, x, y }) => {
    const iconY = y + (ROW - entry.icon.height) / 2;
    const textX = x + entry.icon.width + ICON_GAP;
    return (
      `<g transform="translate(${PAD + x} ${legendTop + iconY})">${entry.icon.markup}</g>` +
      `<text x="${PAD + textX}" y="${legendTop + y + ROW / 2}" dominant-baseline="central"` +
      ` font-size="${LABEL_SIZE}">${escapeXml(entry.label)}</text>`
    );
  });

  const markup = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`,
    ` viewBox="0 0 ${width} ${height}" font-family="${font}" fill="${fg}">`,
    `<rect width="100%" height="100%" fill="${escapeXml(input.background)}"/>`,
    `<text x="${PAD}" y="${PAD + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="700">`,
    `${escapeXml(input.title)}</text>`,
    `<g transform="translate(${PAD} ${plotTop})">${plot.markup}</g>`,
    ...entries,
    '</svg>',
  ].join('');
  return { markup, width, height };
}
