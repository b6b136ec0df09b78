/**
 * Runs a simulation to its end in chunks of simulated time sized to take about a tenth of a second
 * each, so the caller can measure the pace, draw progress, or stop early. How a run is stepped never
 * changes its results (the engine's integrals advance only at event times), so a chunked run gives
 * the same numbers as one `run()`. Pure: the clock is passed in.
 */

/** The part of an engine this needs. */
export interface Steppable {
  readonly now: number;
  advanceTo(timeMs: number): void;
}

export interface Pace {
  /** Simulated time reached, ms. */
  simulatedMs: number;
  /** Share of the run's estimated work done, 0 to 1. */
  fraction: number;
  /** Wall time since the start, ms. */
  elapsedMs: number;
  /** Wall time per unit of work, as measured so far. */
  msPerWork: number;
  /** Wall time still to go at that pace, ms. */
  remainingMs: number;
}

/** Wall time a chunk should take: short enough for a smooth bar, long enough to cost nothing. */
export const CHUNK_MS = 100;
/** Work in the first chunk, before there is a pace to size chunks by. */
export const FIRST_CHUNK_WORK = 50_000;

/**
 * Advances `sim` to `endMs`, calling `onChunk` after each chunk; stops early when it returns false.
 * `workUpTo(ms)` is the estimated work of the run's first `ms` (see estimateWork). Returns whether
 * the run reached its end.
 */
export function runInChunks(
  sim: Steppable,
  endMs: number,
  workUpTo: (ms: number) => number,
  clock: () => number,
  onChunk: (pace: Pace) => boolean | void,
): boolean {
  const totalWork = Math.max(workUpTo(endMs), 1);
  const startedAt = clock();
  let span = endMs * Math.min(1, FIRST_CHUNK_WORK / totalWork);
  // However slow a chunk was, the next is not smaller than this: a stalled machine must not shrink
  // the chunks to nothing.
  const minSpan = span / 16;
  // The pace is measured from the end of the first chunk: the first runs while the JavaScript
  // engine is still compiling the simulation, several times slower than the rest.
  let warm: { at: number; work: number } | null = null;
  while (sim.now < endMs) {
    const chunkFrom = sim.now;
    const chunkStartedAt = clock();
    sim.advanceTo(Math.min(endMs, chunkFrom + Math.max(span, Number.MIN_VALUE)));
    const now = clock();
    // Size the next chunk from this one, changing by at most 4× at a time.
    const took = Math.max(now - chunkStartedAt, 0.001);
    span = Math.max(minSpan, (sim.now - chunkFrom) * Math.min(4, Math.max(0.25, CHUNK_MS / took)));
    const elapsedMs = now - startedAt;
    const done = Math.max(workUpTo(sim.now), Number.MIN_VALUE);
    const msPerWork =
      warm !== null && done > warm.work ? (now - warm.at) / (done - warm.work) : elapsedMs / done;
    warm ??= { at: now, work: done };
    const pace: Pace = {
      simulatedMs: sim.now,
      fraction: Math.min(1, done / totalWork),
      elapsedMs,
      msPerWork,
      remainingMs: Math.max(0, totalWork - done) * msPerWork,
    };
    if (onChunk(pace) === false) return sim.now >= endMs;
  }
  return true;
}
