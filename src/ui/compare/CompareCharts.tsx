/**
 * The overlaid charts, in their own lazily loaded chunk (Recharts is the heaviest dependency): one
 * line per column, in the column's colour and dash, on the same time axis. Like the playground's
 * charts they redraw at most twice a second, one after another, never animate, skip redraws while
 * scrolled out of view, share one hover position, and keep their legends in plain HTML. Their
 * rates and latencies are averaged over the last second and their ticks are round and never
 * collide, by the same rules (src/ui/charts/axes.tsx).
 */
import { memo, startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Line, Tooltip } from 'recharts';
import { useShallow } from 'zustand/react/shallow';
import { columnStyle } from '../../compare/columnStyles.ts';
import { columnLetter } from '../../compare/comparison.ts';
import { columnTitles } from '../../compare/settingsThatDiffer.ts';
import {
  buildCompareChartData,
  COMPARE_CHART_IDS,
  type CompareChartData,
  type CompareChartId,
  type CompareRow,
} from '../../compare/compareChartData.ts';
import { formatMs, formatNumber } from '../../domain/format.ts';
import type { Ticks } from '../../domain/ticks.ts';
import { layoutFrame, scaled, timeAxis, valueAxis, valueTicks } from '../charts/axes.tsx';
import { axisFontOf, DEFAULT_AXIS_FONT, type AxisFont } from '../charts/measureLabel.ts';
import { SeriesLegend, type LegendItem } from '../charts/SeriesLegend.tsx';
import { useElementWidth } from '../charts/useElementWidth.ts';
import { useInView } from '../charts/useInView.ts';
import { compareStore, useCompare } from './compareInstance.ts';
import '../charts/charts.css';

/** Charts redraw at most this often: SVG work is the costliest part of a refresh. */
const CHART_INTERVAL_MS = 500;
/** Each chart redraws this long after the previous one, so no single task draws all four. */
const STAGGER_MS = CHART_INTERVAL_MS / 5;
const HEIGHT = 200;
const SYNC_ID = 'compare';

interface ChartText {
  title: string;
  caption: string;
  axis: string;
  /** A value with its unit, for tooltips. */
  format(value: number): string;
  step: boolean;
  /** Counts of things: whole-number ticks. */
  integer: boolean;
}

const CHARTS: Record<CompareChartId, ChartText> = {
  depth: {
    title: 'Queue depth',
    caption: 'Messages waiting in each column.',
    axis: 'messages',
    format: (v) => `${formatNumber(v)} messages`,
    step: true,
    integer: true,
  },
  lost: {
    title: 'Messages lost',
    caption: 'Drops so far, for any reason.',
    axis: 'messages',
    format: (v) => `${formatNumber(v, 6)} lost`,
    step: true,
    integer: true,
  },
  throughput: {
    title: 'Throughput',
    caption: 'Messages delivered per second, averaged over the last second.',
    axis: 'messages/s',
    format: (v) => `${formatNumber(v)}/s`,
    step: false,
    integer: false,
  },
  latency: {
    title: 'Latency p99',
    caption:
      'How long the slowest 1% of deliveries took, averaged over the last second. Gaps mean nothing was delivered.',
    axis: 'ms',
    format: formatMs,
    step: false,
    integer: false,
  },
};

const seconds = (t: number) => `${formatNumber(t, 3)} s`;
/** Latencies past two seconds read better in seconds than in thousands of ms. */
const SECONDS_FROM_MS = 2000;

/** The value axis' ticks for a chart: from 0 to past its largest value, in a readable unit. */
function valueAxisFor(id: CompareChartId, rows: readonly CompareRow[], font: AxisFont) {
  let max = 0;
  for (const row of rows) for (const v of row.values) if (v !== null && v > max) max = v;
  const text = CHARTS[id];
  if (id === 'latency' && max >= SECONDS_FROM_MS) {
    return {
      title: 'seconds',
      ticks: (h: number): Ticks => scaled(valueTicks(max / 1000, h, font), 1000),
    };
  }
  return { title: text.axis, ticks: (h: number) => valueTicks(max, h, font, text.integer) };
}

