/**
 * theoryFor: which scenarios theory solves, how a scenario maps onto a model (capacity counts only
 * waiting messages, so K = capacity + c), the reasons it gives otherwise, and properties of what it
 * returns over random scenarios.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parseScenario.ts';
import { PRESETS, presetScenario } from './presets.ts';
import type { Scenario, ScenarioInput } from './scenario.ts';
import { arbitraryScenario } from './testing/arbitraryScenario.ts';
import {
  laneRates,
  solveMG1,
  solveMG1K,
  solveMMc,
  solveMMcK,
  theoryFor,
  type Expected,
  type Theory,
} from './theory.ts';

function scenario(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const steady = (ratePerSec: number) => ({ pattern: { kind: 'steady' as const, ratePerSec } });

function expectSteady(theory: Theory): Extract<Theory, { kind: 'steady' }> {
  if (theory.kind !== 'steady')
    throw new Error(`expected a steady state, got ${JSON.stringify(theory)}`);
  return theory;
}

function reasonsOf(theory: Theory): string[] {
  if (theory.kind !== 'unsolvable') throw new Error(`expected reasons, got ${theory.kind}`);
  return theory.reasons;
}

function close(actual: number, expected: number, tolerance = 1e-12): void {
  const error = expected === 0 ? Math.abs(actual) : Math.abs(actual / expected - 1);
  expect(error, `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** The identities every expected result satisfies, whatever the model. */
function expectConsistent(e: Expected): void {
  // A queue that drops waiting messages has no waiting times to give (NaN); everything else is a number.
  const timed = !Number.isNaN(e.meanWaitMs) || !Number.isNaN(e.meanLatencyMs);
  for (const [k, v] of Object.entries(e))
    if (timed || (k !== 'meanWaitMs' && k !== 'meanLatencyMs'))
      expect(Number.isFinite(v), `${k}: ${JSON.stringify(e)}`).toBe(true);
  for (const p of [e.utilisation, e.rejectedFraction, e.lostFraction, e.producerBlockedFraction]) {
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
  }
  // Every rejection is a loss; a dropping queue loses without rejecting.
  if (timed) expect(e.lostFraction).toBe(e.rejectedFraction);
  else expect(e.rejectedFraction).toBe(0);
  const X = e.throughputPerSec / 1000;
  const scale = Math.max(1, e.meanInSystem);
  if (timed) {
    // Little's law over the time from creation: a blocked producer's held message counts as in the system.
    expect(Math.abs(e.meanInSystem + e.producerBlockedFraction - X * e.meanLatencyMs)).toBeLessThan(
      1e-9 * scale,
    );
    expect(Math.abs(e.meanQueueLength - X * e.meanWaitMs)).toBeLessThan(1e-9 * scale);
  }
  expect(e.meanQueueLength).toBeLessThanOrEqual(e.meanInSystem + 1e-12);
  close(X, (e.arrivalRatePerSec / 1000) * (1 - e.lostFraction - e.producerBlockedFraction), 1e-9);
}

