/**
 * Steady-state M/M/1/K results, so the bench can show that both simulations are right as well as
 * fast: P_n = (1 − ρ)ρⁿ / (1 − ρ^(K+1)), blocking = P_K, L = Σ n·P_n, W = L / (λ(1 − P_K)).
 */
export interface MM1KTheory {
  blockingProbability: number;
  /** In mean service times. */
  meanTimeInSystem: number;
  meanInSystem: number;
}

export function mm1kTheory(rho: number, systemCapacity: number): MM1KTheory {
  const K = systemCapacity;
  const p0 = rho === 1 ? 1 / (K + 1) : (1 - rho) / (1 - rho ** (K + 1));
  let L = 0;
  for (let n = 1; n <= K; n++) L += n * p0 * rho ** n;
  const blockingProbability = p0 * rho ** K;
  // With μ = 1, λ = ρ, so W comes out in mean service times.
  return {
    blockingProbability,
    meanInSystem: L,
    meanTimeInSystem: L / (rho * (1 - blockingProbability)),
  };
}
