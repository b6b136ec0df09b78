import type { Engine } from '../engine.ts';

/**
 * Each stage's books, read straight off the engine and its pipeline: what came into a stage equals
 * what it handed on, what it lost, and what it holds (waiting, in service, or held by a blocked
 * consumer). The first stage counts in accepted offers and out through the engine's departures,
 * less those that left from a later stage. One gap per stage, all zero when the law holds.
 */
export function stageGaps(sim: Engine): number[] {
  const chain = sim.pipeline;
  if (chain === null) return [];
  const m = sim.meter;
  const firstLeft = m.sojournCount - chain.laterDepartures;
  const gaps = [
    m.accepted -
      (firstLeft + chain.first.passed + sim.room.count + sim.inService + chain.firstHolding),
  ];
  for (const s of chain.stages) {
    const c = s.meter;
    gaps.push(c.entered - (c.passed + c.lost + s.room.count + s.inService + s.holding));
  }
  return gaps;
}
