/**
 * The queueing models against the exact values in shared/reference/queueing.md, against each other in
 * their limiting cases, and against independent calculations written here from first principles
 * (the embedded chain solved as a linear system, Crommelin's chain iterated, service laws integrated
 * numerically). Plus properties over random parameters: finite, probabilities in [0, 1], Little's law.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceTime } from '../scenario.ts';
import { rootSum, solveMDc } from './constantMultiServer.ts';
import { erlangB, erlangC, solveMMc, solveMMcK } from './markovian.ts';
import { logFactorial, poissonPmf } from './poisson.ts';
import { geometricBlock, solveMG1, solveMG1K } from './singleServer.ts';
import type { Solution, SteadyState } from './steadyState.ts';

const exponential = (meanMs = 1): ServiceTime => ({ kind: 'exponential', meanMs });
const constant = (meanMs = 1): ServiceTime => ({ kind: 'constant', meanMs });

/** |actual/expected − 1| ≤ tolerance, or |actual| ≤ tolerance when the expected value is 0. */
function expectRelative(actual: number, expected: number, tolerance: number, what = ''): void {
  const error = expected === 0 ? Math.abs(actual) : Math.abs(actual / expected - 1);
  expect(error, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

function expectSame(a: SteadyState, b: SteadyState, tolerance: number): void {
  for (const key of Object.keys(a) as (keyof SteadyState)[])
    expectRelative(a[key], b[key], tolerance, key);
}

/** Little's law and the other identities every solution must satisfy. */
function expectConsistent(s: SteadyState, lambda: number, mean: number, c: number): void {
  expectRelative(s.meanInSystem, s.throughputPerMs * s.meanTimeInSystemMs, 1e-9, 'L = XW');
  expectRelative(s.meanWaiting, s.throughputPerMs * s.meanWaitMs, 1e-9, 'Lq = XWq');
  expectRelative(s.throughputPerMs, lambda * (1 - s.fullProbability), 1e-12, 'X = λ(1 − P_K)');
  // Busy workers on average, two ways: L − Lq from the distribution, X·E[S] from the flow.
  expect(Math.abs(s.meanInSystem - s.meanWaiting - s.utilisation * c)).toBeLessThan(
    1e-7 * Math.max(1, s.meanInSystem),
  );
  expectRelative(s.meanTimeInSystemMs, s.meanWaitMs + mean, 1e-7, 'W = Wq + E[S]');
}

// shared/reference/queueing.md, μ = 1.
const REFERENCE = [
  { c: 1, K: 10, lambda: 0.9, P: 0.0508137, X: 0.854268, L: 3.96944, W: 4.6466, Wq: 3.6466 },
  { c: 1, K: 5, lambda: 0.8, P: 0.0888195, X: 0.728944, L: 1.86833, W: 2.56307, Wq: 1.56307 },
  { c: 1, K: 5, lambda: 2.0, P: 0.507937, X: 0.984127, L: 4.09524, W: 4.16129, Wq: 3.16129 },
  { c: 2, K: 5, lambda: 1.6, P: 0.102744, X: 1.43561, L: 2.16124, W: 1.50545, Wq: 0.505451 },
  { c: 1, K: null, lambda: 0.8, P: 0, X: 0.8, L: 4, W: 5, Wq: 4 },
  { c: 2, K: null, lambda: 1.6, P: 0, X: 1.6, L: 4.44444, W: 2.77778, Wq: 1.77778 },
];
/** The table gives six significant digits. */
const TABLE_DIGITS = 6e-6;

describe('the reference table (shared/reference/queueing.md)', () => {
  for (const row of REFERENCE) {
    const name = `M/M/${row.c}${row.K === null ? '' : `/${row.K}`} at λ = ${row.lambda}`;
    it(`${name} matches every column`, () => {
      const s = (
        row.K === null ? solveMMc(row.lambda, 1, row.c) : solveMMcK(row.lambda, 1, row.c, row.K)
      ).steady;
      expectRelative(s.fullProbability, row.P, TABLE_DIGITS, 'P_K');
      expectRelative(s.throughputPerMs, row.X, TABLE_DIGITS, 'X');
      expectRelative(s.meanInSystem, row.L, TABLE_DIGITS, 'L');
      expectRelative(s.meanTimeInSystemMs, row.W, TABLE_DIGITS, 'W');
      expectRelative(s.meanWaitMs, row.Wq, TABLE_DIGITS, 'Wq');
      expectConsistent(s, row.lambda, 1, row.c);
    });
    if (row.c === 1 && row.K !== null) {
      const K = row.K;
      it(`${name} comes out the same from the embedded chain with exponential service`, () => {
        expectRelative(
          solveMG1K(row.lambda, exponential(), K)!.steady.fullProbability,
          row.P,
          TABLE_DIGITS,
        );
        expectRelative(
          solveMG1K(row.lambda, exponential(), K)!.steady.meanInSystem,
          row.L,
          TABLE_DIGITS,
        );
      });
    }
  }
});

describe('poissonPmf and logFactorial', () => {
  it('logFactorial is continuous across the table and Stirling', () => {
    let exact = 0;
    for (let n = 1; n <= 400; n++) {
      exact += Math.log(n);
      expectRelative(logFactorial(n), exact, 1e-14, `ln ${n}!`);
    }
  });
  it('sums to 1 with the right mean, for small and very large means', () => {
    for (const mean of [0.001, 0.7, 3, 45, 700, 5000]) {
      const pmf = poissonPmf(mean);
      let total = 0;
      let first = 0;
      pmf.forEach((p, k) => {
        total += p;
        first += k * p;
      });
      // ln(mode!) near 5000 is about 37,000, so its last bit is worth a few parts in 10¹².
      expectRelative(total, 1, 1e-10, `Σ for mean ${mean}`);
      expectRelative(first, mean, 1e-10, `mean ${mean}`);
    }
  });
});

describe('solveMMcK', () => {
  it('with one worker matches the textbook M/M/1/K formula P_n = (1 − ρ)ρⁿ / (1 − ρ^(K+1))', () => {
    for (const [rho, K] of [
      [0.3, 1],
      [0.5, 7],
      [0.95, 40],
      [1.7, 12],
      [3, 200],
    ] as const) {
      const p0 = (1 - rho) / (1 - rho ** (K + 1));
      let L = 0;
      for (let n = 1; n <= K; n++) L += n * p0 * rho ** n;
      const s = solveMMcK(rho, 1, 1, K).steady;
      expectRelative(s.fullProbability, p0 * rho ** K, 1e-12, 'P_K');
      expectRelative(s.meanInSystem, L, 1e-12, 'L');
    }
  });
  it('at exactly ρ = 1 spreads evenly over 0 … K', () => {
    const s = solveMMcK(1, 1, 1, 9).steady;
    expectRelative(s.fullProbability, 0.1, 1e-12);
    expectRelative(s.meanInSystem, 4.5, 1e-12);
  });
  it('with no room to wait (K = c) loses exactly Erlang B', () => {
    // B(a = 2, c = 3) = (8/6) / (1 + 2 + 2 + 8/6) = 4/19.
    expectRelative(erlangB(2, 3), 4 / 19, 1e-14);
    for (const [a, c] of [
      [2, 3],
      [7.5, 10],
      [80, 100],
    ] as const)
      expectRelative(solveMMcK(a, 1, c, c).steady.fullProbability, erlangB(a, c), 1e-12);
  });
  it('approaches Erlang C (M/M/c) as K grows', () => {
    for (const [lambda, c] of [
      [1.6, 2],
      [7, 8],
      [45, 50],
    ] as const) {
      const unbounded = solveMMc(lambda, 1, c).steady;
      const big = solveMMcK(lambda, 1, c, c + 5000).steady;
      expectSame(big, unbounded, 1e-9);
    }
  });
  it('stays finite for a million places far above capacity, and almost all of them are full', () => {
    const s = solveMMcK(2, 1, 1, 1_000_000).steady;
    // A million terms summed: rounding of about 1e-10 is all that is left.
    expectRelative(s.fullProbability, 0.5, 1e-9);
    expectRelative(s.meanInSystem, 1_000_000 - 1, 1e-9);
  });
  it('gives a distribution that sums to 1, ends in P_K and has mean L', () => {
    const { steady, probabilityOf } = solveMMcK(3.2, 1, 4, 30);
    let total = 0;
    let mean = 0;
    for (let n = 0; n <= 30; n++) {
      total += probabilityOf!(n);
      mean += n * probabilityOf!(n);
    }
    expectRelative(total, 1, 1e-12);
    expectRelative(mean, steady.meanInSystem, 1e-12);
    expect(probabilityOf!(30)).toBe(steady.fullProbability);
    expect(probabilityOf!(31)).toBe(0);
  });
});

describe('solveMMc', () => {
  it('with one worker is M/M/1: L = ρ/(1 − ρ), P(N = n) = (1 − ρ)ρⁿ', () => {
    const { steady, probabilityOf } = solveMMc(0.7, 1, 1);
    expectRelative(steady.meanInSystem, 0.7 / 0.3, 1e-12);
    for (const n of [0, 1, 5, 40]) expectRelative(probabilityOf!(n), 0.3 * 0.7 ** n, 1e-12);
  });
  it('has the Erlang C probability of waiting', () => {
    // C(a = 1.6, c = 2) = 0.711111… (ρ = 0.8: C = 2ρ²/(1 + ρ)).
    expectRelative(erlangC(1.6, 2), (2 * 0.64) / 1.8, 1e-12);
  });
});

/**
 * The M/G/1/K chain at departures, built as a full transition matrix and solved by Gaussian
 * elimination: an independent check of the level-crossing recursion.
 */
function chainByLinearSolve(a: (k: number) => number, rho: number, K: number): SteadyState {
  const n = K; // states 0 … K − 1 left behind by a departure
  const atLeast = (k: number) => {
    let s = 0;
    for (let i = 0; i < k; i++) s += a(i);
    return 1 - s;
  };
  const P: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const base = Math.max(0, i - 1);
    for (let j = base; j < n - 1; j++) P[i]![j] = a(j - base);
    P[i]![n - 1] = atLeast(n - 1 - base);
  }
  // π(P − I) = 0 with Σπ = 1: transpose, replace the last equation by the normalisation.
  const A = Array.from({ length: n }, (_, r) =>
    Array.from({ length: n + 1 }, (_, col) =>
      col === n ? (r === n - 1 ? 1 : 0) : r === n - 1 ? 1 : P[col]![r]! - (col === r ? 1 : 0),
    ),
  );
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(A[r]![col]!) > Math.abs(A[pivot]![col]!)) pivot = r;
    [A[col], A[pivot]] = [A[pivot]!, A[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = A[r]![col]! / A[col]![col]!;
      for (let k = col; k <= n; k++) A[r]![k]! -= f * A[col]![k]!;
    }
  }
  const pi = A.map((row, r) => row[n]! / row[r]!);
  const denominator = pi[0]! + rho;
  const full = 1 - 1 / denominator;
  let L = K * full;
  pi.forEach((p, j) => (L += (j * p) / denominator));
  const busy = 1 - pi[0]! / denominator;
  const X = rho * (1 - full); // with E[S] = 1
  return {
    offeredLoad: rho,
    utilisation: busy,
    fullProbability: full,
    throughputPerMs: X,
    meanWaiting: L - busy,
    meanInSystem: L,
    meanWaitMs: (L - busy) / X,
    meanTimeInSystemMs: L / X,
  };
}

