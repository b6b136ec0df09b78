import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { presetScenario } from '../sim/presets.ts';
import { buildChartData, MAX_POINTS, reduceBucket } from './chartData.ts';

describe('buildChartData', () => {
  it('keeps at most MAX_POINTS rows, in seconds', () => {
    const engine = createSimulation(presetScenario('drop-oldest'), { eventCapacity: 0 });
    engine.run(60_000);
    const { rows } = buildChartData(engine.series);
    expect(rows.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(rows.at(-1)?.t).toBeCloseTo(60, 0);
  });

  it('lists only the drop reasons that happened', () => {
    const engine = createSimulation(presetScenario('drop-oldest'), { eventCapacity: 0 });
    engine.run(20_000);
    expect(buildChartData(engine.series).reasons).toEqual(['evicted-oldest']);
  });

  it('turns intervals without deliveries into gaps', () => {
    const engine = createSimulation(presetScenario('no-backpressure'), { eventCapacity: 0 });
    engine.run(20_000); // crashes and restarts: stretches with no delivery
    const { rows } = buildChartData(engine.series, 10_000);
    expect(rows.some((r) => r.latencyP99 === null)).toBe(true);
    expect(rows.every((r) => r.latencyP99 === null || Number.isFinite(r.latencyP99))).toBe(true);
  });
});

describe('reduceBucket', () => {
  const values = new Float64Array([1, Number.NaN, 3]);
  it('ignores NaN', () => {
    expect(reduceBucket(values, 0, 3, 'mean')).toBe(2);
    expect(reduceBucket(values, 0, 3, 'max')).toBe(3);
    expect(reduceBucket(values, 0, 2, 'last')).toBe(1);
    expect(reduceBucket(values, 1, 2, 'mean')).toBeNaN();
  });
});
