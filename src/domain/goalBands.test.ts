import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACK, METRIC_IDS, type Goal } from '../exercises/index.ts';
import { CHART_IDS } from './charts.ts';
import { goalBandsFor, goalBandsInView, METRIC_CHART } from './goalBands.ts';

const goal = (g: Partial<Goal>): Goal =>
  ({ metric: 'throughput', compare: 'at-least', value: 50, ...g }) as Goal;

describe('goal bands', () => {
  it('shades only goals with a window, on the chart of their metric, in words', () => {
    const bands = goalBandsFor([
      goal({ metric: 'dropped', compare: 'at-most', value: 0 }),
      goal({ window: { fromSec: 20, toSec: 30, label: 'during the flood' } }),
      goal({
        metric: 'latencyP99',
        compare: 'below',
        value: 500,
        window: { fromSec: 5, toSec: 12.5 },
      }),
    ]);
    expect(bands).toEqual([
      {
        chart: 'throughput',
        from: 20,
        to: 30,
        label: 'Goal: during the flood',
        sentence: 'Throughput at least 50 messages/s during the flood (20 s to 30 s)',
      },
      {
        chart: 'latency',
        from: 5,
        to: 12.5,
        label: 'Goal',
        sentence: 'p99 latency under 500 ms between 5 s and 12.5 s',
      },
    ]);
  });

  it('clips a band to the data on screen and leaves out one not yet reached', () => {
    const [band] = goalBandsFor([
      goal({ window: { fromSec: 20, toSec: 30, label: 'during the flood' } }),
    ]);
    const rows = (from: number, to: number) => [{ t: from }, { t: to }];
    const view = (startT: number, end: number) =>
      goalBandsInView([band!], 'throughput', { rows: rows(startT, end), startT });
    expect(view(0, 10)).toEqual([]);
    expect(view(0, 25).map((b) => [b.from, b.to])).toEqual([[20, 25]]);
    expect(view(22, 60).map((b) => [b.from, b.to])).toEqual([[22, 30]]);
    expect(view(31, 60)).toEqual([]);
    // Only on its own chart.
    expect(goalBandsInView([band!], 'latency', { rows: rows(0, 60), startT: 0 })).toEqual([]);
  });

  it('has a chart for every metric, and bands for the built-in pack’s windowed goals', () => {
    for (const id of METRIC_IDS) expect(CHART_IDS).toContain(METRIC_CHART[id]);
    const windowed = BUILT_IN_PACK.exercises.flatMap((e) => goalBandsFor(e.goals as Goal[]));
    expect(windowed.length).toBeGreaterThanOrEqual(3);
  });
});