/** Reads the series again at most every CHART_INTERVAL_MS, with a trailing read after a pause. */
function useChartData(): CompareChartData {
  const read = () =>
    buildCompareChartData(compareStore.getState().clock.engines.map((e) => e.series));
  const [data, setData] = useState(read);
  useEffect(() => {
    let last = 0;
    let timer: number | undefined;
    const flush = () => {
      timer = undefined;
      last = performance.now();
      // A transition: React renders the charts in slices and yields to frames and input in between.
      startTransition(() => setData(read()));
    };
    const unsubscribe = compareStore.subscribe((state, previous) => {
      if (state.live === previous.live) return;
      const wait = CHART_INTERVAL_MS - (performance.now() - last);
      if (wait <= 0) flush();
      else timer ??= window.setTimeout(flush, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, []);
  return data;
}

interface BodyProps {
  id: CompareChartId;
  rows: CompareRow[];
  startT: number;
  names: readonly string[];
  width: number;
  font: AxisFont;
}

/** Re-renders only when its props change, so a frozen off-screen chart costs nothing. */
const ChartBody = memo(function ChartBody({ id, rows, startT, names, width, font }: BodyProps) {
  const text = CHARTS[id];
  const value = valueAxisFor(id, rows, font);
  const end = rows[rows.length - 1]?.t ?? startT;
  const { margin, time, leftTicks, leftWidth } = layoutFrame(
    { width, height: HEIGHT, font, start: startT, end },
    value.ticks,
  );
  return (
    <ComposedChart data={rows} width={width} height={HEIGHT} syncId={SYNC_ID} margin={margin}>
      <CartesianGrid strokeDasharray="3 3" />
      {timeAxis(time)}
      {valueAxis({ ticks: leftTicks, width: leftWidth, title: value.title })}
      <Tooltip
        labelFormatter={(t: unknown) => `t = ${seconds(Number(t))}`}
        formatter={(v: unknown): ReactNode => (typeof v === 'number' ? text.format(v) : 'none')}
      />
      {names.map((name, i) => (
        <Line
          key={i}
          className={`series-column-${i}`}
          type={text.step ? 'stepAfter' : 'linear'}
          dataKey={(row: CompareRow) => row.values[i] ?? null}
          name={name}
          stroke={columnStyle(i).color}
          {...(columnStyle(i).dash ? { strokeDasharray: columnStyle(i).dash } : {})}
          strokeWidth={2}
          connectNulls={false}
          isAnimationActive={false}
          dot={false}
        />
      ))}
    </ComposedChart>
  );
});

interface FigureProps {
  id: CompareChartId;
  rows: CompareRow[];
  startT: number;
  names: readonly string[];
  legend: readonly LegendItem[];
  index: number;
}

/** A chart with its caption and legend. Off screen it keeps what it last drew. */
function ChartFigure({ id, rows, startT, names, legend, index }: FigureProps) {
  const [viewRef, inView] = useInView<HTMLElement>();
  const [sizeRef, width] = useElementWidth<HTMLDivElement>();
  const [drawn, setDrawn] = useState({ rows, startT });
  const [font, setFont] = useState<AxisFont>(DEFAULT_AXIS_FONT);
  useEffect(() => {
    if (!inView || drawn.rows === rows) return;
    const timer = window.setTimeout(
      () => startTransition(() => setDrawn({ rows, startT })),
      index * STAGGER_MS,
    );
    return () => window.clearTimeout(timer);
  }, [inView, drawn, rows, startT, index]);
  // Read once the plot is in the page, to measure tick labels in the font they print in.
  useEffect(() => {
    const element = sizeRef.current;
    if (!element || width === 0) return;
    const next = axisFontOf(element);
    setFont((f) => (f.px === next.px && f.family === next.family ? f : next));
  }, [sizeRef, width]);
  const text = CHARTS[id];
  return (
    <figure ref={viewRef} className="chart" data-testid={`compare-chart-${id}`}>
      <figcaption>
        <strong>{text.title}</strong> <span className="muted">{text.caption}</span>
      </figcaption>
      <div ref={sizeRef} className="chart-plot" style={{ height: HEIGHT }}>
        {width > 0 && (
          <ChartBody
            id={id}
            rows={drawn.rows}
            startT={drawn.startT}
            names={names}
            width={width}
            font={font}
          />
        )}
      </div>
      <SeriesLegend items={legend} />
    </figure>
  );
}

export default function CompareCharts() {
  const data = useChartData();
  // The columns' titles (attendees' names when their answers share a strategy), as their headings.
  const labels = useCompare(useShallow((s) => columnTitles(s.comparison.columns)));
  const names = useMemo(() => labels.map((label, i) => `${columnLetter(i)}: ${label}`), [labels]);
  const legend = useMemo(
    () =>
      names.map((name, i) => ({
        label: `${name} (${columnStyle(i).dashName})`,
        color: columnStyle(i).color,
        dash: columnStyle(i).dash,
      })),
    [names],
  );
  // The data is read per refresh; a change of columns between reads is caught up on the next one.
  const count = Math.min(names.length, data.rows.depth[0]?.values.length ?? names.length);
  const drawnNames = useMemo(() => names.slice(0, count), [names, count]);
  return (
    <div className="chart-grid">
      {COMPARE_CHART_IDS.map((id, index) => (
        <ChartFigure
          key={id}
          id={id}
          index={index}
          rows={data.rows[id]}
          startT={data.startT}
          names={drawnNames}
          legend={legend}
        />
      ))}
    </div>
  );
}
