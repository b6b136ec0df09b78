/**
 * A chart read back from the SVG Recharts drew: each axis' tick labels with their positions and
 * boxes on the page, and each series' path and stroke. Tests then check what a reader sees, not
 * the data behind it.
 */
import { expect, type Locator } from '@playwright/test';

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface DrawnTick {
  label: string;
  /** The tick's position in the SVG's coordinates: x on the time axis, y on a value axis. */
  at: number;
  box: Box;
}

export interface DrawnSeries {
  /** The path's points, in the SVG's coordinates. */
  points: { x: number; y: number }[];
  dash: string;
  width: number;
}

export interface DrawnChart {
  time: DrawnTick[];
  /** Value axes, left first. */
  values: DrawnTick[][];
  /** The plot's box on the page: no label may reach outside it. */
  plot: Box;
  /** Whether the tick marks and the labels were drawn from the same ticks (see readSettledChart). */
  settled: boolean;
  series: Record<string, DrawnSeries>;
}

/** Reads the chart in `figure`; series are looked up by their class name ("series-offered"). */
export function readChart(figure: Locator, series: readonly string[] = []): Promise<DrawnChart> {
  return figure.evaluate((element, names) => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const svg = element.querySelector('.chart-plot svg');
    if (!svg) throw new Error('the chart has no SVG yet');
    const labelsIn = (group: Element, coordinate: 'x' | 'y') =>
      Array.from(group.querySelectorAll('text')).map((t) => ({
        label: t.textContent?.trim() ?? '',
        at: Number(t.getAttribute(coordinate)),
        box: box(t),
      }));
    const timeGroup = svg.querySelector('.recharts-xAxis-tick-labels');
    const time = timeGroup ? labelsIn(timeGroup, 'x') : [];
    const values = Array.from(svg.querySelectorAll('.recharts-yAxis-tick-labels'))
      .map((g) => labelsIn(g, 'y'))
      .sort((a, b) => (a[0]?.box.left ?? 0) - (b[0]?.box.left ?? 0));
    // Recharts 3 draws tick marks and labels in separate layers that can be a render apart.
    const marks = Array.from(svg.querySelectorAll('.recharts-xAxis-tick-lines line')).map((l) =>
      Number(l.getAttribute('x1')),
    );
    const settled =
      marks.length === time.length && marks.every((x, i) => Math.abs(x - time[i]!.at) < 0.01);
    const drawn: Record<string, DrawnSeries> = {};
    for (const name of names) {
      const path = svg.querySelector(`.${name} path.recharts-curve`);
      if (!path) continue;
      const d = path.getAttribute('d') ?? '';
      const points = [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
      }));
      drawn[name] = {
        points,
        dash: path.getAttribute('stroke-dasharray') ?? '',
        width: Number(path.getAttribute('stroke-width') ?? 1),
      };
    }
    return { time, values, plot: box(svg), settled, series: drawn };
  }, series);
}

/** Reads the chart once its ticks are settled and its time axis reaches `fromSeconds`. */
export async function readSettledChart(
  figure: Locator,
  series: readonly string[] = [],
  fromSeconds = 0,
): Promise<DrawnChart> {
  let chart: DrawnChart | undefined;
  await expect
    .poll(
      async () => {
        chart = await readChart(figure, series);
        const last = chart.time.at(-1);
        return chart.settled && last !== undefined && tickValue(last.label) >= fromSeconds;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return chart as DrawnChart;
}

/** A tick label's number: "1,500" → 1500, "20k" → 20000, "12 s" → 12. */
export function tickValue(label: string): number {
  const m = /^(-?[\d,]*\.?\d+)\s*(k|M)?(?: s)?$/.exec(label);
  if (!m) return Number.NaN;
  const n = Number(m[1]!.replace(/,/g, ''));
  return m[2] === 'k' ? n * 1000 : m[2] === 'M' ? n * 1e6 : n;
}

/** The value a position on an axis stands for, from the first and last ticks. */
export function scaleOf(ticks: readonly DrawnTick[]): (at: number) => number {
  const first = ticks[0];
  const last = ticks.at(-1);
  if (!first || !last || first === last) throw new Error('an axis needs two ticks to be read');
  const a = tickValue(first.label);
  const b = tickValue(last.label);
  return (at) => a + ((at - first.at) / (last.at - first.at)) * (b - a);
}
