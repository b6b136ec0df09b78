/**
 * Correlated retries, as retryWavePresets.ts states them: after a crash that fails everything in
 * flight at once, retries without jitter come back in waves at each step of the backoff; full jitter
 * flattens them into a hump with a much lower peak. Over several seeds.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from './engine.ts';
import { presetScenario } from './presets.ts';

const SEEDS = [1, 2, 3, 17, 4242];

/** The retry rate from the crash (5 s) until well after it ends (17 s), one point per sample. */
function retriesAfterCrash(id: string, seed: number) {
  const scenario = { ...presetScenario(id), seed };
  const sim = createSimulation(scenario, { eventCapacity: 0 });
  sim.run(scenario.durationSec * 1000);
  const t = sim.series.read('t');
  const rate = sim.series.read('retryRate');
  const points: { t: number; rate: number }[] = [];
  for (let i = 0; i < t.length; i++)
    if ((t[i] as number) > 5000 && (t[i] as number) <= 17_000)
      points.push({ t: t[i] as number, rate: rate[i] as number });
  const mean = points.reduce((a, p) => a + p.rate, 0) / points.length;
  const peak = Math.max(...points.map((p) => p.rate));
  return { points, mean, peak, summaryPeak: sim.summary().peakRetryRatePerSec };
}

describe('retries after a crash', () => {
  it.each(SEEDS)('come back in waves at 1, 3 and 7 s without jitter (seed %i)', (seed) => {
    const { points, mean, peak } = retriesAfterCrash('retry-waves-no-jitter', seed);
    // The three busiest samples are the backoff's steps after the crash at 5 s: 1 s, +2 s, +4 s.
    const busiest = [...points].sort((a, b) => b.rate - a.rate).slice(0, 3);
    expect(busiest.map((p) => p.t).sort((a, b) => a - b)).toEqual([6000, 8000, 12_000]);
    expect(peak / mean).toBeGreaterThan(6);
  });

  it.each(SEEDS)('flatten with full jitter: a lower peak, no spikes (seed %i)', (seed) => {
    const waves = retriesAfterCrash('retry-waves-no-jitter', seed);
    const jitter = retriesAfterCrash('retry-waves-full-jitter', seed);
    expect(jitter.peak / jitter.mean).toBeLessThan(4);
    expect(waves.summaryPeak).toBeGreaterThan(1.5 * jitter.summaryPeak);
    // The summary's peak is the series' own.
    expect(waves.summaryPeak).toBe(waves.peak);
  });
});
