/** Creating engines and applying a changed scenario to a running one. */
import { createSimulation, type Engine } from '../sim/engine.ts';
import type { Scenario } from '../sim/scenario.ts';

/** Animation events the stage may read per frame before the oldest are overwritten. */
const EVENT_CAPACITY = 1 << 14;

export function createEngine(scenario: Scenario): Engine {
  return createSimulation(scenario, { eventCapacity: EVENT_CAPACITY });
}

export type Applied = { kind: 'kept'; engine: Engine } | { kind: 'fresh'; engine: Engine };

/**
 * Applies `next` to `engine`: in place when the core can (a knob change should not throw away the
 * run the reader is watching), otherwise (a new seed, say) with a fresh engine.
 */
export function applyScenario(engine: Engine, next: Scenario): Applied {
  const { resetNeeded } = engine.reconfigure(next);
  return resetNeeded ? { kind: 'fresh', engine: createEngine(next) } : { kind: 'kept', engine };
}
