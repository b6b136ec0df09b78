/**
 * Pipelines against Jackson's tandem: with Poisson arrivals, unlimited queues and exponential
 * processing (the last stage may be any single-worker kind), each stage is a queue of its own at the
 * arrival rate (Burke's theorem) and the means add up end to end. Tolerances as in theory.test.ts:
 * each seed's run after a warm-up is cut into batches, and the pooled estimate must lie within z = 4
 * standard errors of the batch means, that standard error being small enough to tell a wrong model.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, type Engine } from '../engine.ts';
import { parseScenario } from '../parseScenario.ts';
import type { Scenario, ScenarioInput } from '../scenario.ts';
import { theoryFor } from '../theory.ts';

const Z = 4;
const SEEDS = [11, 22, 33];
const WARM_UP_MS = 2_000;
const BATCHES_PER_SEED = 20;

function parse(input: ScenarioInput, seed?: number): Scenario {
  const parsed = parseScenario(seed === undefined ? input : { ...input, seed });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** Running sums: end to end, and per stage (depth area, waits). */
function totals(sim: Engine): number[] {
  const chain = sim.pipeline;
  if (chain === null) throw new Error('not a pipeline');
  const area = sim.integralsNow();
  const now = sim.now;
  const out = [
    area.elapsed,
    sim.meter.latency.sum,
    sim.meter.deliveredCount,
    area.systemArea + chain.extraSystemAreaAt(now),
    area.depthArea,
    sim.meter.waitSum,
    sim.meter.waitCount,
  ];
  for (const s of chain.stages) {
    const m = s.meter;
    out.push(m.depthArea + s.room.count * Math.max(0, now - m.at), m.waitSum, m.waitCount);
  }
  return out;
}

interface Estimate {
  value: number;
  standardError: number;
}

/** Ratios of differences over each batch, pooled, with their batch-means standard error. */
function measure(input: ScenarioInput, ratePerSec: number, arrivalsPerSeed: number) {
  const batchMs = (arrivalsPerSeed / ratePerSec) * (1000 / BATCHES_PER_SEED);
  const stageCount = (input.downstream?.length ?? 0) + 1;
  const pairs: Record<string, [number, number][]> = {};
  const add = (name: string, n: number, d: number) => (pairs[name] ??= []).push([n, d]);
  for (const seed of SEEDS) {
    const sim = createSimulation(parse(input, seed), { eventCapacity: 0 });
    sim.run(WARM_UP_MS);
    let before = totals(sim);
    for (let b = 0; b < BATCHES_PER_SEED; b++) {
      sim.run(batchMs);
      const after = totals(sim);
      const d = (i: number) => (after[i] as number) - (before[i] as number);
      add('latency', d(1), d(2));
      add('inSystem', d(3), d(0));
      for (let s = 0; s < stageCount; s++) {
        add(`queue${s}`, d(4 + 3 * s), d(0));
        add(`wait${s}`, d(5 + 3 * s), d(6 + 3 * s));
      }
      before = after;
    }
  }
  const out: Record<string, Estimate> = {};
  for (const [name, list] of Object.entries(pairs)) {
    const pooled = list.reduce((a, [n]) => a + n, 0) / list.reduce((a, [, m]) => a + m, 0);
    const xs = list.map(([n, m]) => (m > 0 ? n / m : pooled));
    const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
    const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
    out[name] = { value: pooled, standardError: Math.sqrt(variance / xs.length) };
  }
  return out;
}

function expectClose(
  name: string,
  e: Estimate | undefined,
  exact: number,
  precision: number,
): void {
  if (e === undefined) throw new Error(`nothing measured for ${name}`);
  expect(
    e.standardError,
    `${name}: standard error ${e.standardError} too large to tell`,
  ).toBeLessThanOrEqual(precision * exact);
  expect(
    Math.abs(e.value - exact),
    `${name}: ${e.value} vs ${exact} (z·SE = ${Z * e.standardError})`,
  ).toBeLessThanOrEqual(Z * e.standardError);
}

const exponential = (meanMs: number) => ({ kind: 'exponential' as const, meanMs });