describe('theoryFor: the model a scenario maps to', () => {
  it('reads the defaults as M/M/1/51: 100/s into 20 ms exponential service, 50 waiting, reject', () => {
    const t = expectSteady(theoryFor(scenario({})));
    expect(t.model).toBe('M/M/1/51');
    expect(t.policy).toBe('reject');
    const exact = solveMMcK(0.1, 20, 1, 51).steady;
    close(t.expected.rejectedFraction, exact.fullProbability);
    close(t.expected.meanInSystem, exact.meanInSystem);
    close(t.expected.meanLatencyMs, exact.meanTimeInSystemMs);
    close(t.expected.throughputPerSec, exact.throughputPerMs * 1000);
    expect(t.description).toContain('room for 50 waiting (51 in all)');
    expectConsistent(t.expected);
  });

  it('counts the workers into K, so capacity 9 with one worker is the reference M/M/1/10', () => {
    const t = expectSteady(
      theoryFor(
        scenario({
          workload: steady(900),
          queue: { capacity: 9, whenFull: 'reject' },
          consumers: { count: 1, service: { kind: 'exponential', meanMs: 1 } },
        }),
      ),
    );
    expect(t.model).toBe('M/M/1/10');
    // shared/reference/queueing.md, first row.
    close(t.expected.rejectedFraction, 0.0508137, 6e-6);
    close(t.expected.meanLatencyMs, 4.6466, 6e-6);
    close(t.expected.throughputPerSec, 854.268, 6e-6);
  });

  it('reads capacity 3 with two workers as the reference M/M/2/5', () => {
    const t = expectSteady(
      theoryFor(
        scenario({
          workload: steady(1600),
          queue: { capacity: 3 },
          consumers: { count: 2, service: { kind: 'exponential', meanMs: 1 } },
        }),
      ),
    );
    expect(t.model).toBe('M/M/2/5');
    close(t.expected.rejectedFraction, 0.102744, 6e-6);
    close(t.expected.meanInSystem, 2.16124, 6e-6);
  });

  it('uses Erlang C for an unbounded queue and Pollaczek–Khinchine for one constant-time worker', () => {
    const mm2 = expectSteady(
      theoryFor(
        scenario({
          workload: steady(1600),
          queue: { capacity: null },
          consumers: { count: 2, service: { kind: 'exponential', meanMs: 1 } },
        }),
      ),
    );
    expect(mm2.model).toBe('M/M/2');
    close(mm2.expected.meanLatencyMs, 2.77778, 6e-6);
    const md1 = expectSteady(
      theoryFor(
        scenario({
          workload: steady(40),
          queue: { capacity: null },
          consumers: { service: { kind: 'constant', meanMs: 20 } },
        }),
      ),
    );
    expect(md1.model).toBe('M/D/1');
    close(
      md1.expected.meanQueueLength,
      solveMG1(0.04, { kind: 'constant', meanMs: 20 }).steady.meanWaiting,
    );
    close(md1.expected.meanQueueLength, solveMMc(0.04, 20, 1).steady.meanWaiting / 2);
  });

  it('solves M/D/1/K and uniform service with one worker, and M/D/c with no limit', () => {
    const md1k = expectSteady(
      theoryFor(
        scenario({
          queue: { capacity: 10 },
          consumers: { service: { kind: 'constant', meanMs: 12 } },
        }),
      ),
    );
    expect(md1k.model).toBe('M/D/1/11');
    close(
      md1k.expected.rejectedFraction,
      solveMG1K(0.1, { kind: 'constant', meanMs: 12 }, 11)!.steady.fullProbability,
    );
    expect(
      expectSteady(
        theoryFor(scenario({ consumers: { service: { kind: 'uniform', minMs: 5, maxMs: 15 } } })),
      ).model,
    ).toBe('M/G/1/51');
    expect(
      expectSteady(
        theoryFor(
          scenario({
            queue: { capacity: null },
            consumers: { count: 3, service: { kind: 'constant', meanMs: 20 } },
          }),
        ),
      ).model,
    ).toBe('M/D/3');
  });

  it('treats a blocked producer as one more place, and its share of time as the blocking', () => {
    const t = expectSteady(
      theoryFor(
        scenario({
          workload: steady(65),
          queue: { capacity: 20, whenFull: 'block' },
          consumers: { service: { kind: 'exponential', meanMs: 20 } },
        }),
      ),
    );
    expect(t.policy).toBe('block');
    const extended = solveMMcK(0.065, 20, 1, 22).steady;
    close(t.expected.producerBlockedFraction, extended.fullProbability);
    expect(t.expected.rejectedFraction).toBe(0);
    close(t.expected.meanInSystem, extended.meanInSystem - extended.fullProbability);
    close(t.expected.meanLatencyMs, extended.meanTimeInSystemMs);
    expect(t.notes.join(' ')).toContain('holds one message');
    expectConsistent(t.expected);
  });

  it('splits per-key lanes by keys when the queue has no limit', () => {
    expect(laneRates(1, 8, 3)).toEqual([3 / 8, 3 / 8, 2 / 8]);
    const t = expectSteady(
      theoryFor(
        scenario({
          workload: { ...steady(100), keyCount: 8 },
          queue: { capacity: null },
          consumers: {
            count: 3,
            ordering: 'per-key',
            service: { kind: 'exponential', meanMs: 20 },
          },
        }),
      ),
    );
    expect(t.model).toBe('M/M/1 × 3 lanes');
    const lanes = laneRates(0.1, 8, 3).map((l) => solveMMc(l, 20, 1).steady);
    close(
      t.expected.meanInSystem,
      lanes.reduce((s, l) => s + l.meanInSystem, 0),
    );
    close(t.expected.utilisation, (0.1 * 20) / 3);
    expect(t.notes.join(' ')).toContain('2 to 3 keys each of 8');
    expectConsistent(t.expected);
  });

  it('with one worker ignores per-key ordering', () => {
    const plain = theoryFor(scenario({}));
    const perKey = theoryFor(scenario({ consumers: { ordering: 'per-key' } }));
    expect(perKey).toEqual(plain);
  });

  it('accepts patterns whose rate never actually changes', () => {
    for (const pattern of [
      { kind: 'bursty', onRatePerSec: 50, offRatePerSec: 50 },
      { kind: 'ramp', startRatePerSec: 50, risePerSec: 0 },
      { kind: 'ramp', startRatePerSec: 80, maxRatePerSec: 50 },
      { kind: 'step', baseRatePerSec: 50, stepRatePerSec: 50 },
      { kind: 'sine', meanRatePerSec: 50, amplitudePerSec: 0 },
    ] as const)
      close(
        expectSteady(theoryFor(scenario({ workload: { pattern } }))).expected.arrivalRatePerSec,
        50,
      );
  });

  it('gives the limits when the producer sends nothing', () => {
    const t = expectSteady(theoryFor(scenario({ workload: steady(0) })));
    expect(t.expected.meanInSystem).toBe(0);
    expect(t.expected.rejectedFraction).toBe(0);
    expect(t.expected.meanLatencyMs).toBe(20);
  });
});

