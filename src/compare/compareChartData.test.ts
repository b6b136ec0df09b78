import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { defaultComparison, setShared } from './comparison.ts';
import {
  buildCompareChartData,
  COMPARE_CHART_IDS,
  MAX_COMPARE_POINTS,
} from './compareChartData.ts';

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
    expect(data.rows.depth).toHaveLength(30);
    data.rows.depth.forEach((row, i) => {
      expect(row.t).toBeCloseTo((i + 1) * 0.1, 9);
      expect(row.values).toEqual(depth.map((d) => d[i]));
    });
    const lost = series.map((s) => Array.from(s.read('droppedTotal')));
    expect(data.rows.lost.at(-1)?.values).toEqual(lost.map((l) => l.at(-1)));
  });

  it('keeps to the point limit, keeping the deepest point of each bucket', () => {
    const series = seriesAt(60_000);
    const data = buildCompareChartData(series, 50);
    for (const id of COMPARE_CHART_IDS) expect(data.rows[id].length).toBeLessThanOrEqual(50);
    const deepest = series.map((s) => Math.max(...s.read('depth')));
    const charted = [0, 1, 2].map((c) => Math.max(...data.rows.depth.map((r) => r.values[c] ?? 0)));
    expect(charted).toEqual(deepest);
  });

  it('leaves a gap in latency where nothing was delivered, each sample on its own', () => {
    // Five messages a second: most 100 ms samples deliver nothing.
    const slow = setShared(defaultComparison(), 'workload.pattern.ratePerSec', 5);
    if (!slow.ok) throw new Error('the rate was refused');
    const series = seriesAt(5000, slow.comparison);
    const data = buildCompareChartData(series, MAX_COMPARE_POINTS, 100);
    const p99 = series.map((s) => Array.from(s.read('latencyP99')));
    data.rows.latency.forEach((row, i) =>
      expect(row.values).toEqual(p99.map((column) => (Number.isNaN(column[i]) ? null : column[i]))),
    );
    const values = data.rows.latency.flatMap((row) => row.values);
    expect(values).toContain(null);
    expect(values.some((v) => typeof v === 'number' && v > 0)).toBe(true);
  });

  it('averages throughput and latency over the last second', () => {
    const series = seriesAt(10_000);
    const data = buildCompareChartData(series);
    const last = series.map((s) => {
      const delivered = s.read('deliveredRate').subarray(-10);
      const p99 = s.read('latencyP99').subarray(-10);
      let count = 0;
      let weighted = 0;
      delivered.forEach((rate, i) => {
        count += rate / 10;
        if (rate > 0) weighted += (p99[i] as number) * (rate / 10);
      });
      return { rate: count, p99: count > 0 ? weighted / count : null };
    });
    data.rows.throughput.at(-1)?.values.forEach((v, c) => expect(v).toBeCloseTo(last[c]!.rate, 9));
    data.rows.latency.at(-1)?.values.forEach((v, c) => {
      const p99 = last[c]!.p99;
      if (p99 === null) expect(v).toBeNull();
      else expect(v).toBeCloseTo(p99, 6);
    });
  });

  it('has no rows before the first sample, or without columns', () => {
    expect(buildCompareChartData(seriesAt(0)).rows.depth).toEqual([]);
    expect(buildCompareChartData([]).rows.depth).toEqual([]);
  });
});
