/**
 * The five charts, in their own lazily loaded chunk (Recharts is the heaviest dependency). They read
 * the engine's series at most twice a second, never animate, skip redraws while scrolled out of
 * view, and share one hover position. Legends are plain HTML beside the SVG (see SeriesLegend).
 */
import { memo, startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_IDS, playgroundStore, usePlayground, type ChartId } from '../../store/index.ts';
import { formatMs, formatNumber } from '../../domain/format.ts';
import { DROP_REASON_STYLE } from '../../render/palette.ts';
import { buildChartData, type ChartData, type ChartRow } from '../../domain/chartData.ts';
import { ChartPngButton } from '../share/ChartPngButton.tsx';
import { SeriesLegend, type LegendItem } from './SeriesLegend.tsx';
import { useElementWidth } from './useElementWidth.ts';
import { useInView } from './useInView.ts';
import { useThrottledTick } from './useThrottledTick.ts';

/** Charts redraw at most this often: SVG work is the costliest part of a refresh. */
const CHART_INTERVAL_MS = 500;
/**
 * Each chart redraws this long after the previous one: Recharts updates its internal store
 * synchronously, so five charts redrawn together make one long task that drops frames, while one
 * at a time stays short.
 */
const STAGGER_MS = CHART_INTERVAL_MS / 6;
const HEIGHT = 180;
const SYNC_ID = 'playground';

const TITLES: Record<ChartId, string> = {
  depth: 'Queue depth',
  drops: 'Drops',
  throughput: 'Throughput in and out',
  latency: 'Latency',
  producer: 'Producer rate and workers',
};

const CAPTIONS: Record<ChartId, string> = {
  depth: 'Messages waiting, with the queue’s capacity as a dashed line.',
  drops: 'Drops per second, stacked by reason, and all drops so far (right axis).',
  throughput: 'Messages offered (retries included), accepted and delivered per second.',
  latency:
    'Time from creation to delivery: median, 95th and 99th percentile. Gaps mean nothing was delivered.',
  producer: 'What the producer makes per second, and how many workers there are (right axis).',
};

/** Colours and dashes of the lines that are not drop reasons (those use DROP_REASON_STYLE). */
const LINE = {
  depth: { color: '#0072B2', dash: '' },
  capacity: { color: 'currentColor', dash: '6 3' },
  offered: { color: '#E69F00', dash: '6 3' },
  accepted: { color: '#56B4E9', dash: '2 3' },
  delivered: { color: '#009E73', dash: '' },
  p50: { color: '#56B4E9', dash: '2 3' },
  p95: { color: '#E69F00', dash: '6 3' },
  p99: { color: '#D55E00', dash: '' },
  producer: { color: '#CC79A7', dash: '' },
  workers: { color: '#009E73', dash: '6 3' },
  total: { color: 'currentColor', dash: '' },
};

const TOTAL = 'Total dropped';
const WORKERS = 'Workers';
const seconds = (t: number) => `${formatNumber(t, 3)} s`;
const perSecond = (v: number) => `${formatNumber(v)}/s`;
const messages = (v: number) => `${formatNumber(v)} messages`;

/** A Recharts tooltip formatter: numbers with their unit, a gap as "none". */
function tooltipValue(unit: (v: number, name: unknown) => string) {
  return (value: unknown, name: unknown): ReactNode =>
    typeof value === 'number' ? unit(value, name) : 'none';
}
const tooltipLabel = (t: unknown) => `t = ${seconds(Number(t))}`;

// Every axis has interval={0}: otherwise Recharts measures each tick label in the DOM on every
// redraw to avoid collisions, and five nice ticks never collide at these sizes.
function timeAxis() {
  return (
    <XAxis
      dataKey="t"
      type="number"
      domain={['dataMin', 'dataMax']}
      tickFormatter={seconds}
      tickCount={5}
      interval={0}
      label={{ value: 'simulated time (s)', position: 'insideBottom', offset: 0 }}
      height={42}
    />
  );
}

function leftAxis(label: string, id?: string) {
  return (
    <YAxis
      {...(id ? { yAxisId: id } : {})}
      interval={0}
      width={56}
      label={{ value: label, angle: -90, position: 'insideLeft' }}
    />
  );
}

interface ChartProps {
  data: ChartData;
  width: number;
  height: number;
  capacity: number | null;
}

const frame = (width: number, height: number, rows: ChartRow[], right = 20) => ({
  data: rows,
  width,
  height,
  syncId: SYNC_ID,
  margin: { left: 4, right, top: 8, bottom: 0 },
});

const common = { isAnimationActive: false, dot: false } as const;

function DepthChart({ data, width, height, capacity }: ChartProps) {
  return (
    <ComposedChart {...frame(width, height, data.rows)}>
      <CartesianGrid strokeDasharray="3 3" />
      {timeAxis()}
      {leftAxis('messages')}
      <Tooltip labelFormatter={tooltipLabel} formatter={tooltipValue(messages)} />
      <Area
        type="stepAfter"
        dataKey="depth"
        name="Waiting"
        stroke={LINE.depth.color}
        fill={LINE.depth.color}
        fillOpacity={0.25}
        isAnimationActive={false}
      />
      {capacity !== null && (
        <ReferenceLine
          y={capacity}
          stroke={LINE.capacity.color}
          strokeDasharray={LINE.capacity.dash}
          ifOverflow="extendDomain"
        />
      )}
    </ComposedChart>
  );
}

