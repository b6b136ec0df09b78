/**
 * Pipelines: hand-offs between stages, blocking after service (a full stage holds the consumer above,
 * and in the end the producer), credits over a delay between stages, fire-and-forget drops, losses
 * and timeouts counted where they happen, and the books of every stage balanced at every event.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Engine } from '../engine.ts';
import { parseScenario } from '../parseScenario.ts';
import type { Scenario, ScenarioInput } from '../scenario.ts';
import { arbitraryPipeline } from '../testing/arbitraryPipeline.ts';
import { brokenInvariant } from '../testing/invariants.ts';
import { simulate } from '../testing/simulate.ts';
import { stageGaps } from '../testing/stageConservation.ts';
import { DROP_REASONS, type StageSummary, type Summary } from '../types.ts';

function valid(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

function stages(s: Summary): StageSummary[] {
  if (s.stages === undefined) throw new Error('no stages in the summary');
  return s.stages;
}

const constant = (meanMs: number) => ({ kind: 'constant' as const, meanMs });
const even = (ratePerSec: number) => ({
  pattern: { kind: 'steady' as const, ratePerSec },
  spacing: 'even' as const,
});

describe('a hand-off between stages', () => {
  it('passes every message through each stage in turn: latency is the sum of the services', () => {
    const sim = simulate({
      workload: even(10),
      consumers: { service: constant(20) },
      downstream: [
        { consumers: { service: constant(30) } },
        { consumers: { service: constant(5) } },
      ],
    });
    // The 100th message comes at 10 s and is through at 10.055 s.
    sim.run(10_060);
    const s = sim.summary();
    const [a, b, c] = stages(s) as [StageSummary, StageSummary, StageSummary];
    expect(s.produced).toBe(100);
    expect(s.delivered).toBe(100);
    expect(a.delivered).toBe(100);
    expect(b.entered).toBe(100);
    expect(c.delivered).toBe(100);
    // Nobody waits anywhere: each message is in the chain 20 + 30 + 5 ms.
    expect(s.latencyMs.mean).toBeCloseTo(55, 9);
    expect(s.latencyMs.max).toBeCloseTo(55, 9);
    expect(b.meanWaitMs).toBe(0);
    expect(s.dropped.total).toBe(0);
  });
});

describe('blocking after service', () => {
  // A fast first stage in front of a slow second stage with no room to wait: 10 a second get through.
  const input: ScenarioInput = {
    workload: even(50),
    queue: { capacity: 5, whenFull: 'block' },
    consumers: { count: 1, service: constant(5) },
    downstream: [
      { link: { kind: 'blocking' }, queue: { capacity: 0 }, consumers: { service: constant(100) } },
    ],
  };

  it('holds the consumer above with its finished message, then fills its queue, then holds the producer', () => {
    const sim = simulate(input);
    sim.run(20_000);
    const s = sim.summary();
    const [first, second] = stages(s) as [StageSummary, StageSummary];
    expect(s.dropped.total).toBe(0);
    expect(first.holding).toBe(1);
    expect(first.waiting).toBe(5);
    expect(sim.held).not.toBeNull();
    // The slow stage sets the pace: 10 a second, and its consumer is never idle for long.
    expect(s.throughputPerSec).toBeGreaterThan(9.5);
    expect(s.throughputPerSec).toBeLessThanOrEqual(10);
    expect(second.utilization).toBeGreaterThan(0.95);
    // The first stage's consumer spends most of its time holding a message nobody takes.
    expect(first.blockedFraction).toBeGreaterThan(0.9);
    expect(s.producerBlockedFraction).toBeGreaterThan(0.7);
  });

  it('lets go in turn: the held message moves on the moment the stage below frees', () => {
    const sim = simulate(input);
    sim.run(20_000);
    const before = stages(sim.summary())[1] as StageSummary;
    // Each completion below lets exactly one message in from above.
    sim.run(1_000);
    const after = stages(sim.summary())[1] as StageSummary;
    expect(after.entered - before.entered).toBe(10);
  });

  it('never blocks when the stage below keeps up', () => {
    const sim = simulate({
      ...input,
      downstream: [{ queue: { capacity: 0 }, consumers: { service: constant(1) } }],
    });
    sim.run(10_000);
    const [first] = stages(sim.summary()) as [StageSummary];
    expect(first.blockedFraction).toBe(0);
    expect(sim.summary().producerBlockedFraction).toBe(0);
  });
});

describe('credits over a delay between stages', () => {
  it('lets at most a window of messages into the stage, and paces it by the credits coming back', () => {
    const sim = simulate(
      {
        workload: even(200),
        queue: { capacity: null },
        consumers: { count: 4, service: constant(1) },
        downstream: [
          {
            link: { kind: 'credit', window: 2, delayMs: 99 },
            queue: { capacity: null },
            consumers: { count: 4, service: constant(51) },
          },
        ],
      },
      0,
    );
    let most = 0;
    for (let t = 0; t < 10_000; t = sim.nextEventTime()) {
      sim.advanceTo(t);
      const second = sim.pipeline?.stages[0];
      if (second === undefined) throw new Error('no second stage');
      most = Math.max(most, second.room.count + second.inService + second.holding);
      expect(second.credits + second.creditsOut).toBe(2);
    }
    expect(most).toBe(2);
    // Two messages per round trip of 51 ms of work and 99 ms for the credit to come back: 13⅓ a
    // second, though four consumers below could do 78.
    const s = sim.summary();
    expect(s.throughputPerSec).toBeGreaterThan(13);
    expect(s.throughputPerSec).toBeLessThanOrEqual(13.5);
    expect((stages(s)[0] as StageSummary).blockedFraction).toBeGreaterThan(0.5);
  });
});

describe('fire-and-forget', () => {
  const input = (whenFull: 'reject' | 'drop-oldest'): ScenarioInput => ({
    workload: even(50),
    queue: { capacity: 5, whenFull: 'block' },
    consumers: { service: constant(5) },
    downstream: [
      {
        link: { kind: 'fire-and-forget' },
        queue: { capacity: 3, whenFull },
        consumers: { service: constant(100) },
      },
    ],
  });

  it('never holds the stage above: the full stage below drops, and the drops are counted there', () => {
    const sim = simulate(input('reject'));
    sim.run(10_000);
    const s = sim.summary();
    const [first, second] = stages(s) as [StageSummary, StageSummary];
    expect(first.blockedFraction).toBe(0);
    expect(s.producerBlockedFraction).toBe(0);
    expect(first.dropped.total).toBe(0);
    expect(second.dropped.rejected).toBeGreaterThan(300);
    expect(second.dropped.rejected).toBe(s.dropped.rejected);
    expect(s.delivered).toBeLessThanOrEqual(100);
  });

  it('evicts the oldest waiting message under drop-oldest', () => {
    const sim = simulate(input('drop-oldest'));
    sim.run(10_000);
    const [, second] = stages(sim.summary()) as [StageSummary, StageSummary];
    expect(second.dropped['evicted-oldest']).toBeGreaterThan(300);
    expect(second.dropped.rejected).toBe(0);
  });
});

describe('losses and timeouts, where they happen', () => {
  it('counts a requester giving up at the stage its message is in', () => {
    const sim = simulate({
      workload: even(20),
      consumers: { service: constant(1) },
      requester: { timeoutMs: 150 },
      downstream: [{ queue: { capacity: null }, consumers: { service: constant(100) } }],
    });
    sim.run(10_000);
    const s = sim.summary();
    const [first, second] = stages(s) as [StageSummary, StageSummary];
    expect(first.timedOut).toBe(0);
    expect(second.timedOut).toBeGreaterThan(50);
    expect(second.timedOut).toBe(s.timedOut);
    expect(second.dropped['timed-out']).toBe(s.dropped['timed-out']);
  });

  it('drops a copy wherever it is when the deadline propagates, a blocked consumer’s included', () => {
    const sim = simulate(
      {
        workload: even(50),
        queue: { capacity: 5, whenFull: 'block' },
        consumers: { service: constant(5) },
        requester: { timeoutMs: 120, propagateDeadline: true },
        downstream: [{ queue: { capacity: 2 }, consumers: { service: constant(60) } }],
      },
      0,
    );
    for (let t = 0; t < 5_000; t = sim.nextEventTime()) {
      sim.advanceTo(t);
      const broken = brokenInvariant(sim);
      if (broken !== null) expect.fail(`at ${t}: ${broken}`);
      expect(stageGaps(sim)).toEqual([0, 0]);
    }
    expect(sim.summary().discarded).toBeGreaterThan(0);
  });
});

/** Steps a run event by event, checking the engine's books and every stage's after each. */
function stepAndCheck(sim: Engine, untilMs: number, maxEvents: number): void {
  for (let i = 0; i < maxEvents; i++) {
    const t = sim.nextEventTime();
    if (t > untilMs) break;
    sim.advanceTo(t);
    const broken = brokenInvariant(sim);
    if (broken !== null) expect.fail(`at t = ${t}: ${broken}`);
    const gaps = stageGaps(sim);
    if (gaps.some((g) => g !== 0))
      expect.fail(`at t = ${t}: stage books off by ${gaps.join(', ')}`);
  }
  sim.advanceTo(untilMs);
}

