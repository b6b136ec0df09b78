/**
 * One chart with its caption and legend. It redraws only while on screen, a little after the
 * charts before it (`staggerMs`), and keeps what it last drew while scrolled away. `data-last-t` on
 * the figure is the simulated second its last point stands at, as drawn (what tests compare with
 * the clock).
 */
import { memo, startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ChartData } from '../../domain/chartData.ts';
import type { ChartId } from '../../domain/charts.ts';
import { goalBandsInView, type GoalBand } from '../../domain/goalBands.ts';
import { ChartPngButton } from '../share/ChartPngButton.tsx';
import { CHART_BODIES, type ChartProps } from './chartBodies.tsx';
import { caption, legendFor, TITLES, type UnboundedQueue } from './chartStyle.ts';
import { axisFontOf, DEFAULT_AXIS_FONT, type AxisFont } from './measureLabel.ts';
import { SeriesLegend } from './SeriesLegend.tsx';
import { useElementWidth } from './useElementWidth.ts';
import { useInView } from './useInView.ts';
import { drawAtOnce } from './refreshNow.ts';
import { TermText } from '../glossary/TermText.tsx';

/** Re-renders only when its props change, so a frozen off-screen chart costs nothing. */
const ChartBody = memo(function ChartBody({ id, ...props }: ChartProps & { id: ChartId }) {
  const Body = CHART_BODIES[id];
  return <Body {...props} />;
});

export interface ChartFigureProps {
  id: ChartId;
  data: ChartData;
  height: number;
  capacity: number | null;
  focused: boolean;
  /** The run `data` belongs to (the store's `version`): a new run's lines are drawn at once. */
  run: number;
  /** Position among the charts shown, for staggering the redraws. */
  index: number;
  /**
   * Each chart redraws this long after the previous one: Recharts updates its internal store
   * synchronously, so five charts redrawn together make one long task that drops frames, while one
   * at a time stays short. The last must redraw before the next data comes (Charts.tsx), else each
   * new refresh would put its redraw off again.
   */
  staggerMs: number;
  imageButton: boolean;
  /** Changes when the page's text size does, so the labels are measured again. */
  textSize?: string;
  /** The open exercise's goals over a stretch of time, on every chart (each shades its own). */
  goals?: readonly GoalBand[];
  /** Link the caption's terms to the glossary (a page that has one: not an embedded figure). */
  glossary?: boolean;
  /** What ends an unlimited queue's growth, for the depth chart's caption. */
  queue?: UnboundedQueue;
}

const NO_GOALS: readonly GoalBand[] = [];

export function ChartFigure({
  id,
  data,
  height,
  capacity,
  focused,
  run,
  index,
  staggerMs,
  imageButton,
  textSize,
  goals = NO_GOALS,
  glossary = false,
  queue,
}: ChartFigureProps): ReactNode {
  const [viewRef, inView] = useInView<HTMLElement>();
  const [sizeRef, width] = useElementWidth<HTMLDivElement>();
  // The queue's capacity (its line on the depth chart) changes with the scenario, and travels with
  // the data: redrawn at once, every chart would redraw in the same task as the change (a tour step,
  // a strategy picked), one long task.
  const [drawn, setDrawn] = useState({ data, capacity, run });
  const [font, setFont] = useState<AxisFont>(DEFAULT_AXIS_FONT);
  // A new run's rows (a reset, a preset, a tour's step) at once, in this render: not the old run's
  // lines under its zeros while a transition waits, nor when the chart comes into view. The first
  // chart draws new rows in this render too (the charts' refresh is itself a transition): a second
  // transition after a timer left it a refresh behind the clock on a busy machine, half a second
  // of simulated time at 5×.
  if (
    inView &&
    drawn.data !== data &&
    (index === 0 || drawAtOnce({ run: drawn.run, rows: drawn.data.rows }, { run, rows: data.rows }))
  )
    setDrawn({ data, capacity, run });
  useEffect(() => {
    if (!inView || (drawn.data === data && drawn.capacity === capacity)) return;
    const timer = window.setTimeout(
      () => startTransition(() => setDrawn({ data, capacity, run })),
      index * staggerMs,
    );
    return () => window.clearTimeout(timer);
  }, [inView, drawn, data, capacity, run, index, staggerMs]);
  // Read once the plot is in the page, and again when the text size changes.
  useEffect(() => {
    const element = sizeRef.current;
    if (!element || width === 0) return;
    const next = axisFontOf(element);
    setFont((f) => (f.px === next.px && f.family === next.family ? f : next));
  }, [sizeRef, width, textSize]);
  const mine = useMemo(() => goals.filter((g) => g.chart === id), [goals, id]);
  const shaded = useMemo(
    () =>
      mine.length === 0
        ? drawn.data
        : { ...drawn.data, goals: goalBandsInView(mine, id, drawn.data) },
    [drawn, mine, id],
  );
  return (
    <figure
      ref={viewRef}
      className={focused ? 'chart chart-focused' : 'chart'}
      data-testid={`chart-${id}`}
      data-last-t={drawn.data.rows.at(-1)?.t}
    >
      <figcaption>
        <strong>{TITLES[id]}</strong>{' '}
        <span className="muted">
          {/* Each chart links its own terms: the charts are read one at a time. */}
          {glossary ? (
            <TermText
              text={caption(
                id,
                drawn.data.windowMs,
                drawn.data.stages !== undefined,
                drawn.capacity,
                queue,
              )}
              seen={new Set()}
            />
          ) : (
            caption(id, drawn.data.windowMs, drawn.data.stages !== undefined, drawn.capacity, queue)
          )}
        </span>
        {mine.length > 0 && (
          <span className="chart-goals" data-testid={`chart-goals-${id}`}>
            {' '}
            Outlined: the exercise’s {mine.length === 1 ? 'goal' : 'goals'}{' '}
            {mine.map((g) => `“${g.sentence}”`).join(', ')}.
          </span>
        )}
      </figcaption>
      <div ref={sizeRef} className="chart-plot" style={{ height }}>
        {width > 0 && (
          <ChartBody
            id={id}
            data={shaded}
            width={width}
            height={height}
            capacity={drawn.capacity}
            font={font}
          />
        )}
      </div>
      <SeriesLegend items={legendFor(id, drawn.data, drawn.capacity)} />
      {imageButton && <ChartPngButton chartId={id} title={TITLES[id]} />}
    </figure>
  );
}