describe('theoryFor: no steady state', () => {
  it('says the queue grows without end, and how fast, when an unbounded queue is overloaded', () => {
    const t = theoryFor(scenario({ workload: steady(130), queue: { capacity: null } }));
    expect(t.kind).toBe('unstable');
    if (t.kind !== 'unstable') return;
    expect(t.message).toContain('no steady state'.replace('no', 'No'));
    expect(t.message).toContain('grows without end');
    close(t.growthPerSec, 130 - 50);
    close(t.throughputPerSec, 50);
    close(t.utilisation, 1);
  });
  it('at exactly ρ = 1 says the queue drifts rather than grows at a rate', () => {
    const t = theoryFor(scenario({ workload: steady(50), queue: { capacity: null } }));
    expect(t.kind === 'unstable' && t.message).toContain('drifts ever higher');
  });
  it('finds an overloaded lane even when the workers together could keep up', () => {
    const t = theoryFor(
      scenario({
        workload: { ...steady(60), keyCount: 1 },
        queue: { capacity: null },
        consumers: { count: 2, ordering: 'per-key' },
      }),
    );
    expect(t.kind).toBe('unstable');
    if (t.kind !== 'unstable') return;
    close(t.growthPerSec, 10);
    close(t.utilisation, 0.5);
  });
  it('warns that a memory budget will run out (the no-backpressure preset)', () => {
    const t = theoryFor(presetScenario('no-backpressure'));
    expect(t.kind).toBe('unstable');
    if (t.kind !== 'unstable') return;
    // 1,000,000 bytes of messages of 2,048 to 8,192 bytes, 5,120 on average: about 196 fit; if
    // all were of the largest size only 122 would, and the 123rd may not.
    expect(t.notes.join(' ')).toContain(
      'once about 196 messages wait (as few as 123 if they are all of the largest size)',
    );
  });
  it('gives the one crash depth when every message is the same size', () => {
    const t = theoryFor(
      scenario({
        workload: { ...steady(120), sizeBytes: { min: 1000, max: 1000 } },
        queue: { capacity: null, memoryBudgetBytes: 50_000 },
      }),
    );
    expect(t.kind).toBe('unstable');
    if (t.kind !== 'unstable') return;
    expect(t.notes.join(' ')).toContain('the consumer crashes once 51 messages wait.');
  });
});

