/**
 * How each worker looks this frame: a new worker grows solid over its cold start (how solid it looks
 * is how ready it is), a retiring one is faint, and the progress bar shows the service in hand unless
 * it is too quick to follow at the current speed.
 *
 * A starting worker is there from its first frame, faint but readable ("Worker 3 · warming"): it
 * used to start at a fifth of full strength and fade in from nothing over half a second besides,
 * so a reader who looked as it came saw two workers beside a knob saying "now 3".
 */
import type { SimSnapshot } from '../sim/snapshot.ts';
import { showsProgress } from './flow.ts';
import type { WorkerView } from './scene.ts';

const FADE_MS = 500;
/** How solid a starting worker is as its cold start begins: its words still read (about 5:1). */
export const STARTING_ALPHA = 0.65;

export class WorkerFades {
  private readonly addedAt = new Map<number, number>();
  private readonly firstSeen = new Map<number, number>();
  private readonly views: WorkerView[] = [];
  private known = new Set<number>();

  /** Records when a worker was added (from the event log), for its cold-start fade. */
  noteAdded(id: number, simTime: number): void {
    this.addedAt.set(id, simTime);
  }

  reset(): void {
    this.addedAt.clear();
    this.firstSeen.clear();
  }

  /**
   * Fills `out` with one view per worker. `coldStartMs` stands in for a missed "added" event;
   * `simPerWall` (simulated ms per wall ms) decides whether a progress bar can be followed.
   */
  build(
    snapshot: SimSnapshot,
    coldStartMs: number,
    simPerWall: number,
    wallNow: number,
    reduced: boolean,
    out: WorkerView[],
  ): void {
    out.length = 0;
    const first = this.firstSeen.size === 0;
    for (const w of snapshot.workers) {
      let seen = this.firstSeen.get(w.id);
      if (seen === undefined) {
        // The workers there from the start do not fade in, nor does one starting (its faint dashed
        // box already says it is arriving, and grows solid as it warms up); one ready at once does.
        seen = first || w.status === 'starting' ? -Infinity : wallNow;
        this.firstSeen.set(w.id, seen);
      }
      this.views[out.length] ??= {
        id: 0,
        status: 'idle',
        alpha: 1,
        progress: -1,
        readyInMs: 0,
        holding: false,
        wasted: false,
      };
      const v = this.views[out.length] as WorkerView;
      v.id = w.id;
      v.status = w.status;
      v.readyInMs = 0;
      v.holding = false;
      v.wasted = w.wasted && w.status === 'busy';
      let alpha = 1;
      if (w.status === 'starting') {
        const added = this.addedAt.get(w.id) ?? w.readyAt - coldStartMs;
        const span = w.readyAt - added;
        const p = span > 0 ? Math.min(1, Math.max(0, (snapshot.now - added) / span)) : 1;
        alpha = STARTING_ALPHA + (0.9 - STARTING_ALPHA) * p;
        v.readyInMs = Math.max(0, w.readyAt - snapshot.now);
      } else if (w.status === 'retiring') {
        alpha = 0.45;
      }
      if (!reduced) alpha *= Math.min(1, (wallNow - seen) / FADE_MS);
      v.alpha = Math.max(0, alpha);
      const service = w.endsAt - w.startedAt;
      const serving = w.block !== null && (w.status === 'busy' || w.status === 'retiring');
      v.progress =
        serving && showsProgress(service, simPerWall)
          ? Math.min(1, Math.max(0, (snapshot.now - w.startedAt) / Math.max(1e-9, service)))
          : -1;
      out.push(v);
    }
    if (this.firstSeen.size > snapshot.workers.length + 16) this.forgetGone(snapshot);
  }

  /** Forgets workers long gone, so an autoscaler running for hours cannot grow the maps. */
  private forgetGone(snapshot: SimSnapshot): void {
    this.known = new Set(snapshot.workers.map((w) => w.id));
    for (const id of this.firstSeen.keys()) if (!this.known.has(id)) this.firstSeen.delete(id);
    for (const id of this.addedAt.keys()) if (!this.known.has(id)) this.addedAt.delete(id);
  }
}
