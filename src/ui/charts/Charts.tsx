/**
 * The playground's charts, in their own lazily loaded chunk (Recharts is the heaviest dependency).
 * They read the engine's series at most twice a second at 1×, more often as the run goes faster so
 * their last point keeps up with the clock (chartIntervalMs), never animate, skip redraws while
 * scrolled out of view, and share one hover position. Legends are plain HTML beside the SVG (SeriesLegend).
 *
 * One chart on its own, at a chosen height: <Charts only={['depth']} height={200} />.
 */
import { useMemo, useState } from 'react';
import { CHART_IDS, playgroundStore, usePlayground, type ChartId } from '../../store/index.ts';
import { bandsInView } from '../../domain/chartData.ts';
import { buildStagedChartData } from '../../domain/stageChartData.ts';
import { goalBandsFor } from '../../domain/goalBands.ts';
import { DEFAULT_WINDOW_MS } from '../../domain/rateWindow.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { TITLES } from './chartStyle.ts';
import { useThrottledTick } from './useThrottledTick.ts';
import { chartIntervalMs, chartStaggerMs } from './refreshNow.ts';
import { TriggerButtons } from './TriggerButtons.tsx';
import { WindowSelect } from './WindowSelect.tsx';
import './charts.css';

const HEIGHT = 180;

interface ChartsProps {
  /** Just these charts, in this order, without the chooser (an embedded figure, a side column). */
  only?: readonly ChartId[];
  /** Charts the page shows elsewhere (the playground's depth chart beside the stage): left out here. */
  omit?: readonly ChartId[];
  /** Each chart's plot height in CSS pixels; 180 by default, twice that for a chart chosen alone. */
  height?: number;
  /** The averaging choice and the image buttons; by default only with the chooser. */
  tools?: boolean;
  /** Link the captions' terms to the page's glossary: the playground has one, an embed does not. */
  glossary?: boolean;
}

export default function Charts({
  only,
  omit,
  height: fixedHeight,
  tools,
  glossary = true,
}: ChartsProps = {}) {
  const intervalMs = usePlayground((s) => chartIntervalMs(s.speed, s.live.timeMs));
  const tick = useThrottledTick(intervalMs);
  const engine = usePlayground((s) => s.engine);
  const run = usePlayground((s) => s.version);
  const capacity = usePlayground((s) => s.scenario.queue.capacity);
  const memoryBudgetBytes = usePlayground((s) => s.scenario.queue.memoryBudgetBytes);
  const maxAgeMs = usePlayground((s) => s.scenario.queue.maxAgeMs);
  const queue = useMemo(() => ({ memoryBudgetBytes, maxAgeMs }), [memoryBudgetBytes, maxAgeMs]);
  const sampleMs = usePlayground((s) => s.scenario.metrics.sampleIntervalMs);
  const downstream = usePlayground((s) => s.scenario.downstream);
  const stageNames = useMemo(() => ['', ...(downstream ?? []).map((d) => d.name)], [downstream]);
  const focus = usePlayground((s) => s.chartFocus);
  const largeText = usePlayground((s) => s.largeText);
  const goals = usePlayground((s) => s.exercise?.exercise.goals);
  const goalBands = useMemo(() => goalBandsFor(goals ?? []), [goals]);
  const [windowMs, setWindowMs] = useState(DEFAULT_WINDOW_MS);
  // No window shorter than a sample: that would be the sample itself.
  const averaging = Math.max(windowMs, sampleMs);
  const data = useMemo(
    () => {
      // A pipeline's charts add a line per stage; a single stage's are buildChartData's alone.
      const built = buildStagedChartData(engine.series, engine.stageSeries, stageNames, {
        windowMs: averaging,
      });
      return { ...built, bands: bandsInView(engine.triggerBands(), built) };
    },
    // `tick` says the series has new points; the engine object itself stays the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, tick, averaging, stageNames],
  );
  const fixed = only !== undefined;
  const withTools = tools ?? !fixed;
  const ids = omit ? CHART_IDS.filter((id) => !omit.includes(id)) : CHART_IDS;
  const focused = focus !== null && ids.includes(focus) ? focus : null;
  const shown = fixed ? only : focused === null ? ids : [focused];
  const height = fixedHeight ?? (!fixed && focused !== null ? HEIGHT * 2 : HEIGHT);

  return (
    <>
      {(!fixed || withTools) && (
        <div className="chart-tools">
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
          {withTools && (
            <WindowSelect value={averaging} sampleMs={sampleMs} onChange={setWindowMs} />
          )}
          {!fixed && <TriggerButtons />}
        </div>
      )}
      <div className="chart-grid">
        {shown.map((id, index) => (
          <ChartFigure
            key={id}
            id={id}
            index={index}
            staggerMs={chartStaggerMs(intervalMs, shown.length)}
            data={data}
            run={run}
            height={height}
            capacity={capacity}
            queue={queue}
            focused={!fixed && focused !== null}
            imageButton={withTools}
            textSize={largeText ? 'large' : 'normal'}
            goals={goalBands}
            glossary={glossary}
          />
        ))}
      </div>
    </>
  );
}