/** a_k for service uniform on [lo, hi], by Simpson's rule on the Poisson density: independent of the closed form. */
function uniformArrivalsByIntegration(lambda: number, lo: number, hi: number) {
  return (k: number) => {
    const steps = 4000;
    const h = (hi - lo) / steps;
    const f = (t: number) => Math.exp(-lambda * t + k * Math.log(lambda * t) - logFactorial(k));
    let sum = f(lo) + f(hi);
    for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(lo + i * h);
    return (sum * h) / 3 / (hi - lo);
  };
}

describe('solveMG1K', () => {
  it('with exponential service is M/M/1/K', () => {
    for (const [lambda, K] of [
      [0.4, 3],
      [0.9, 25],
      [1.3, 8],
      [4, 60],
    ] as const)
      expectSame(
        solveMG1K(lambda, exponential(), K)!.steady,
        solveMMcK(lambda, 1, 1, K).steady,
        1e-9,
      );
  });
  it('with constant service agrees with the chain solved as a linear system (M/D/1/K)', () => {
    for (const [lambda, K] of [
      [0.5, 4],
      [0.9, 11],
      [1, 10],
      [1.8, 21],
      [6, 15],
    ] as const) {
      const pmf = poissonPmf(lambda);
      const a = (k: number) => pmf[k] ?? 0;
      expectSame(solveMG1K(lambda, constant(), K)!.steady, chainByLinearSolve(a, lambda, K), 1e-9);
    }
  });
  it('with uniform service agrees with the chain built from numerically integrated arrivals', () => {
    for (const [lambda, K] of [
      [0.8, 6],
      [1.4, 12],
    ] as const) {
      const a = uniformArrivalsByIntegration(lambda, 0.25, 1.75);
      const exact = solveMG1K(lambda, { kind: 'uniform', minMs: 0.25, maxMs: 1.75 }, K)!;
      expectSame(exact.steady, chainByLinearSolve(a, lambda, K), 1e-9);
    }
  });
  it('with one place loses ρ/(1 + ρ) whatever the service (Erlang B is insensitive)', () => {
    for (const service of [
      constant(),
      exponential(),
      { kind: 'uniform', minMs: 0, maxMs: 2 } as const,
    ])
      expectRelative(solveMG1K(1.5, service, 1)!.steady.fullProbability, 1.5 / 2.5, 1e-12);
  });
  it('approaches Pollaczek–Khinchine as K grows', () => {
    for (const service of [constant(), { kind: 'uniform', minMs: 0.5, maxMs: 1.5 } as const])
      expectSame(solveMG1K(0.85, service, 2000)!.steady, solveMG1(0.85, service).steady, 1e-9);
  });
  it('handles a million places below, at and above ρ = 1 in well under a second', () => {
    for (const rho of [0.8, 1, 2]) {
      const s = solveMG1K(rho, constant(), 1_000_000)!.steady;
      expectConsistent(s, rho, 1, 1);
      if (rho === 2) expectRelative(s.fullProbability, 0.5, 1e-9);
    }
  });
  it('gives a distribution that sums to 1 with mean L, beyond the exactly computed head too', () => {
    const { steady, probabilityOf } = solveMG1K(1.5, constant(), 3000)!;
    let total = 0;
    let mean = 0;
    for (let n = 0; n <= 3000; n++) {
      total += probabilityOf!(n);
      mean += n * probabilityOf!(n);
    }
    expectRelative(total, 1, 1e-9);
    expectRelative(mean, steady.meanInSystem, 1e-9);
  });
  it('declines lognormal service and loads above 100 arrivals per service', () => {
    expect(solveMG1K(0.5, { kind: 'lognormal', meanMs: 1, sigma: 0.8 }, 10)).toBeNull();
    expect(solveMG1K(150, constant(), 10)).toBeNull();
  });
});

