/** Patterns that never ask for a message cost nothing, however long the run and short the segments. */
import { describe, expect, it } from 'vitest';
import { createSimulation } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import type { ScenarioInput } from './scenario.ts';

const DAY_MS = 86_400_000;

function simulate(input: ScenarioInput) {
  const parsed = parseScenario({ ...input, metrics: { sampleIntervalMs: DAY_MS } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return createSimulation(parsed.value);
}

/** Events handled up to `untilMs`, counting at most `most`. */
function eventsUntil(sim: ReturnType<typeof simulate>, untilMs: number, most: number): number {
  let n = 0;
  while (n < most && sim.nextEventTime() <= untilMs) {
    sim.advanceTo(sim.nextEventTime());
    n++;
  }
  return n;
}

describe('a pattern that never produces', () => {
  it.each([
    [
      'a sine of mean 0 and amplitude 0',
      { kind: 'sine', meanRatePerSec: 0, amplitudePerSec: 0, periodMs: 10 },
    ],
    ['bursts of nothing', { kind: 'bursty', onRatePerSec: 0, offRatePerSec: 0, onMs: 1, offMs: 1 }],
  ] as const)('%s takes no events over a simulated day', (_name, pattern) => {
    const sim = simulate({ workload: { pattern } });
    // Only the day's one sample: no pauses of a search for an arrival that never comes.
    expect(eventsUntil(sim, DAY_MS, 1000)).toBe(1);
    sim.advanceTo(DAY_MS);
    expect(sim.summary().produced).toBe(0);
  });

  it('starts costing again, and producing, when a change gives it a rate', () => {
    const quiet = { kind: 'sine', meanRatePerSec: 0, amplitudePerSec: 0, periodMs: 10 } as const;
    const sim = simulate({ workload: { pattern: quiet } });
    sim.advanceTo(DAY_MS / 2);
    sim.reconfigure({
      ...sim.scenario,
      workload: { ...sim.scenario.workload, pattern: { ...quiet, meanRatePerSec: 100 } },
    });
    sim.advanceTo(DAY_MS / 2 + 10_000);
    expect(sim.summary().produced).toBeGreaterThan(900);
  });
});

describe('a producer that feedback has slowed to a rate of zero', () => {
  it('takes no events of its own until a signal comes', () => {
    // Zero for the second half of every 10 ms; the first "slow down" arrives at 1007 ms, in such a
    // half, and cuts the rate to 0 (minRatePerSec 0). The consumer is stuck, so nothing lets it up.
    const sim = simulate({
      workload: {
        pattern: { kind: 'sine', meanRatePerSec: 0, amplitudePerSec: 100, periodMs: 10 },
      },
      queue: { capacity: null },
      feedback: {
        kind: 'watermark',
        highWatermark: 2,
        lowWatermark: 0,
        delayMs: 7,
        intervalMs: 1000,
        decreaseFactor: 0.5,
        increasePerSec: 0,
        minRatePerSec: 0,
      },
      consumers: { service: { kind: 'constant', meanMs: DAY_MS } },
    });
    sim.advanceTo(2_000);
    expect(sim.rateCap).toBe(0);
    const produced = sim.meter.produced;
    // Each second, one look at the depth and one signal: nothing else.
    expect(eventsUntil(sim, 102_000, 10_000)).toBe(2 * 100);
    expect(sim.meter.produced).toBe(produced);
  });
});

describe('a sine that is zero for half of each period', () => {
  it('still produces, only while its rate is above zero', () => {
    const sim = simulate({
      workload: {
        pattern: { kind: 'sine', meanRatePerSec: 0, amplitudePerSec: 200, periodMs: 1000 },
      },
      queue: { capacity: null },
      consumers: { count: 4, service: { kind: 'constant', meanMs: 1 } },
    });
    const times: number[] = [];
    let seen = 0;
    while (sim.nextEventTime() <= 20_000) {
      sim.advanceTo(sim.nextEventTime());
      if (sim.meter.produced > seen) {
        seen = sim.meter.produced;
        times.push(sim.now);
      }
    }
    // 200/s × (1/π) of each second on average: about 64 a second.
    expect(times.length).toBeGreaterThan(20 * 40);
    expect(times.length).toBeLessThan(20 * 90);
    for (const t of times) expect(t % 1000).toBeLessThanOrEqual(500);
  });
});
