import type { Engine } from '../engine.ts';

/**
 * produced − (delivered + dropped + waiting + in service + waiting to retry + delayed by the rate
 * limit + held by the producer),
 * read straight off the engine: zero whenever the conservation law holds, and cheap enough to check
 * after every event. Requests are counted, not copies: a copy whose requester gave up (timed out)
 * waits or is processed without standing for a request, so it is left out of waiting and in service.
 */
export function conservationGap(sim: Engine): number {
  const m = sim.meter;
  const accounted =
    m.deliveredCount +
    m.droppedTotal +
    sim.room.count +
    sim.inService -
    sim.abandonedHere +
    sim.retryWaiting +
    sim.rateDelayed +
    (sim.pipeline === null ? 0 : sim.pipeline.waiting() + sim.pipeline.inHand());
  return m.produced - accounted - (sim.held ? 1 : 0);
}

/**
 * The copies' law: every attempt that timed out became an abandoned copy, which was processed (wasted),
 * thrown away unprocessed (discarded), or is still waiting or in service. Zero when it holds.
 */
export function abandonedGap(sim: Engine): number {
  const m = sim.meter;
  return m.timedOut - (m.wastedDeliveries + m.discarded + sim.abandonedHere);
}
