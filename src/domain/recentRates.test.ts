import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { presetScenario } from '../sim/presets.ts';
import { lastSecondMean } from './recentRates.ts';

describe('lastSecondMean', () => {
  it('averages the last second of samples, up to the time asked', () => {
    const scenario = presetScenario('block');
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    engine.run(3000);
    const interval = scenario.metrics.sampleIntervalMs;
    const perSecond = Math.round(1000 / interval);
    const rates = engine.series.read('deliveredRate');
    const times = engine.series.read('t');
    const mean = (from: number, to: number) =>
      rates.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
    expect(lastSecondMean(engine.series, 'deliveredRate', interval)).toBeCloseTo(
      mean(rates.length - perSecond, rates.length),
      9,
    );
    // Up to an earlier time: the samples after it do not count.
    const cut = times.length - 5;
    expect(
      lastSecondMean(engine.series, 'deliveredRate', interval, times[cut - 1] as number),
    ).toBeCloseTo(mean(cut - perSecond, cut), 9);
  });

  it('says NaN before any sample', () => {
    const engine = createSimulation(presetScenario('block'), { eventCapacity: 0 });
    expect(lastSecondMean(engine.series, 'deliveredRate', 100)).toBeNaN();
  });
});
