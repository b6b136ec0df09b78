/**
 * The five charts' SVG, drawn with Recharts. Each lays out its own frame first (the value axes as
 * wide as their labels, the plot what is left) so its ticks can be chosen for the room they have.
 */
import type { ReactNode } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
} from 'recharts';
import type { ChartData, ChartRow, StageLines } from '../../domain/chartData.ts';
import type { ChartId } from '../../domain/charts.ts';
import { formatMs, formatNumber } from '../../domain/format.ts';
import { DROP_REASON_STYLE } from '../../render/palette.ts';
import type { Ticks } from '../../domain/ticks.ts';
import { layoutFrame, scaled, timeAxis, valueAxis, valueTicks } from './axes.tsx';
import { LATENCY_BAND, LINE, NAMES, stageLine, type LineStyle } from './chartStyle.ts';
import { labelWidth, type AxisFont } from './measureLabel.ts';
import { placeBand } from './bandLabel.ts';

export interface ChartProps {
  data: ChartData;
  width: number;
  height: number;
  capacity: number | null;
  font: AxisFont;
}

const SYNC_ID = 'playground';
const seconds = (t: number) => `${formatNumber(t, 3)} s`;
const perSecond = (v: number) => `${formatNumber(v)}/s`;
const messages = (v: number) => `${formatNumber(v)} messages`;

/** A Recharts tooltip formatter: numbers with their unit, a gap as "none". */
function tooltipValue(unit: (v: number, name: unknown) => string) {
  return (value: unknown, name: unknown): ReactNode =>
    typeof value === 'number' ? unit(value, name) : 'none';
}
const tooltipLabel = (t: unknown) => `t = ${seconds(Number(t))}`;

function largest(rows: readonly ChartRow[], read: (row: ChartRow) => number | null): number {
  let max = 0;
  for (const row of rows) {
    const v = read(row);
    if (v !== null && v > max) max = v;
  }
  return max;
}

/** The chart's frame and axes for this data (see layoutFrame). */
function layout(
  { data, width, height, font }: ChartProps,
  left: (plotHeight: number) => Ticks,
  right?: (plotHeight: number) => Ticks,
) {
  const last = data.rows[data.rows.length - 1]?.t ?? data.startT;
  const { margin, ...axes } = layoutFrame(
    { width, height, font, start: data.startT, end: last },
    left,
    right,
  );
  const plotWidth = Math.max(
    20,
    width - margin.left - margin.right - axes.leftWidth - (axes.rightWidth ?? 0),
  );
  return {
    frame: { data: data.rows, width, height, syncId: SYNC_ID, margin },
    ...axes,
    room: { domain: axes.time.domain, plotWidth, font },
  };
}

/** What a band's name needs to know to stay inside the plot (placeBand). */
interface BandRoom {
  domain: [number, number];
  plotWidth: number;
  font: AxisFont;
}

/** The bands' names are 11 px (below), measured in the axis font's family. */
const BAND_LABEL_PX = 11;

const common = { isAnimationActive: false, dot: false } as const;

const BAND_WORDS = { spike: 'Spike', slowdown: 'Slow consumers', outage: 'Outage' } as const;

/**
 * The triggers as shaded bands behind the lines, each named at its top, and the open exercise's
 * goals over a stretch of time. Drawn with the grid, before the series, so the data stays on top;
 * `yAxisId` for charts whose axes have ids.
 */
function triggerBands(data: ChartData, room: BandRoom, yAxisId?: string): ReactNode {
  const axis = yAxisId === undefined ? {} : { yAxisId };
  // The exercise's goals that hold over a stretch of time: outlined, named at the top right, so
  // they read apart from the triggers' plain shading.
  const goals = (data.goals ?? []).map((g, i) => (
    <ReferenceArea
      key={`goal-${i}`}
      className="goal-band"
      x1={g.from}
      x2={g.to}
      {...axis}
      fill="var(--accent)"
      fillOpacity={0.1}
      stroke="var(--accent)"
      strokeDasharray="4 3"
      ifOverflow="hidden"
      label={{ value: g.label, position: 'insideTopRight', fontSize: 11, fill: 'currentColor' }}
    />
  ));
  return [...goals, ...triggers(data, room, axis)];
}

function triggers(data: ChartData, room: BandRoom, axis: { yAxisId?: string }): ReactNode[] {
  const font = { ...room.font, px: BAND_LABEL_PX };
  return (data.bands ?? []).map((b, i) => {
    const name = BAND_WORDS[b.kind];
    const place = placeBand(b.from, b.to, room.domain, room.plotWidth, labelWidth(name, font));
    if (place === null) return null;
    return (
      <ReferenceArea
        key={`band-${i}`}
        className={`trigger-band trigger-band-${b.kind}`}
        x1={place.x1}
        x2={place.x2}
        {...axis}
        fill="currentColor"
        fillOpacity={0.16}
        stroke="none"
        ifOverflow="hidden"
        label={{ value: name, position: place.position, fontSize: BAND_LABEL_PX }}
      />
    );
  });
}
const stroke = (style: LineStyle) => ({
  stroke: style.color,
  strokeWidth: style.width,
  ...(style.dash ? { strokeDasharray: style.dash } : {}),
});