describe('theoryFor: memory budget below the limit', () => {
  const withBudget = (budget: number, ratePerSec: number, capacity: number | null = null) =>
    theoryFor(
      scenario({
        workload: { ...steady(ratePerSec), sizeBytes: { min: 1000, max: 1000 } },
        queue: { capacity, memoryBudgetBytes: budget },
      }),
    );
  it('says nothing when a full queue still fits', () => {
    expect(expectSteady(withBudget(50_000, 40, 50)).notes).toEqual([]);
  });
  it('notes a budget the queue reaches less than once a day', () => {
    // ρ = 0.5: P(N = 201) = 0.5 · 0.5²⁰¹, far below once a day.
    expect(expectSteady(withBudget(200_000, 25)).notes.join(' ')).toContain(
      'less than once a simulated day',
    );
  });
  it('gives up, saying how often, when the queue would often outgrow the budget', () => {
    // ρ = 0.9, crash at 21 waiting: P(N = 21) = 0.1 · 0.9²¹ ≈ 0.011, so about every 2.4 s at 45/s.
    const [reason] = reasonsOf(withBudget(20_000, 45));
    expect(reason).toMatch(/about once every 2\.\d+ s on average/);
  });
  it('cannot tell for lognormal service, which has no distribution here', () => {
    const [reason] = reasonsOf(
      theoryFor(
        scenario({
          workload: steady(50),
          queue: { capacity: null, memoryBudgetBytes: 100_000 },
          consumers: { service: { kind: 'lognormal', meanMs: 10 } },
        }),
      ),
    );
    expect(reason).toContain('cannot tell how often');
  });
});

describe('theoryFor: a queue that drops a waiting message for each newcomer', () => {
  for (const [whenFull, who] of [
    ['drop-oldest', 'the oldest waiting message'],
    ['drop-youngest', 'the newest waiting message'],
    ['drop-lowest-priority', 'the lowest-priority message'],
  ] as const)
    it(`solves ${whenFull} as the same queue rejecting newcomers, without waiting times`, () => {
      const input = {
        workload: steady(900),
        consumers: { service: { kind: 'exponential' as const, meanMs: 1 } },
      };
      const rejecting = expectSteady(
        theoryFor(scenario({ ...input, queue: { capacity: 9, whenFull: 'reject' } })),
      );
      const t = expectSteady(theoryFor(scenario({ ...input, queue: { capacity: 9, whenFull } })));
      expect(t.model).toBe('M/M/1/10');
      expect(t.policy).toBe('drop');
      expect(t.description).toContain(`when it is full, ${who} is dropped for each newcomer`);
      // The reference M/M/1/K values (shared/reference/queueing.md): P_K 0.0508137, L 3.96944.
      expect(t.expected.lostFraction).toBeCloseTo(0.0508137, 6);
      expect(t.expected.meanInSystem).toBeCloseTo(3.96944, 5);
      for (const q of [
        'lostFraction',
        'meanInSystem',
        'meanQueueLength',
        'throughputPerSec',
      ] as const)
        expect(t.expected[q]).toBe(rejecting.expected[q]);
      expect(t.expected.rejectedFraction).toBe(0);
      expect(t.expected.meanWaitMs).toBeNaN();
      expect(t.expected.meanLatencyMs).toBeNaN();
      expect(t.notes.join(' ')).toContain(
        'changes which message is lost, not how many or when: the number in the system moves exactly as when newcomers are rejected',
      );
      expectConsistent(t.expected);
    });
});

describe('theoryFor: the reasons it gives otherwise', () => {
  const cases: [string, ScenarioInput, RegExp][] = [
    ['a ramp', { workload: { pattern: { kind: 'ramp' } } }, /ramps up/],
    ['bursts', { workload: { pattern: { kind: 'bursty' } } }, /bursts \(300\/s, then 20\/s\)/],
    ['a sine', { workload: { pattern: { kind: 'sine' } } }, /swings up and down/],
    ['a step', { workload: { pattern: { kind: 'step' } } }, /steps from 50\/s to 300\/s/],
    ['even spacing', { workload: { spacing: 'even' } }, /evenly spaced/],
    ['an autoscaler', { consumers: { autoscale: {} } }, /autoscaler/],
    ['watermark feedback', { feedback: { kind: 'watermark' } }, /signals from the queue/],
    ['credits', { feedback: { kind: 'credit' } }, /credits/],
    ['a rate limit', { rateLimit: {} }, /rate limit/],
    ['retries', { retry: { kind: 'fixed' } }, /retries/],
    ['expiry', { queue: { maxAgeMs: 500 } }, /expire after 500 ms/],
    ['conflation', { queue: { conflateByKey: true } }, /Conflation/],
    ['drop-all', { queue: { whenFull: 'drop-all' } }, /empties the whole queue/],
    [
      'uniform service with two workers',
      { consumers: { count: 2, service: { kind: 'uniform' } } },
      /uniform; with more than one worker/,
    ],
    [
      'lognormal service with a bounded queue',
      { consumers: { service: { kind: 'lognormal' } } },
      /lognormal; with a bounded queue/,
    ],
    [
      'constant service with two workers and a bounded queue',
      { consumers: { count: 2, service: { kind: 'constant' } } },
      /Constant processing times with several workers/,
    ],
    [
      'per-key lanes sharing a bounded queue',
      { consumers: { count: 2, ordering: 'per-key' } },
      /lanes share one bounded queue/,
    ],
  ];
  for (const [what, input, pattern] of cases)
    it(`names ${what}`, () => {
      const reasons = reasonsOf(theoryFor(scenario(input)));
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toMatch(pattern);
    });

  it('lists every reason at once', () => {
    expect(reasonsOf(theoryFor(presetScenario('nginx-limit-req')))).toHaveLength(2);
    expect(
      reasonsOf(
        theoryFor(
          scenario({
            workload: { pattern: { kind: 'ramp' }, spacing: 'even' },
            queue: { maxAgeMs: 100, conflateByKey: true },
            feedback: { kind: 'credit' },
          }),
        ),
      ),
    ).toHaveLength(5);
  });

  it('ignores retries and drop policies that can never come into play', () => {
    // With no limit, no budget and no rate limit nothing is ever turned away or dropped.
    const t = theoryFor(
      scenario({
        workload: steady(30),
        queue: { capacity: null, whenFull: 'drop-oldest' },
        retry: { kind: 'fixed' },
      }),
    );
    expect(t.kind).toBe('steady');
  });

  it('solves the presets theory covers and explains the others', () => {
    const solvable = PRESETS.filter(
      (p) => theoryFor(presetScenario(p.id)).kind !== 'unsolvable',
    ).map((p) => p.id);
    expect(solvable).toEqual([
      'no-backpressure',
      'block',
      'drop-oldest',
      'drop-youngest',
      'drop-lowest-priority',
      'actor-mailbox-block',
      'actor-mailbox-dead-letters',
    ]);
  });
});