function DropsChart({ data, width, height }: ChartProps) {
  return (
    <ComposedChart {...frame(width, height, data.rows, 8)}>
      <CartesianGrid strokeDasharray="3 3" />
      {timeAxis()}
      {leftAxis('drops/s', 'rate')}
      <YAxis
        yAxisId="total"
        orientation="right"
        interval={0}
        allowDecimals={false}
        width={64}
        label={{ value: 'all drops', angle: 90, position: 'insideRight', dx: -6 }}
      />
      <Tooltip
        labelFormatter={tooltipLabel}
        formatter={tooltipValue((v, name) => (name === TOTAL ? messages(v) : perSecond(v)))}
      />
      {data.reasons.map((r) => (
        <Area
          key={r}
          yAxisId="rate"
          type="stepAfter"
          dataKey={(row: ChartRow) => row.drops[`drop:${r}`] ?? 0}
          name={DROP_REASON_STYLE[r].label}
          stackId="drops"
          stroke={DROP_REASON_STYLE[r].color}
          strokeDasharray={DROP_REASON_STYLE[r].dash.join(' ')}
          fill={DROP_REASON_STYLE[r].color}
          fillOpacity={0.45}
          isAnimationActive={false}
        />
      ))}
      <Line
        yAxisId="total"
        dataKey="droppedTotal"
        name={TOTAL}
        stroke={LINE.total.color}
        {...common}
      />
    </ComposedChart>
  );
}

function ThroughputChart({ data, width, height }: ChartProps) {
  return (
    <ComposedChart {...frame(width, height, data.rows)}>
      <CartesianGrid strokeDasharray="3 3" />
      {timeAxis()}
      {leftAxis('messages/s')}
      <Tooltip labelFormatter={tooltipLabel} formatter={tooltipValue(perSecond)} />
      <Line
        dataKey="offeredRate"
        name="In: offered"
        stroke={LINE.offered.color}
        strokeDasharray={LINE.offered.dash}
        {...common}
      />
      <Line
        dataKey="acceptedRate"
        name="Accepted"
        stroke={LINE.accepted.color}
        strokeDasharray={LINE.accepted.dash}
        {...common}
      />
      <Line
        dataKey="deliveredRate"
        name="Out: delivered"
        stroke={LINE.delivered.color}
        strokeWidth={2}
        {...common}
      />
    </ComposedChart>
  );
}

function LatencyChart({ data, width, height }: ChartProps) {
  return (
    <ComposedChart {...frame(width, height, data.rows)}>
      <CartesianGrid strokeDasharray="3 3" />
      {timeAxis()}
      {leftAxis('ms')}
      <Tooltip labelFormatter={tooltipLabel} formatter={tooltipValue(formatMs)} />
      <Line
        dataKey="latencyP50"
        name="p50"
        stroke={LINE.p50.color}
        strokeDasharray={LINE.p50.dash}
        connectNulls={false}
        {...common}
      />
      <Line
        dataKey="latencyP95"
        name="p95"
        stroke={LINE.p95.color}
        strokeDasharray={LINE.p95.dash}
        connectNulls={false}
        {...common}
      />
      <Line
        dataKey="latencyP99"
        name="p99"
        stroke={LINE.p99.color}
        strokeWidth={2}
        connectNulls={false}
        {...common}
      />
    </ComposedChart>
  );
}

function ProducerChart({ data, width, height }: ChartProps) {
  return (
    <ComposedChart {...frame(width, height, data.rows, 8)}>
      <CartesianGrid strokeDasharray="3 3" />
      {timeAxis()}
      {leftAxis('messages/s', 'rate')}
      <YAxis
        yAxisId="workers"
        orientation="right"
        interval={0}
        allowDecimals={false}
        domain={[0, 'dataMax + 1']}
        width={52}
        label={{ value: 'workers', angle: 90, position: 'insideRight', dx: -6 }}
      />
      <Tooltip
        labelFormatter={tooltipLabel}
        formatter={tooltipValue((v, name) => (name === WORKERS ? formatNumber(v) : perSecond(v)))}
      />
      <Line
        yAxisId="rate"
        dataKey="producerRate"
        name="Producer rate"
        stroke={LINE.producer.color}
        {...common}
      />
      <Line
        yAxisId="workers"
        type="stepAfter"
        dataKey="workers"
        name={WORKERS}
        stroke={LINE.workers.color}
        strokeDasharray={LINE.workers.dash}
        strokeWidth={2}
        {...common}
      />
    </ComposedChart>
  );
}

const CHARTS: Record<ChartId, (props: ChartProps) => ReactNode> = {
  depth: DepthChart,
  drops: DropsChart,
  throughput: ThroughputChart,
  latency: LatencyChart,
  producer: ProducerChart,
};