/** A pipeline's depth: one line per stage, each stage's own capacity left to the stage's picture. */
function StageDepthChart(props: ChartProps & { stages: StageLines }) {
  const { data, font, stages } = props;
  const top = largest(data.rows, (r) => Math.max(0, ...(r.stageDepth ?? [])));
  const { frame, time, leftTicks, leftWidth, room } = layout(props, (h) =>
    valueTicks(top, h, font, true),
  );
  return (
    <ComposedChart {...frame}>
      <CartesianGrid strokeDasharray="3 3" />
      {triggerBands(props.data, room)}
      {timeAxis(time)}
      {valueAxis({ ticks: leftTicks, width: leftWidth, title: 'messages' })}
      <Tooltip labelFormatter={tooltipLabel} formatter={tooltipValue(messages)} />
      {stages.labels.map((label, i) => (
        <Line
          key={label}
          className={`series-stage-depth series-stage-${i + 1}`}
          type="stepAfter"
          dataKey={(row: ChartRow) => row.stageDepth?.[i] ?? 0}
          name={label}
          {...stroke(stageLine(i))}
          {...common}
        />
      ))}
    </ComposedChart>
  );
}

function DepthChart(props: ChartProps) {
  const { data, capacity, font } = props;
  if (data.stages !== undefined) return <StageDepthChart {...props} stages={data.stages} />;
  const top = Math.max(
    largest(data.rows, (r) => r.depth),
    capacity ?? 0,
  );
  const { frame, time, leftTicks, leftWidth, room } = layout(props, (h) =>
    valueTicks(top, h, font, true),
  );
  return (
    <ComposedChart {...frame}>
      <CartesianGrid strokeDasharray="3 3" />
      {triggerBands(props.data, room)}
      {timeAxis(time)}
      {valueAxis({ ticks: leftTicks, width: leftWidth, title: 'messages' })}
      <Tooltip labelFormatter={tooltipLabel} formatter={tooltipValue(messages)} />
      <Area
        className="series-depth"
        type="stepAfter"
        dataKey="depth"
        name={NAMES.waiting}
        {...stroke(LINE.depth)}
        fill={LINE.depth.color}
        fillOpacity={0.25}
        isAnimationActive={false}
      />
      {capacity !== null && (
        <ReferenceLine
          y={capacity}
          stroke={LINE.capacity.color}
          strokeDasharray={LINE.capacity.dash}
        />
      )}
    </ComposedChart>
  );
}

