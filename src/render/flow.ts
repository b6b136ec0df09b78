/**
 * Deciding how much to draw. While a reader can follow single messages (a dozen or two per wall-clock
 * second) each one travels the whole way: along the conveyor, into the well, through a worker, into
 * the sink. Above that the conveyor and the output show a stream with its rate, blocks drop straight
 * into the well, and only what is lost still flies, within a budget. Hysteresis keeps the picture
 * from flickering between the two.
 */

export type FlowMode = 'discrete' | 'stream';

/** Messages per wall-clock second above which per-message tweens stop. */
export const STREAM_ABOVE = 24;
/** …and below which they come back. */
export const DISCRETE_BELOW = 14;

export function nextFlowMode(current: FlowMode, messagesPerWallSec: number): FlowMode {
  if (current === 'discrete') return messagesPerWallSec > STREAM_ABOVE ? 'stream' : 'discrete';
  return messagesPerWallSec < DISCRETE_BELOW ? 'discrete' : 'stream';
}

/** A worker's progress bar is worth drawing only if the service lasts long enough to be seen. */
export const MIN_VISIBLE_SERVICE_MS = 120;

export function showsProgress(serviceSimMs: number, simPerWallMs: number): boolean {
  if (!(simPerWallMs > 0)) return true;
  return serviceSimMs / simPerWallMs >= MIN_VISIBLE_SERVICE_MS;
}

/** A signal or credit stays on the wire at least this long in wall time, however fast the run. */
export const MIN_PULSE_WALL_MS = 260;

/**
 * How far along the wire a signal or credit is, 0–1. It follows simulated time, so its delay is
 * visible and it freezes with the run; but it is never quicker than MIN_PULSE_WALL_MS to watch.
 */
export function pulseProgress(
  simNow: number,
  sentAt: number,
  arrivesAt: number,
  wallNow: number,
  wallStart: number,
): number {
  const sim = arrivesAt > sentAt ? (simNow - sentAt) / (arrivesAt - sentAt) : 1;
  const wall = (wallNow - wallStart) / MIN_PULSE_WALL_MS;
  const p = Math.min(sim, wall);
  return p <= 0 ? 0 : p >= 1 ? 1 : p;
}

/** How far along the wire something is by simulated time alone, 0–1 (1: it has arrived). */
export function simProgress(simNow: number, sentAt: number, arrivesAt: number): number {
  const p = arrivesAt > sentAt ? (simNow - sentAt) / (arrivesAt - sentAt) : 1;
  return p <= 0 ? 0 : p >= 1 ? 1 : p;
}

/**
 * An exponentially smoothed rate of a growing counter. Fed once per frame; the time constant is in
 * the clock it is fed (wall or simulated), so it reads the same at any frame rate.
 */
export class RateMeter {
  rate = 0;
  private lastCount = Number.NaN;
  private lastTime = Number.NaN;

  constructor(private readonly tauMs: number) {}

  sample(count: number, timeMs: number): number {
    if (Number.isNaN(this.lastCount) || count < this.lastCount || timeMs < this.lastTime) {
      this.lastCount = count;
      this.lastTime = timeMs;
      return this.rate;
    }
    const dt = timeMs - this.lastTime;
    if (dt <= 0) return this.rate;
    const instant = ((count - this.lastCount) / dt) * 1000;
    const k = 1 - Math.exp(-dt / this.tauMs);
    this.rate += (instant - this.rate) * k;
    this.lastCount = count;
    this.lastTime = timeMs;
    return this.rate;
  }

  reset(): void {
    this.rate = 0;
    this.lastCount = Number.NaN;
    this.lastTime = Number.NaN;
  }
}