describe('every pipeline', () => {
  it('keeps the books of every stage and end to end at every event', () => {
    fc.assert(
      fc.property(arbitraryPipeline, (input) => {
        const sim = createSimulation(valid(input), { eventCapacity: 0 });
        stepAndCheck(sim, 3_000, 3_000);
        const s = sim.summary();
        const per = stages(s);
        // Drops by stage add up to the drops end to end, reason by reason.
        for (const r of DROP_REASONS)
          expect(per.reduce((n, st) => n + st.dropped[r], 0)).toBe(s.dropped[r]);
        expect(per.reduce((n, st) => n + st.timedOut, 0)).toBe(s.timedOut);
        // What one stage hands on, the next takes in.
        for (let i = 1; i < per.length; i++)
          expect((per[i] as StageSummary).entered).toBe((per[i - 1] as StageSummary).delivered);
      }),
      { numRuns: 60 },
    );
  }, 90_000);

  it('gives the same run for the same scenario and seed, however it is stepped', () => {
    fc.assert(
      fc.property(
        arbitraryPipeline,
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 }),
        (input, steps) => {
          const scenario = valid(input);
          const whole = createSimulation(scenario, { eventCapacity: 0 });
          whole.run(3_000);
          const stepped = createSimulation(structuredClone(scenario), { eventCapacity: 0 });
          for (const step of steps) stepped.advanceTo(Math.min(3_000, stepped.now + step));
          stepped.advanceTo(3_000);
          expect(stepped.summary()).toEqual(whole.summary());
        },
      ),
      { numRuns: 30 },
    );
  }, 60_000);
});

describe('a scenario without stages', () => {
  it('parses to the same object as before, with no downstream field, and its summary has no stages', () => {
    const parsed = valid({});
    expect('downstream' in parsed).toBe(false);
    const sim = createSimulation(parsed, { eventCapacity: 0 });
    expect(sim.pipeline).toBeNull();
    sim.run(1_000);
    expect('stages' in sim.summary()).toBe(false);
  });

  it('runs bit for bit as with an empty list of stages', () => {
    const input: ScenarioInput = {
      workload: { pattern: { kind: 'steady', ratePerSec: 120 } },
      queue: { capacity: 20, whenFull: 'drop-oldest' },
      consumers: { count: 2 },
      requester: { timeoutMs: 200 },
    };
    const a = simulate(input);
    const b = simulate({ ...input, downstream: [] });
    a.run(5_000);
    b.run(5_000);
    expect(b.summary()).toEqual(a.summary());
  });
});