function legendFor(id: ChartId, data: ChartData, capacity: number | null): LegendItem[] {
  switch (id) {
    case 'depth':
      return [
        { label: 'Waiting', ...LINE.depth },
        ...(capacity === null
          ? []
          : [{ label: `Capacity (${formatNumber(capacity)})`, ...LINE.capacity }]),
      ];
    case 'drops':
      return [
        ...data.reasons.map((r) => ({
          label: DROP_REASON_STYLE[r].label,
          color: DROP_REASON_STYLE[r].color,
          shape: DROP_REASON_STYLE[r].shape,
        })),
        { label: TOTAL, ...LINE.total },
      ];
    case 'throughput':
      return [
        { label: 'In: offered', ...LINE.offered },
        { label: 'Accepted', ...LINE.accepted },
        { label: 'Out: delivered', ...LINE.delivered },
      ];
    case 'latency':
      return [
        { label: 'p50', ...LINE.p50 },
        { label: 'p95', ...LINE.p95 },
        { label: 'p99', ...LINE.p99 },
      ];
    case 'producer':
      return [
        { label: 'Producer rate', ...LINE.producer },
        { label: WORKERS, ...LINE.workers },
      ];
  }
}

interface FigureProps {
  id: ChartId;
  data: ChartData;
  height: number;
  capacity: number | null;
  focused: boolean;
  /** Position among the charts shown, for staggering the redraws. */
  index: number;
}

/** Re-renders only when its props change, so a frozen off-screen chart costs nothing. */
const ChartBody = memo(function ChartBody({ id, ...props }: ChartProps & { id: ChartId }) {
  const Chart = CHARTS[id];
  return <Chart {...props} />;
});

/** A chart with its caption and legend. Off screen it keeps the data it last drew. */
function ChartFigure({
  id,
  data,
  height,
  capacity,
  focused,
  index,
  imageButton,
}: FigureProps & { imageButton: boolean }) {
  const [viewRef, inView] = useInView<HTMLElement>();
  const [sizeRef, width] = useElementWidth<HTMLDivElement>();
  const [drawn, setDrawn] = useState(data);
  useEffect(() => {
    if (!inView || drawn === data) return;
    const timer = window.setTimeout(
      () => startTransition(() => setDrawn(data)),
      index * STAGGER_MS,
    );
    return () => window.clearTimeout(timer);
  }, [inView, drawn, data, index]);
  return (
    <figure
      ref={viewRef}
      className={focused ? 'chart chart-focused' : 'chart'}
      data-testid={`chart-${id}`}
    >
      <figcaption>
        <strong>{TITLES[id]}</strong> <span className="muted">{CAPTIONS[id]}</span>
      </figcaption>
      <div ref={sizeRef} className="chart-plot" style={{ height }}>
        {width > 0 && (
          <ChartBody id={id} data={drawn} width={width} height={height} capacity={capacity} />
        )}
      </div>
      <SeriesLegend items={legendFor(id, drawn, capacity)} />
      {imageButton && <ChartPngButton chartId={id} title={TITLES[id]} />}
    </figure>
  );
}

interface ChartsProps {
  /** Just these charts, in this order, without the chooser and image buttons (an embedded figure). */
  only?: readonly ChartId[];
  /** Charts the page shows elsewhere (the playground's depth chart beside the stage): left out here. */
  omit?: readonly ChartId[];
  /** The plot's height in CSS px, when not the usual. */
  height?: number;
}

export default function Charts({ only, omit, height: plotHeight }: ChartsProps = {}) {
  const tick = useThrottledTick(CHART_INTERVAL_MS);
  const engine = usePlayground((s) => s.engine);
  const capacity = usePlayground((s) => s.scenario.queue.capacity);
  const focus = usePlayground((s) => s.chartFocus);
  // `tick` says the series has new points; the engine object itself stays the same.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const data = useMemo(() => buildChartData(engine.series), [engine, tick]);
  const fixed = only !== undefined;
  const ids = omit ? CHART_IDS.filter((id) => !omit.includes(id)) : CHART_IDS;
  const focused = focus !== null && ids.includes(focus) ? focus : null;
  const shown = fixed ? only : focused === null ? ids : [focused];
  const height = plotHeight ?? (!fixed && focused !== null ? HEIGHT * 2 : HEIGHT);

  return (
    <>
      {!fixed && (
        <div className="chart-focus" role="group" aria-label="Charts to show">
          {[null, ...ids].map((id) => (
            <button
              key={id ?? 'all'}
              type="button"
              className="chip"
              aria-pressed={focused === id}
              onClick={() => playgroundStore.getState().setChartFocus(id)}
            >
              {id === null ? 'All charts' : TITLES[id]}
            </button>
          ))}
        </div>
      )}
      <div className="chart-grid">
        {shown.map((id, index) => (
          <ChartFigure
            key={id}
            id={id}
            index={index}
            data={data}
            height={height}
            capacity={capacity}
            focused={!fixed && focused !== null}
            imageButton={!fixed}
          />
        ))}
      </div>
    </>
  );
}
