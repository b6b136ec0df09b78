/**
 * Nginx's limit_req, statement by statement, as real nginx behaves with `rate=1r/s`: first the
 * limiter alone, then requests through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from './engine.ts';
import { LimitReq, REFUSED, type LimitReqSettings } from './limitReq.ts';
import { parseScenario } from './parseScenario.ts';
import type { ScenarioInput } from './scenario.ts';
import { DROP_REASONS } from './types.ts';
import { brokenInvariant } from './testing/invariants.ts';
import { conservationGap } from './testing/conservation.ts';

const nginx = (settings: Partial<LimitReqSettings>): LimitReqSettings => ({
  ratePerSec: 1,
  burst: 0,
  delay: 0,
  nodelay: false,
  ...settings,
});

/** What the limiter says to `n` requests arriving together at `at` ms. */
function together(limiter: LimitReq, settings: LimitReqSettings, n: number, at = 0): number[] {
  return Array.from({ length: n }, () => limiter.admit(at, settings));
}

describe('limit_req alone (rate=1r/s)', () => {
  it('burst=5: six at once are all served, one now and five a second apart; a seventh gets 503', () => {
    expect(together(new LimitReq(), nginx({ burst: 5 }), 7)).toEqual([
      0,
      1000,
      2000,
      3000,
      4000,
      5000,
      REFUSED,
    ]);
  });

  it('burst=5 nodelay: six at once are served at once, the seventh refused', () => {
    expect(together(new LimitReq(), nginx({ burst: 5, nodelay: true }), 7)).toEqual([
      0,
      0,
      0,
      0,
      0,
      0,
      REFUSED,
    ]);
  });

  it('no burst: one is served and the rest refused', () => {
    expect(together(new LimitReq(), nginx({}), 4)).toEqual([0, REFUSED, REFUSED, REFUSED]);
  });

  it('burst=5 delay=2: the first three go on at once, the next three wait their turn', () => {
    expect(together(new LimitReq(), nginx({ burst: 5, delay: 2 }), 7)).toEqual([
      0,
      0,
      0,
      1000,
      2000,
      3000,
      REFUSED,
    ]);
  });

  it('drains at the rate: a place frees each second, and a quiet spell empties it', () => {
    const limiter = new LimitReq();
    const settings = nginx({ burst: 2, nodelay: true });
    expect(together(limiter, settings, 4)).toEqual([0, 0, 0, REFUSED]);
    // Half a second is half a place: still full.
    expect(limiter.admit(500, settings)).toBe(REFUSED);
    expect(together(limiter, settings, 2, 1000)).toEqual([0, REFUSED]);
    expect(together(limiter, settings, 4, 60_000)).toEqual([0, 0, 0, REFUSED]);
  });

  it('refused requests take no place: a steady flood still gets exactly the rate through', () => {
    const limiter = new LimitReq();
    const settings = nginx({ ratePerSec: 10, burst: 0 });
    let served = 0;
    // 100 requests a second for 10 s: every 10 ms.
    for (let t = 0; t < 10_000; t += 10) if (limiter.admit(t, settings) !== REFUSED) served++;
    expect(served).toBe(100);
  });

  it('counts in whole milliseconds, as nginx does', () => {
    const settings = nginx({ burst: 0 });
    // 999.7 ms after the first is still within 999 whole ms of it: not yet a full second.
    const early = new LimitReq();
    expect([early.admit(0.2, settings), early.admit(999.9, settings)]).toEqual([0, REFUSED]);
    const onTime = new LimitReq();
    expect([onTime.admit(0.2, settings), onTime.admit(1000.1, settings)]).toEqual([0, 0]);
  });
});

/** Requests arriving together: `n` of them within the first millisecond, then nothing. */
function simultaneous(n: number, rateLimit: ScenarioInput['rateLimit']): ScenarioInput {
  return {
    durationSec: 10,
    workload: {
      // n + 0.5 a millisecond for 1 ms: n requests, all within the first whole ms.
      pattern: {
        kind: 'bursty',
        onRatePerSec: (n + 0.5) * 1000,
        offRatePerSec: 0,
        onMs: 1,
        offMs: 1e7,
      },
      spacing: 'even',
    },
    queue: { capacity: 100, whenFull: 'reject' },
    consumers: { count: 8, service: { kind: 'constant', meanMs: 10 } },
    rateLimit,
  };
}

/** Runs a scenario and lists when each request started processing, and the drops by reason. */
function run(input: ScenarioInput) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const sim = createSimulation(parsed.value, { eventCapacity: 1 << 12 });
  const starts: number[] = [];
  const refusedAt: number[] = [];
  let cursor = 0;
  for (let t = 0; t < 10_000; t += 50) {
    sim.advanceTo(t);
    const broken = brokenInvariant(sim);
    if (broken !== null) throw new Error(broken);
    expect(conservationGap(sim)).toBe(0);
    ({ cursor } = sim.events!.readSince(cursor, (e) => {
      if (e.kind === 'start') starts.push(e.time);
      if (e.kind === 'drop' && DROP_REASONS[e.a] === 'rate-limited') refusedAt.push(e.time);
    }));
  }
  return { starts, refusedAt, summary: sim.summary() };
}

describe('limit_req in front of the consumers (rate=1r/s)', () => {
  const seconds = (times: number[]) => times.map((t) => Math.floor(t / 1000));

  it('burst=5: six requests together are all served, one at once and five a second apart', () => {
    const { starts, summary } = run(simultaneous(6, { ratePerSec: 1, burst: 5 }));
    expect(summary.produced).toBe(6);
    expect(seconds(starts)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(summary.delivered).toBe(6);
    expect(summary.dropped.total).toBe(0);
  });

  it('burst=5: a seventh request is refused at once', () => {
    const { starts, refusedAt, summary } = run(simultaneous(7, { ratePerSec: 1, burst: 5 }));
    expect(summary.produced).toBe(7);
    expect(seconds(starts)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(refusedAt).toHaveLength(1);
    expect(refusedAt[0]).toBeLessThan(1);
    expect(summary.dropped['rate-limited']).toBe(1);
  });

  it('burst=5 nodelay: six are served at once and the seventh refused', () => {
    const { starts, refusedAt, summary } = run(
      simultaneous(7, { ratePerSec: 1, burst: 5, nodelay: true }),
    );
    expect(seconds(starts)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(refusedAt).toHaveLength(1);
    expect(summary.delivered).toBe(6);
  });

  it('no burst: one is served and the rest refused', () => {
    const { starts, summary } = run(simultaneous(6, { ratePerSec: 1, burst: 0 }));
    expect(seconds(starts)).toEqual([0]);
    expect(summary.dropped['rate-limited']).toBe(5);
  });

  it('counts the delayed requests as in the system while they wait, and in their latency', () => {
    const parsed = parseScenario(simultaneous(6, { ratePerSec: 1, burst: 5 }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const sim = createSimulation(parsed.value, { eventCapacity: 0 });
    sim.run(2_500);
    // Two have gone on (at 0 s and 1 s); three of the delayed still wait their turn.
    expect(sim.summary().rateDelayed).toBe(3);
    expect(sim.inspect().rateDelayed).toBe(3);
    sim.run(7_500);
    const s = sim.summary();
    expect(s.rateDelayed).toBe(0);
    // The last waited 5 s and took 10 ms.
    expect(s.latencyMs.max).toBeGreaterThan(5_000);
  });
});
