import type { Engine } from '../engine.ts';

/**
 * produced − (delivered + dropped + waiting + in service + waiting to retry + delayed by the rate
 * limit + held by the producer),
 * read straight off the engine: zero whenever the conservation law holds, and cheap enough to check
 * after every event.
 */
export function conservationGap(sim: Engine): number {
  const m = sim.meter;
  const accounted =
    m.deliveredCount +
    m.droppedTotal +
    sim.room.count +
    sim.inService +
    sim.retryWaiting +
    sim.rateDelayed;
  return m.produced - accounted - (sim.held ? 1 : 0);
}
