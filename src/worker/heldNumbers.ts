/**
 * The stage's numbers (with the run's picture at their instant, a StageMoment), held in the worker
 * until the page says its cards show them. The worker sends the page the run's numbers and paints the
 * stage itself: written at once, the stage would state numbers a frame or two before the cards did
 * (a reader saw "Done 420" beside "Delivered 391").
 */
import type { StageNumbers } from '../render/stageNumbers.ts';

/** Instants kept waiting for the page, at most: it acknowledges each within a frame or so. */
const MAX_HELD = 8;

interface Held<T> {
  run: number;
  now: number;
  numbers: T;
}

export class HeldNumbers<T = StageNumbers> {
  private readonly held: Held<T>[] = [];

  /** The numbers just sent to the page for `run` at simulated time `now`. */
  hold(run: number, now: number, numbers: T): void {
    this.held.push({ run, now, numbers });
    if (this.held.length > MAX_HELD) this.held.shift();
  }

  /**
   * The numbers of the instant the page has shown, and none older kept; null for an instant not
   * held (another run's, or one already released).
   */
  release(run: number, now: number): T | null {
    const i = this.held.findIndex((h) => h.run === run && h.now === now);
    if (i < 0) return null;
    const { numbers } = this.held[i] as Held<T>;
    this.held.splice(0, i + 1);
    return numbers;
  }
}
