/**
 * The core on the same M/M/1/K system as referenceMM1K.ts, headless (eventCapacity 0, no animation
 * log), so "core ÷ reference" is the price of the core's generality. Units: rates are per second and
 * times in ms, so service meanMs 1 is μ = 1000/s, and 900 arrivals/s make ρ = 0.9; capacity 9 waiting
 * plus 1 in service is K = 10.
 */
import { createSimulation } from '../src/sim/engine.ts';
import { parseScenario } from '../src/sim/parseScenario.ts';
import type { Scenario, ScenarioInput } from '../src/sim/scenario.ts';

export const MM1K = {
  arrivalsPerSec: 900,
  serviceMeanMs: 1,
  waitingCapacity: 9,
  systemCapacity: 10,
  rho: 0.9,
} as const;

export function mm1kScenario(arrivals: number, seed: number): Scenario {
  const input: ScenarioInput = {
    name: 'Bench: M/M/1/K, ρ 0.9, K 10',
    seed,
    durationSec: arrivals / MM1K.arrivalsPerSec,
    workload: {
      pattern: { kind: 'steady', ratePerSec: MM1K.arrivalsPerSec },
      spacing: 'poisson',
    },
    queue: { capacity: MM1K.waitingCapacity, whenFull: 'reject' },
    consumers: { count: 1, service: { kind: 'exponential', meanMs: MM1K.serviceMeanMs } },
  };
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`bench scenario is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

export interface CoreMM1KResult {
  /** Messages produced: the arrivals, blocked ones included. */
  arrivals: number;
  blockingProbability: number;
  /** In mean service times. */
  meanTimeInSystem: number;
  meanInSystem: number;
  elapsedMs: number;
}

export function runCoreMM1K(arrivals: number, seed: number): CoreMM1KResult {
  const scenario = mm1kScenario(arrivals, seed);
  // Building the simulation is timed too: it is part of what a headless run costs.
  const started = performance.now();
  const sim = createSimulation(scenario, { eventCapacity: 0 });
  sim.run(scenario.durationSec * 1000);
  const s = sim.summary();
  const elapsedMs = performance.now() - started;
  return {
    arrivals: s.produced,
    blockingProbability: s.dropped.rejected / s.produced,
    meanTimeInSystem: s.latencyMs.mean / MM1K.serviceMeanMs,
    meanInSystem: s.meanInSystem,
    elapsedMs,
  };
}
