import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { defaultComparison, setShared } from './comparison.ts';
import { buildCompareChartData, COMPARE_CHART_IDS } from './compareChartData.ts';

function seriesAt(timeMs: number, comparison = defaultComparison()) {
  return comparison.columns.map((scenario) => {
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    engine.advanceTo(timeMs);
    return engine.series;
  });
}

describe('buildCompareChartData', () => {
  it('lines the columns up sample by sample, one value per column', () => {
    const series = seriesAt(3000);
    const data = buildCompareChartData(series);
    const depth = series.map((s) => Array.from(s.read('depth')));
    expect(data.depth).toHaveLength(30);
    data.depth.forEach((row, i) => {
      expect(row.t).toBeCloseTo((i + 1) * 0.1, 9);
      expect(row.values).toEqual(depth.map((d) => d[i]));
    });
    const lost = series.map((s) => Array.from(s.read('droppedTotal')));
    expect(data.lost.at(-1)?.values).toEqual(lost.map((l) => l.at(-1)));
  });

  it('keeps to the point limit, keeping the deepest point of each bucket', () => {
    const series = seriesAt(60_000);
    const data = buildCompareChartData(series, 50);
    for (const id of COMPARE_CHART_IDS) expect(data[id].length).toBeLessThanOrEqual(50);
    const deepest = series.map((s) => Math.max(...s.read('depth')));
    const charted = [0, 1, 2].map((c) => Math.max(...data.depth.map((r) => r.values[c] ?? 0)));
    expect(charted).toEqual(deepest);
  });

  it('leaves a gap in latency where nothing was delivered', () => {
    // Five messages a second: most 100 ms samples deliver nothing.
    const slow = setShared(defaultComparison(), 'workload.pattern.ratePerSec', 5);
    if (!slow.ok) throw new Error('the rate was refused');
    const series = seriesAt(5000, slow.comparison);
    const data = buildCompareChartData(series);
    const p99 = series.map((s) => Array.from(s.read('latencyP99')));
    data.latency.forEach((row, i) =>
      expect(row.values).toEqual(p99.map((column) => (Number.isNaN(column[i]) ? null : column[i]))),
    );
    const values = data.latency.flatMap((row) => row.values);
    expect(values).toContain(null);
    expect(values.some((v) => typeof v === 'number' && v > 0)).toBe(true);
  });

  it('has no rows before the first sample, or without columns', () => {
    expect(buildCompareChartData(seriesAt(0)).depth).toEqual([]);
    expect(buildCompareChartData([]).depth).toEqual([]);
  });
});
