import { createSimulation, type Engine } from '../engine.ts';
import type { SimEvent } from '../eventLog.ts';
import { parseScenario } from '../parseScenario.ts';
import type { ScenarioInput } from '../scenario.ts';

/** A simulation of a scenario input that must be valid; `events` sizes the event log (0: none). */
export function simulate(input: ScenarioInput, events = 0): Engine {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return createSimulation(parsed.value, { eventCapacity: events });
}

/** Every event of the log so far, copied (the log must be large enough to hold them all). */
export function allEvents(sim: Engine): SimEvent[] {
  const out: SimEvent[] = [];
  const log = sim.events;
  if (log === null) throw new Error('no event log');
  const { missed } = log.readSince(0, (e) => out.push({ ...e }));
  if (missed > 0) throw new Error(`${missed} events were lost: use a larger log`);
  return out;
}
