/**
 * The charts' axes: round ticks chosen for the space there is (src/domain/ticks.ts), labels
 * measured so none collide, and value axes as wide as their longest label.
 *
 * Every axis gets its ticks, domain and interval={0}: Recharts then draws exactly these ticks and
 * never measures labels in the DOM itself, which it would otherwise do on every redraw.
 */
import { XAxis, YAxis } from 'recharts';
import { chooseRangeTicks, chooseValueTicks, formatTick, type Ticks } from '../../domain/ticks.ts';
import { labelWidth, type AxisFont } from './measureLabel.ts';

export const X_AXIS_HEIGHT = 42;
/** How far a time label may reach past the plot's side where a value axis stands. */
const LABEL_OVERHANG_PX = 6;
/** Space around the plot inside the SVG; `right` when no axis stands on the right. */
export const MARGIN = { top: 8, bottom: 0, left: 4, right: 20, rightOfAxis: 8 } as const;

/** Round value ticks from 0 for a plot `plotHeightPx` tall, two label heights apart at least. */
export function valueTicks(
  max: number,
  plotHeightPx: number,
  font: AxisFont,
  integer = false,
): Ticks {
  return chooseValueTicks({
    max,
    lengthPx: plotHeightPx,
    spacingPx: Math.max(24, font.px * 2),
    integer,
  });
}

/** Ticks chosen in one unit (seconds) for data in another (ms): `factor` is data per shown unit. */
export function scaled(ticks: Ticks, factor: number): Ticks {
  return {
    ...ticks,
    ticks: ticks.ticks.map((t) => t * factor),
    domain: [ticks.domain[0] * factor, ticks.domain[1] * factor],
  };
}

/** A value axis' width: its widest label, the tick mark, and the rotated title beside them. */
export function valueAxisWidth(ticks: Ticks, font: AxisFont): number {
  const widest = Math.max(0, ...ticks.labels.map((l) => labelWidth(l, font)));
  return Math.ceil(widest + 12 + font.px * 1.6);
}

export const secondsLabel = (value: number, step: Ticks['step']) => `${formatTick(value, step)} s`;

/** Round time ticks over [start, end] seconds whose labels fit `plotWidthPx` without touching. */
export function timeTicks(
  start: number,
  end: number,
  plotWidthPx: number,
  font: AxisFont,
  roomBeforePx: number,
  roomAfterPx: number,
): Ticks {
  return chooseRangeTicks({
    min: start,
    max: end,
    lengthPx: plotWidthPx,
    label: secondsLabel,
    measure: (text) => labelWidth(text, font),
    gapPx: Math.max(12, font.px),
    spacingPx: 40,
    roomBeforePx,
    roomAfterPx,
  });
}

/** The label Recharts should print for a tick: the one chosen with it. */
function labelOf(ticks: Ticks) {
  return (value: number) => {
    const i = ticks.ticks.indexOf(value);
    return i >= 0 ? (ticks.labels[i] as string) : String(value);
  };
}

export function timeAxis(ticks: Ticks) {
  return (
    <XAxis
      dataKey="t"
      type="number"
      domain={ticks.domain}
      ticks={ticks.ticks}
      tickFormatter={labelOf(ticks)}
      interval={0}
      allowDataOverflow
      label={{ value: 'simulated time', position: 'insideBottom', offset: 0 }}
      height={X_AXIS_HEIGHT}
    />
  );
}

interface ValueAxisOptions {
  ticks: Ticks;
  width: number;
  title: string;
  id?: string;
  right?: boolean;
}

export function valueAxis({ ticks, width, title, id, right = false }: ValueAxisOptions) {
  return (
    <YAxis
      {...(id ? { yAxisId: id } : {})}
      {...(right ? { orientation: 'right' as const } : {})}
      type="number"
      domain={ticks.domain}
      ticks={ticks.ticks}
      tickFormatter={labelOf(ticks)}
      interval={0}
      allowDataOverflow
      width={width}
      // Rotated titles are centred on the axis: Recharts anchors an inside label at its start,
      // which runs a rotated title up from the middle and out of the chart's top.
      label={
        right
          ? { value: title, angle: 90, position: 'insideRight', dx: -2, textAnchor: 'middle' }
          : { value: title, angle: -90, position: 'insideLeft', textAnchor: 'middle' }
      }
    />
  );
}

export interface FrameInput {
  width: number;
  height: number;
  font: AxisFont;
  /** The time axis' range, in simulated seconds. */
  start: number;
  end: number;
}

/**
 * Where a chart's parts go: the value axes' ticks first (they depend only on the plot's height),
 * their widths from their labels, then the time axis' ticks in the width that is left.
 */
export function layoutFrame(
  { width, height, font, start, end }: FrameInput,
  left: (plotHeightPx: number) => Ticks,
  right?: (plotHeightPx: number) => Ticks,
) {
  const plotHeight = Math.max(20, height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT);
  const leftTicks = left(plotHeight);
  const rightTicks = right?.(plotHeight);
  const leftWidth = valueAxisWidth(leftTicks, font);
  const rightWidth = rightTicks ? valueAxisWidth(rightTicks, font) : 0;
  const marginRight = rightTicks ? MARGIN.rightOfAxis : MARGIN.right;
  const plotWidth = Math.max(20, width - MARGIN.left - leftWidth - rightWidth - marginRight);
  const time = timeTicks(
    start,
    end,
    plotWidth,
    font,
    // A time label may reach a little past the plot's sides, not under a value axis' labels
    // (they end 8 px from the axis line) nor past the SVG's edge.
    LABEL_OVERHANG_PX,
    rightTicks ? LABEL_OVERHANG_PX : marginRight,
  );
  return {
    margin: { left: MARGIN.left, right: marginRight, top: MARGIN.top, bottom: MARGIN.bottom },
    time,
    leftTicks,
    leftWidth,
    rightTicks,
    rightWidth,
  };
}
