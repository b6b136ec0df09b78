import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from './engine.ts';
import { estimateWork, patternMessages } from './estimateWork.ts';
import { formatProblems, parseScenario } from './parseScenario.ts';
import { PRESETS, presetScenario } from './presets.ts';
import { PIPELINE_PRESETS } from './pipelinePresets.ts';
import type { Scenario, ScenarioInput } from './scenario.ts';
import { arbitraryScenario } from './testing/arbitraryScenario.ts';

function scenario(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(formatProblems(parsed.problems));
  return parsed.value;
}

/**
 * The events a run handles, counted through the public API: one `advanceTo` per instant that has
 * events. Events at the same instant (a sample and a feedback tick, say) count once, so this is a
 * slight undercount, never an overcount.
 */
function countEvents(sc: Scenario): number {
  const sim = createSimulation(sc, { eventCapacity: 0 });
  const end = sc.durationSec * 1000;
  let instants = 0;
  for (let t = sim.nextEventTime(); t <= end; t = sim.nextEventTime()) {
    sim.advanceTo(t);
    instants++;
  }
  return instants;
}

/** Scenarios the presets do not cover: each pattern, retries, rate limits, expiry, many workers. */
const MORE: [string, ScenarioInput][] = [
  [
    'a sine clipped at zero',
    {
      durationSec: 30,
      workload: {
        pattern: { kind: 'sine', meanRatePerSec: 40, amplitudePerSec: 100, periodMs: 5000 },
      },
    },
  ],
  [
    'a ramp to its maximum',
    {
      durationSec: 60,
      workload: {
        pattern: { kind: 'ramp', startRatePerSec: 10, risePerSec: 5, maxRatePerSec: 200 },
      },
    },
  ],
  [
    'a step with fixed retries',
    {
      durationSec: 30,
      workload: { pattern: { kind: 'step' } },
      retry: { kind: 'fixed', delayMs: 50, maxAttempts: 10 },
    },
  ],
  ['a light load', { durationSec: 60, workload: { pattern: { kind: 'steady', ratePerSec: 10 } } }],
  [
    'fifty workers',
    {
      durationSec: 10,
      workload: { pattern: { kind: 'steady', ratePerSec: 2000 } },
      consumers: { count: 50 },
    },
  ],
  [
    'a rate limit with retries',
    {
      durationSec: 30,
      workload: { pattern: { kind: 'steady', ratePerSec: 300 } },
      rateLimit: { ratePerSec: 100, burst: 10 },
      retry: { kind: 'exponential', maxAttempts: 6 },
      queue: { whenFull: 'drop-oldest' },
      consumers: { count: 4 },
    },
  ],
  [
    'a maximum age on an unbounded queue',
    {
      durationSec: 30,
      workload: { pattern: { kind: 'steady', ratePerSec: 100 } },
      queue: { capacity: null, maxAgeMs: 500 },
    },
  ],
  [
    'watermarks under a light load',
    {
      durationSec: 30,
      workload: { pattern: { kind: 'steady', ratePerSec: 20 } },
      feedback: { kind: 'watermark' },
    },
  ],
];

describe('estimateWork', () => {
  const cases: [string, Scenario][] = [
    ...PRESETS.map((p): [string, Scenario] => [`preset ${p.id}`, presetScenario(p.id)]),
    ...MORE.map(([what, input]): [string, Scenario] => [what, scenario(input)]),
    ...PIPELINE_PRESETS.map((p): [string, Scenario] => [`preset ${p.id}`, scenario(p.scenario)]),
  ];

  it.each(cases)('is within a factor of 2 of the events of a run: %s', (_what, sc) => {
    const actual = countEvents(sc);
    const { events } = estimateWork(sc);
    expect(events / actual).toBeGreaterThan(0.5);
    expect(events / actual).toBeLessThan(2);
  });

  it('adds up its parts', () => {
    for (const [, sc] of cases) {
      const e = estimateWork(sc);
      const parts = e.arrivals + e.retries + e.completions + e.credits + e.expiries + e.timers;
      expect(e.events).toBeCloseTo(parts, 6);
      expect(e.work).toBeGreaterThanOrEqual(e.events);
    }
  });

  it.each([
    ['steady', { kind: 'steady', ratePerSec: 120 }],
    ['bursty', { kind: 'bursty', onRatePerSec: 400, offRatePerSec: 10, onMs: 700, offMs: 2300 }],
    ['ramp', { kind: 'ramp', startRatePerSec: 0, risePerSec: 20, maxRatePerSec: 300 }],
    [
      'step',
      { kind: 'step', baseRatePerSec: 30, stepRatePerSec: 500, atMs: 4000, durationMs: 6000 },
    ],
    ['sine', { kind: 'sine', meanRatePerSec: 50, amplitudePerSec: 120, periodMs: 7000 }],
  ] as const)('counts the messages a %s pattern makes, within 5%', (_kind, pattern) => {
    // Many fast workers and no limit: every message the pattern asks for is made.
    const sc = scenario({
      durationSec: 40,
      workload: { pattern },
      consumers: { count: 100, service: { kind: 'constant', meanMs: 1 } },
    });
    const sim = createSimulation(sc, { eventCapacity: 0 });
    sim.run(40_000);
    const made = sim.summary().produced;
    expect(patternMessages(sc.workload.pattern, 40_000) / made).toBeCloseTo(1, 1);
  });

  it('is a finite number, at least one sample a sample interval, for any valid scenario', () => {
    fc.assert(
      fc.property(arbitraryScenario, (input) => {
        const sc = scenario(input);
        const e = estimateWork(sc);
        for (const value of Object.values(e))
          expect(Number.isFinite(value) && value >= 0).toBe(true);
        expect(e.timers).toBeGreaterThanOrEqual(
          (sc.durationSec * 1000) / sc.metrics.sampleIntervalMs,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('grows with the duration', () => {
    const short = estimateWork(presetScenario('reject-with-retries'));
    const long = estimateWork({ ...presetScenario('reject-with-retries'), durationSec: 3000 });
    expect(long.events / short.events).toBeCloseTo(100, 6);
  });

  // The example: a day at a million messages a second is about 86 billion events.
  it('makes a day at a million messages a second tens of billions of events', () => {
    const e = estimateWork(
      scenario({
        durationSec: 86_400,
        workload: { pattern: { kind: 'steady', ratePerSec: 1_000_000 } },
      }),
    );
    expect(e.events).toBeGreaterThan(8e10);
    expect(e.events).toBeLessThan(1e11);
  });

  it('counts the work of a pattern with many short segments and no messages', () => {
    const e = estimateWork(
      scenario({
        durationSec: 1000,
        workload: {
          pattern: { kind: 'sine', meanRatePerSec: 0, amplitudePerSec: 0, periodMs: 10 },
        },
      }),
    );
    expect(e.arrivals).toBeLessThan(0.01 * e.patternSegments);
    expect(e.work).toBeGreaterThan(10 * e.events);
  });
});