/** Scenarios inside theory's reach (at most 80 arrivals per processing time), parameters drawn at random. */
const solvableScenario = fc
  .record({
    ratePerSec: fc.integer({ min: 0, max: 400 }),
    service: fc.oneof(
      fc.record({
        kind: fc.constant('exponential' as const),
        meanMs: fc.integer({ min: 1, max: 200 }),
      }),
      fc.record({
        kind: fc.constant('constant' as const),
        meanMs: fc.integer({ min: 1, max: 200 }),
      }),
      fc.record({
        kind: fc.constant('uniform' as const),
        minMs: fc.integer({ min: 0, max: 50 }),
        maxMs: fc.integer({ min: 50, max: 100 }),
      }),
    ),
    count: fc.integer({ min: 1, max: 12 }),
    capacity: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
    whenFull: fc.constantFrom(
      'reject' as const,
      'block' as const,
      'drop-oldest' as const,
      'drop-youngest' as const,
    ),
    ordering: fc.constantFrom('none' as const, 'per-key' as const),
    keyCount: fc.integer({ min: 1, max: 30 }),
  })
  .map((p): ScenarioInput => ({
    workload: { ...steady(p.ratePerSec), keyCount: p.keyCount },
    queue: { capacity: p.capacity, whenFull: p.whenFull },
    consumers: {
      count: p.service.kind === 'exponential' || p.capacity === null ? p.count : 1,
      service:
        p.service.kind === 'uniform' && p.capacity === null
          ? { kind: 'constant', meanMs: 20 }
          : p.service,
      ordering: p.capacity === null ? p.ordering : 'none',
    },
  }));

describe('theoryFor: properties', () => {
  it('never throws, and every reason is a sentence', () => {
    fc.assert(
      fc.property(arbitraryScenario, (input) => {
        const t = theoryFor(scenario(input));
        if (t.kind === 'unsolvable') {
          expect(t.reasons.length).toBeGreaterThan(0);
          for (const r of t.reasons) expect(r).toMatch(/^[A-Z].*[.)]$/);
        }
        if (t.kind === 'steady') expectConsistent(t.expected);
      }),
      { numRuns: 300 },
    );
  });
  it('solves every scenario in its reach: finite, probabilities in [0, 1], L = λ_eff·W', () => {
    fc.assert(
      fc.property(solvableScenario, (input) => {
        const t = theoryFor(scenario(input));
        expect(t.kind, JSON.stringify(t)).not.toBe('unsolvable');
        if (t.kind === 'steady') expectConsistent(t.expected);
        if (t.kind === 'unstable') {
          expect(t.utilisation).toBeLessThanOrEqual(1);
          expect(t.growthPerSec).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