describe('solveMG1', () => {
  it('M/D/1 keeps half as many waiting as M/M/1 (Pollaczek–Khinchine)', () => {
    for (const rho of [0.2, 0.5, 0.8, 0.99])
      expectRelative(
        solveMG1(rho, constant()).steady.meanWaiting,
        solveMMc(rho, 1, 1).steady.meanWaiting / 2,
        1e-12,
      );
  });
  it('with exponential service is M/M/1, distribution included', () => {
    const mg1 = solveMG1(0.75, exponential());
    expectSame(mg1.steady, solveMMc(0.75, 1, 1).steady, 1e-12);
    for (const n of [0, 1, 3, 50]) expectRelative(mg1.probabilityOf!(n), 0.25 * 0.75 ** n, 1e-9);
  });
  it('uses the second moment of the service time: uniform and lognormal', () => {
    // Uniform on [0, 2]: E[S²] = 4/3; lognormal with σ: E[S²] = e^(σ²) (mean 1).
    expectRelative(
      solveMG1(0.5, { kind: 'uniform', minMs: 0, maxMs: 2 }).steady.meanWaiting,
      (0.25 * (4 / 3)) / (2 * 0.5),
      1e-12,
    );
    expectRelative(
      solveMG1(0.5, { kind: 'lognormal', meanMs: 1, sigma: 0.8 }).steady.meanWaiting,
      (0.25 * Math.exp(0.64)) / (2 * 0.5),
      1e-12,
    );
    expect(solveMG1(0.5, { kind: 'lognormal', meanMs: 1, sigma: 0.8 }).probabilityOf).toBeNull();
  });
  it('has an M/D/1 distribution whose mean is the P–K mean', () => {
    const { steady, probabilityOf } = solveMG1(0.9, constant());
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 5000; n++) {
      total += probabilityOf!(n);
      mean += n * probabilityOf!(n);
    }
    expectRelative(total, 1, 1e-9);
    expectRelative(mean, steady.meanInSystem, 1e-9);
  });
});

