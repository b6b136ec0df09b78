/**
 * M/D/c with no limit on the queue, exactly. With constant service D, everyone in service at time t
 * has left by t + D and nobody who arrives after t has, so the number in system one service time
 * later is X' = max(X − c, 0) + A, A ~ Poisson(a = λD) (Crommelin, 1932). Its generating function
 *
 *   X(z) = A(z)·Σ_{k<c} p_k (z^c − z^k) / (z^c − A(z)),   A(z) = e^(a(z − 1)),
 *
 * has a numerator that must vanish at the c − 1 roots z_k ≠ 1 of z^c = A(z) in the unit disc, which
 * fixes it up to a constant; differentiating at z = 1 gives the mean number in system
 *
 *   L = a + Σ_k 1/(1 − z_k) + (a² − c(c − 1)) / (2(c − a)).
 *
 * (For c = 1 this is Pollaczek–Khinchine's a + a²/(2(1 − a)).) The roots solve
 * z = ω_k·e^(a(z − 1)/c), ω_k = e^(2πik/c): a contraction in the disc when a < c, polished by Newton.
 */
import { cos, exp, sin } from '../portableMath/index.ts';
import { completeSteadyState, type Solution } from './steadyState.ts';

interface Complex {
  re: number;
  im: number;
}

/** The root of z = ω·e^(a(z − 1)/c) in the unit disc for ω = e^(iθ). */
function rootFor(theta: number, a: number, c: number): Complex {
  const k = a / c;
  const wr = cos(theta);
  const wi = sin(theta);
  // g(z) = ω·e^(k(z − 1)); fixed-point steps first (they cannot leave the disc), then Newton.
  const g = (z: Complex): Complex => {
    const m = exp(k * (z.re - 1));
    const er = m * cos(k * z.im);
    const ei = m * sin(k * z.im);
    return { re: wr * er - wi * ei, im: wr * ei + wi * er };
  };
  let z: Complex = { re: 0, im: 0 };
  for (let i = 0; i < 200; i++) z = g(z);
  for (let i = 0; i < 100; i++) {
    const gz = g(z);
    // f(z) = z − g(z), f'(z) = 1 − k·g(z)
    const fr = z.re - gz.re;
    const fi = z.im - gz.im;
    const dr = 1 - k * gz.re;
    const di = -k * gz.im;
    const d2 = dr * dr + di * di;
    const stepRe = (fr * dr + fi * di) / d2;
    const stepIm = (fi * dr - fr * di) / d2;
    z = { re: z.re - stepRe, im: z.im - stepIm };
    if (stepRe * stepRe + stepIm * stepIm < 1e-32) break;
  }
  return z;
}

/** Σ_k 1/(1 − z_k) over the c − 1 roots of z^c = e^(a(z − 1)) inside the unit disc other than 1. */
export function rootSum(a: number, c: number): number {
  let sum = 0;
  for (let k = 1; k < c; k++) {
    const z = rootFor((2 * Math.PI * k) / c, a, c);
    const dr = 1 - z.re;
    // Real part of 1/(1 − z); the imaginary parts of conjugate roots cancel.
    sum += dr / (dr * dr + z.im * z.im);
  }
  return sum;
}

/** M/D/c with an unbounded queue. Needs a = λD < c (the caller checks). */
export function solveMDc(lambdaPerMs: number, serviceMs: number, workers: number): Solution {
  const c = workers;
  const a = lambdaPerMs * serviceMs;
  if (a === 0)
    return { steady: completeSteadyState(lambdaPerMs, serviceMs, c, 0, 0, 0), probabilityOf: null };
  const meanInSystem = a + rootSum(a, c) + (a * a - c * (c - 1)) / (2 * (c - a));
  // Rounding can leave a hair below zero when almost nobody waits.
  const meanWaiting = Math.max(0, meanInSystem - a);
  return {
    steady: completeSteadyState(lambdaPerMs, serviceMs, c, 0, meanWaiting + a, meanWaiting),
    probabilityOf: null,
  };
}