function tandem(
  ratePerSec: number,
  stages: { meanMs: number; workers?: number; constant?: boolean }[],
): ScenarioInput {
  const [first, ...later] = stages.map((s) => ({
    count: s.workers ?? 1,
    service:
      s.constant === true ? { kind: 'constant' as const, meanMs: s.meanMs } : exponential(s.meanMs),
  }));
  return {
    workload: { pattern: { kind: 'steady', ratePerSec }, spacing: 'poisson' },
    queue: { capacity: null },
    consumers: first,
    downstream: later.map((consumers) => ({ queue: { capacity: null }, consumers })),
  };
}

const CASES: [string, number, Parameters<typeof tandem>[1], number][] = [
  ['two stages, M/M/1 → M/M/1 at loads 0.5 and 0.8', 500, [{ meanMs: 1 }, { meanMs: 1.6 }], 60_000],
  [
    'two stages, M/M/1 → M/M/2 at load 0.7 each',
    700,
    [{ meanMs: 1 }, { meanMs: 2, workers: 2 }],
    40_000,
  ],
  [
    'three stages at loads 0.4, 0.8 and 0.6',
    400,
    [{ meanMs: 1 }, { meanMs: 2 }, { meanMs: 1.5 }],
    60_000,
  ],
  [
    'three stages at load 0.6, the last M/D/1',
    600,
    [{ meanMs: 1 }, { meanMs: 1 }, { meanMs: 1, constant: true }],
    40_000,
  ],
];

describe("Jackson's tandem", () => {
  for (const [title, rate, stages, arrivals] of CASES)
    it(`${title}: each stage's queue and wait, and the chain's latency and number in system`, () => {
      const input = tandem(rate, stages);
      const theory = theoryFor(parse(input));
      if (theory.kind !== 'steady' || theory.stages === undefined)
        throw new Error(`no tandem steady state: ${JSON.stringify(theory)}`);
      const m = measure(input, rate, arrivals);
      expectClose('latency', m['latency'], theory.expected.meanLatencyMs, 0.03);
      expectClose('in system', m['inSystem'], theory.expected.meanInSystem, 0.03);
      theory.stages.forEach((st, i) => {
        expectClose(`stage ${i + 1} queue`, m[`queue${i}`], st.meanQueueLength, 0.06);
        expectClose(`stage ${i + 1} wait`, m[`wait${i}`], st.meanWaitMs, 0.06);
      });
    }, 60_000);
});

describe('theory of a pipeline', () => {
  it('adds up the stages: latency is the sum of each M/M/1 stage’s 1/(μ − λ)', () => {
    const t = theoryFor(parse(tandem(500, [{ meanMs: 1 }, { meanMs: 1.6 }])));
    if (t.kind !== 'steady') throw new Error(t.kind);
    // 1/(1 − 0.5) ms + 1.6/(1 − 0.8) ms.
    expect(t.expected.meanLatencyMs).toBeCloseTo(2 + 8, 9);
    expect(t.model).toBe('M/M/1 → M/M/1');
  });

  it('says in words that finite buffers with blocking have no closed form', () => {
    const input = tandem(500, [{ meanMs: 1 }, { meanMs: 1.6 }]);
    const t = theoryFor(parse({ ...input, downstream: [{ queue: { capacity: 10 } }] }));
    expect(t.kind).toBe('unsolvable');
    if (t.kind !== 'unsolvable') return;
    expect(t.reasons.join(' ')).toContain(
      'a tandem with finite buffers and blocking has no closed form',
    );
  });

  it('names a non-exponential middle stage, a credit link, and a stage that cannot keep up', () => {
    const input = tandem(500, [{ meanMs: 1 }, { meanMs: 1, constant: true }, { meanMs: 1 }]);
    const t = theoryFor(parse(input));
    expect(
      t.kind === 'unsolvable' &&
        t.reasons.some((r) => r.includes("Stage 2's processing times are constant")),
    ).toBe(true);
    const credit = theoryFor(
      parse({
        ...tandem(500, [{ meanMs: 1 }, { meanMs: 1 }]),
        downstream: [{ queue: { capacity: null }, link: { kind: 'credit' } }],
      }),
    );
    expect(credit.kind === 'unsolvable' && credit.reasons.some((r) => r.includes('credits'))).toBe(
      true,
    );
    const slow = theoryFor(parse(tandem(500, [{ meanMs: 1 }, { meanMs: 2.5 }])));
    expect(slow.kind).toBe('unstable');
    if (slow.kind === 'unstable')
      expect(slow.message).toContain('stage 2 can do 400 messages a second');
  });
});