function DropsChart(props: ChartProps) {
  const { data, font } = props;
  const { frame, time, leftTicks, leftWidth, rightTicks, rightWidth, room } = layout(
    props,
    (h) =>
      valueTicks(
        // A pipeline's stages are stacked: the axis holds their sum.
        largest(data.rows, (r) =>
          Math.max(
            r.dropRate,
            (r.stageDropRate ?? []).reduce((a, b) => a + b, 0),
          ),
        ),
        h,
        font,
      ),
    (h) =>
      valueTicks(
        largest(data.rows, (r) => r.droppedTotal),
        h,
        font,
        true,
      ),
  );
  return (
    <ComposedChart {...frame}>
      <CartesianGrid strokeDasharray="3 3" />
      {triggerBands(props.data, room, 'rate')}
      {timeAxis(time)}
      {valueAxis({ ticks: leftTicks, width: leftWidth, title: 'drops/s', id: 'rate' })}
      {rightTicks &&
        valueAxis({
          ticks: rightTicks,
          width: rightWidth,
          title: 'all drops',
          id: 'total',
          right: true,
        })}
      <Tooltip
        labelFormatter={tooltipLabel}
        formatter={tooltipValue((v, name) => (name === NAMES.total ? messages(v) : perSecond(v)))}
      />
      {data.stages?.dropping.map((i) => (
        <Area
          key={`stage-${i}`}
          className={`series-stage-drops series-stage-${i + 1}`}
          yAxisId="rate"
          type="linear"
          dataKey={(row: ChartRow) => row.stageDropRate?.[i] ?? 0}
          name={data.stages?.labels[i] ?? `Stage ${i + 1}`}
          stackId="drops"
          {...stroke(stageLine(i))}
          fill={stageLine(i).color}
          fillOpacity={0.3}
          isAnimationActive={false}
        />
      ))}
      {data.stages === undefined &&
        data.reasons.map((r) => (
          <Area
            key={r}
            className={`series-drop-${r}`}
            yAxisId="rate"
            type="linear"
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
        className="series-total"
        yAxisId="total"
        dataKey="droppedTotal"
        name={NAMES.total}
        {...stroke(LINE.total)}
        {...common}
      />
    </ComposedChart>
  );
}

function ThroughputChart(props: ChartProps) {
  const { data, font } = props;
  const top = largest(data.rows, (r) =>
    Math.max(r.offeredRate, r.acceptedRate, r.deliveredRate, r.retryRate),
  );
  const { frame, time, leftTicks, leftWidth, room } = layout(props, (h) =>
    valueTicks(top, h, font),
  );
  return (
    <ComposedChart {...frame}>
      <CartesianGrid strokeDasharray="3 3" />
      {triggerBands(props.data, room)}
      {timeAxis(time)}
      {valueAxis({ ticks: leftTicks, width: leftWidth, title: 'messages/s' })}
      <Tooltip labelFormatter={tooltipLabel} formatter={tooltipValue(perSecond)} />
      <Line
        className="series-offered"
        dataKey="offeredRate"
        name={NAMES.offered}
        {...stroke(LINE.offered)}
        {...common}
      />
      <Line
        className="series-accepted"
        dataKey="acceptedRate"
        name={NAMES.accepted}
        {...stroke(LINE.accepted)}
        {...common}
      />
      <Line
        className="series-delivered"
        dataKey="deliveredRate"
        name={NAMES.delivered}
        {...stroke(LINE.delivered)}
        {...common}
      />
      {data.retries && (
        <Line
          className="series-retries"
          dataKey="retryRate"
          name={NAMES.retries}
          {...stroke(LINE.retries)}
          {...common}
        />
      )}
    </ComposedChart>
  );
}

/** Latencies past two seconds read better in seconds than in thousands of ms. */
const SECONDS_FROM_MS = 2000;

function LatencyChart(props: ChartProps) {
  const { data, font } = props;
  const top = largest(data.rows, (r) => r.latencyP99);
  const inSeconds = top >= SECONDS_FROM_MS;
  const { frame, time, leftTicks, leftWidth, room } = layout(props, (h) =>
    inSeconds ? scaled(valueTicks(top / 1000, h, font), 1000) : valueTicks(top, h, font),
  );
  const band = (row: ChartRow) =>
    row.latencyP50 === null || row.latencyP99 === null ? null : [row.latencyP50, row.latencyP99];
  return (
    <ComposedChart {...frame}>
      <CartesianGrid strokeDasharray="3 3" />
      {triggerBands(props.data, room)}
      {timeAxis(time)}
      {valueAxis({ ticks: leftTicks, width: leftWidth, title: inSeconds ? 'seconds' : 'ms' })}
      <Tooltip labelFormatter={tooltipLabel} formatter={tooltipValue(formatMs)} />
      <Area
        className="series-latency-band"
        dataKey={band}
        name={NAMES.band}
        stroke="none"
        fill={LATENCY_BAND.color}
        fillOpacity={LATENCY_BAND.opacity}
        tooltipType="none"
        connectNulls={false}
        isAnimationActive={false}
      />
      <Line
        className="series-p50"
        dataKey="latencyP50"
        name={NAMES.p50}
        {...stroke(LINE.p50)}
        connectNulls={false}
        {...common}
      />
      <Line
        className="series-p95"
        dataKey="latencyP95"
        name={NAMES.p95}
        {...stroke(LINE.p95)}
        connectNulls={false}
        {...common}
      />
      <Line
        className="series-p99"
        dataKey="latencyP99"
        name={NAMES.p99}
        {...stroke(LINE.p99)}
        connectNulls={false}
        {...common}
      />
    </ComposedChart>
  );
}

function ProducerChart(props: ChartProps) {
  const { data, font } = props;
  const { frame, time, leftTicks, leftWidth, rightTicks, rightWidth, room } = layout(
    props,
    (h) =>
      valueTicks(
        largest(data.rows, (r) => r.producerRate),
        h,
        font,
      ),
    // One more than the most workers, so their line never runs along the top edge.
    (h) => valueTicks(largest(data.rows, (r) => r.workers) + 1, h, font, true),
  );
  return (
    <ComposedChart {...frame}>
      <CartesianGrid strokeDasharray="3 3" />
      {triggerBands(props.data, room, 'rate')}
      {timeAxis(time)}
      {valueAxis({ ticks: leftTicks, width: leftWidth, title: 'messages/s', id: 'rate' })}
      {rightTicks &&
        valueAxis({
          ticks: rightTicks,
          width: rightWidth,
          title: 'workers',
          id: 'workers',
          right: true,
        })}
      <Tooltip
        labelFormatter={tooltipLabel}
        formatter={tooltipValue((v, name) =>
          name === NAMES.workers ? formatNumber(v) : perSecond(v),
        )}
      />
      <Line
        className="series-producer"
        yAxisId="rate"
        dataKey="producerRate"
        name={NAMES.producer}
        {...stroke(LINE.producer)}
        {...common}
      />
      <Line
        className="series-workers"
        yAxisId="workers"
        type="stepAfter"
        dataKey="workers"
        name={NAMES.workers}
        {...stroke(LINE.workers)}
        {...common}
      />
    </ComposedChart>
  );
}

export const CHART_BODIES: Record<ChartId, (props: ChartProps) => ReactNode> = {
  depth: DepthChart,
  drops: DropsChart,
  throughput: ThroughputChart,
  latency: LatencyChart,
  producer: ProducerChart,
};