/**
 * Crommelin's chain X' = max(X − c, 0) + Poisson(a), iterated to its stationary law on a long
 * truncated range: an independent check of the root formula.
 */
function mdcByIteration(a: number, c: number, N = 400): number {
  const pmf = poissonPmf(a);
  let pi = new Float64Array(N).fill(1 / N);
  for (let round = 0; round < 100_000; round++) {
    const next = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      const base = Math.max(0, i - c);
      const p = pi[i] as number;
      if (p === 0) continue;
      for (let k = 0; k < pmf.length && base + k < N; k++)
        next[base + k]! += p * (pmf[k] as number);
    }
    let change = 0;
    let total = 0;
    for (let i = 0; i < N; i++) total += next[i] as number;
    for (let i = 0; i < N; i++) {
      next[i] = (next[i] as number) / total;
      change += Math.abs((next[i] as number) - (pi[i] as number));
    }
    pi = next;
    if (change < 1e-15) break;
  }
  let mean = 0;
  pi.forEach((p, i) => (mean += i * p));
  return mean;
}

describe('solveMDc', () => {
  it('with one worker is M/D/1 (Pollaczek–Khinchine)', () => {
    for (const rho of [0.3, 0.8, 0.97])
      expectSame(solveMDc(rho, 1, 1).steady, solveMG1(rho, constant()).steady, 1e-12);
  });
  it("agrees with Crommelin's chain iterated to its stationary law", () => {
    for (const [a, c] of [
      [1.6, 2],
      [2.7, 3],
      [4.5, 5],
      [8, 10],
    ] as const)
      expectRelative(
        solveMDc(a, 1, c).steady.meanInSystem,
        mdcByIteration(a, c),
        1e-9,
        `a ${a} c ${c}`,
      );
  });
  it('waits about half as long as M/M/c (within the Cosmetatos correction)', () => {
    for (const [a, c] of [
      [1.6, 2],
      [9, 10],
      [45, 50],
    ] as const) {
      const rho = a / c;
      const md = solveMDc(a, 1, c).steady.meanWaitMs;
      const mm = solveMMc(a, 1, c).steady.meanWaitMs;
      const cosmetatos =
        0.5 * mm * (1 + ((1 - rho) * (c - 1) * (Math.sqrt(4 + 5 * c) - 2)) / (16 * rho * c));
      expectRelative(md, cosmetatos, 0.03, `c ${c}`);
    }
  });
  it('stays finite and ordered close to saturation with many workers', () => {
    const s = solveMDc(99, 1, 100).steady;
    expect(Number.isFinite(s.meanWaiting)).toBe(true);
    expect(s.meanWaiting).toBeLessThan(solveMMc(99, 1, 100).steady.meanWaiting);
    expect(rootSum(99, 100)).toBeGreaterThan(0);
  });
});

