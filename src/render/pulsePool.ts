/** Slow-down and speed-up signals and credits on their way back along the wire: a fixed pool. */
import { pulseProgress } from './flow.ts';
import { pointOnPolyline } from './polyline.ts';
import type { PulseKind, PulseView } from './scene.ts';

/** Signals and credits drawn on the wire at most. */
export const PULSE_CAP = 40;

interface Pulse extends PulseView {
  alive: boolean;
  sentAt: number;
  arrivesAt: number;
  wallStart: number;
}

export class PulsePool {
  private readonly pulses: Pulse[] = Array.from({ length: PULSE_CAP }, () => ({
    alive: false,
    kind: 'slow' as PulseKind,
    sentAt: 0,
    arrivesAt: 0,
    wallStart: 0,
    x: 0,
    y: 0,
  }));

  /** Sends one; when the wire is full it is not drawn (it still arrives, in the simulation). */
  add(kind: PulseKind, sentAt: number, arrivesAt: number, wallNow: number): void {
    const p = this.pulses.find((q) => !q.alive);
    if (p === undefined) return;
    p.alive = true;
    p.kind = kind;
    p.sentAt = sentAt;
    p.arrivesAt = arrivesAt;
    p.wallStart = wallNow;
  }

  /** Places the live pulses along `wire` into `out` (none when `hidden`); returns how many are live. */
  advance(
    simNow: number,
    wallNow: number,
    wire: Float64Array,
    hidden: boolean,
    out: PulseView[],
  ): number {
    out.length = 0;
    let live = 0;
    for (const p of this.pulses) {
      if (!p.alive) continue;
      const t = pulseProgress(simNow, p.sentAt, p.arrivesAt, wallNow, p.wallStart);
      if (t >= 1) {
        p.alive = false;
        continue;
      }
      live++;
      if (hidden) continue;
      pointOnPolyline(wire, t, p);
      out.push(p);
    }
    return live;
  }

  clear(): void {
    for (const p of this.pulses) p.alive = false;
  }
}
