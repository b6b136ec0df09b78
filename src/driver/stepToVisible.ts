/** One "step" of the playground: run until the animation log records something a reader can see. */
import type { Engine } from '../sim/engine.ts';

/** Stepping never searches further ahead than this many events for something visible. */
const STEP_EVENT_LIMIT = 10_000;

export function stepToVisible(engine: Engine): void {
  // A learner pressing "step" expects to see one thing happen: a message arrives, starts, finishes
  // or is dropped. A fixed slice of time would often show nothing (or a dozen things at once at
  // high rates), and stepping to the bare next event would often land on invisible bookkeeping
  // (a metrics sample, an autoscaler look), so we step until the animation log records something.
  const log = engine.events;
  const sampleMs = engine.scenario.metrics.sampleIntervalMs;
  if (log === null) {
    engine.run(sampleMs);
    return;
  }
  const before = log.written;
  for (let i = 0; i < STEP_EVENT_LIMIT && log.written === before; i++) {
    const next = engine.nextEventTime();
    if (!Number.isFinite(next)) break;
    engine.advanceTo(next);
  }
  if (log.written === before) engine.run(sampleMs);
}
