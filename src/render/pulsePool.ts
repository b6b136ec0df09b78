/**
 * Slow-down and speed-up signals and credits on their way back along the wire: a fixed pool. A
 * credit is drawn only while it is really on its way (simulated time), so a reader who counts the
 * dots and the credits in hand never counts more than the window; a signal stays long enough to see.
 */
import { pulseProgress, simProgress } from './flow.ts';
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
    progress: 0,
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
      const t =
        p.kind === 'credit'
          ? simProgress(simNow, p.sentAt, p.arrivesAt)
          : pulseProgress(simNow, p.sentAt, p.arrivesAt, wallNow, p.wallStart);
      if (t >= 1) {
        p.alive = false;
        continue;
      }
      live++;
      if (hidden) continue;
      p.progress = t;
      pointOnPolyline(wire, t, p);
      out.push(p);
    }
    return live;
  }

  clear(): void {
    for (const p of this.pulses) p.alive = false;
  }
}

/**
 * Keeps at most `max` credits in `pulses`, dropping those furthest along: the credits in hand the
 * stage writes come from the published readout, a moment older than the dots, and the two together
 * must never count more than the window.
 */
export function capCredits(pulses: PulseView[], max: number): void {
  let credits = 0;
  for (const p of pulses) if (p.kind === 'credit') credits++;
  while (credits > Math.max(0, max)) {
    let at = -1;
    for (let i = 0; i < pulses.length; i++) {
      const p = pulses[i] as PulseView;
      if (p.kind === 'credit' && (at < 0 || p.progress > (pulses[at] as PulseView).progress))
        at = i;
    }
    pulses.splice(at, 1);
    credits--;
  }
}