describe('geometricBlock', () => {
  it('sums rⁿ exactly for ratios below, at and above 1', () => {
    for (const [r, N] of [
      [0.5, 10],
      [1, 7],
      [1.5, 12],
      [0.999, 100_000],
    ] as const) {
      let s0 = 0;
      let s1 = 0;
      for (let m = 0; m <= N; m++) {
        s0 += r ** m;
        s1 += m * r ** m;
      }
      const block = geometricBlock(Math.log(r), N);
      expectRelative(block.logSum, Math.log(s0), 1e-12);
      expectRelative(block.meanOffset, s1 / s0, 1e-9);
    }
    expectRelative(geometricBlock(Math.log(0.25), Infinity).meanOffset, 1 / 3, 1e-12);
  });
});

describe('properties over random parameters', () => {
  const finiteAndBounded = (s: SteadyState) => {
    for (const v of Object.values(s)) expect(Number.isFinite(v)).toBe(true);
    for (const p of [s.fullProbability, s.utilisation]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(s.meanWaiting).toBeGreaterThanOrEqual(0);
    expect(s.meanInSystem).toBeGreaterThanOrEqual(s.meanWaiting);
  };
  const check = (solution: Solution | null, lambda: number, mean: number, c: number) => {
    expect(solution).not.toBeNull();
    const s = (solution as Solution).steady;
    finiteAndBounded(s);
    expectConsistent(s, lambda, mean, c);
  };
  const lambda = fc.double({ min: 0.001, max: 20, noNaN: true });
  const mean = fc.double({ min: 0.01, max: 5, noNaN: true });

  it('M/M/c/K', () => {
    fc.assert(
      fc.property(
        lambda,
        mean,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 300 }),
        (l, m, c, waiting) => check(solveMMcK(l, m, c, c + waiting), l, m, c),
      ),
    );
  });
  it('M/G/1/K with constant and uniform service', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 3, noNaN: true }),
        mean,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 400 }),
        (l, m, spread, K) => {
          const service: ServiceTime =
            spread < 0.2
              ? constant(m)
              : { kind: 'uniform', minMs: m * (1 - spread), maxMs: m * (1 + spread) };
          // Keep the load within what the chain computes (at most 100 arrivals per service).
          const rate = Math.min(l, 50 / m);
          check(solveMG1K(rate, service, K), rate, m, 1);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('M/M/c, M/G/1 and M/D/c below saturation', () => {
    fc.assert(
      fc.property(
        mean,
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0.01, max: 0.98, noNaN: true }),
        (m, c, rho) => {
          const l = (rho * c) / m;
          check(solveMMc(l, m, c), l, m, c);
          check(solveMDc(l, m, c), l, m, c);
          check(solveMG1(rho / m, constant(m)), rho / m, m, 1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
