/**
 * Blocks on their way out (to the sink, the bin, or nowhere after a crash): a fixed pool of movers.
 * New flights are limited by a token bucket in wall time, so a storm of drops shows as a steady
 * trickle plus a count, and can never flood the stage or the frame budget.
 */
import { createMover, placeMover, stepMover, type Mover } from './mover.ts';
import type { FlightView } from './scene.ts';

/** Flights alive at once, at most. */
export const FLIGHT_CAP = 64;
/** Flights started per wall second at most, when following single messages and when streaming. */
export const FLIGHTS_PER_SEC_DISCRETE = 40;
export const FLIGHTS_PER_SEC_STREAM = 12;
const FLIGHT_BURST = 8;

export interface Flight extends Mover, FlightView {
  alive: boolean;
  /** Fades out over the last part of the path (0–1 of the way where fading starts). */
  fadeFrom: number;
  /** Side at the start, px, and the fraction it has shrunk to by the end. */
  startSize: number;
  endScale: number;
}

export interface FlightLook {
  /** The message's id. */
  id: number;
  style: number;
  /** DROP_REASONS index, or -1 for a delivery. */
  reason: number;
  fadeFrom: number;
  size: number;
  endScale: number;
}

export class FlightPool {
  private readonly flights: Flight[] = [];
  private tokens = FLIGHT_BURST;

  constructor() {
    for (let i = 0; i < FLIGHT_CAP; i++) {
      this.flights.push({
        ...createMover(),
        alive: false,
        id: -1,
        style: 0,
        reason: -1,
        alpha: 1,
        fadeFrom: 1,
        startSize: 0,
        endScale: 1,
        size: 0,
      });
    }
  }

  /** Adds `dtMs` of wall time's worth of allowance. */
  refill(dtMs: number, perSec: number): void {
    this.tokens = Math.min(FLIGHT_BURST, this.tokens + (perSec * dtMs) / 1000);
  }

  /**
   * A free flight placed at (x, y) and dressed as `look`, or null when the pool or the allowance is
   * used up (`force` ignores the allowance: a crash or a flush is shown whatever the rate).
   */
  start(x: number, y: number, look: FlightLook, force: boolean): Flight | null {
    if (!force && this.tokens < 1) return null;
    const f = this.flights.find((g) => !g.alive);
    if (f === undefined) return null;
    if (!force) this.tokens -= 1;
    placeMover(f, x, y);
    f.alive = true;
    f.id = look.id;
    f.style = look.style;
    f.reason = look.reason;
    f.fadeFrom = look.fadeFrom;
    f.startSize = f.size = look.size;
    f.endScale = look.endScale;
    f.alpha = 1;
    return f;
  }

  /** Moves every flight to wall time `now` and lists the live ones in `out`. */
  advance(now: number, out: FlightView[]): void {
    out.length = 0;
    for (const f of this.flights) {
      if (!f.alive) continue;
      const done = stepMover(f, now);
      const t = Math.min(1, Math.max(0, f.dur > 0 ? (now - f.t0) / f.dur : 1));
      f.size = f.startSize * (1 + (f.endScale - 1) * t);
      f.alpha =
        t <= f.fadeFrom ? 1 : Math.max(0, 1 - (t - f.fadeFrom) / Math.max(0.001, 1 - f.fadeFrom));
      if (done) f.alive = false;
      else out.push(f);
    }
  }

  /** The live flight of message `id`, if it has one. */
  find(id: number): Flight | null {
    for (const f of this.flights) if (f.alive && f.id === id) return f;
    return null;
  }

  clear(): void {
    for (const f of this.flights) f.alive = false;
  }
}
