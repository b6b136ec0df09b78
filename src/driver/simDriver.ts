/**
 * Where the simulation runs. The store talks to a driver, not to an engine: a local driver keeps the
 * engine on this thread (tests, and browsers without workers); a worker driver keeps it in a Web
 * Worker, so a fast simulation never takes frames from the page.
 */
import type { Scenario } from '../sim/scenario.ts';
import type { InjectedTrigger } from '../sim/triggers.ts';
import type { SimReadout } from './simReadout.ts';

export interface SimDriver {
  readonly kind: 'local' | 'worker';
  /** The current run, as the page reads it. */
  readonly readout: SimReadout;
  /** A new run of `scenario`. */
  load(scenario: Scenario): void;
  /** Changes the running simulation in place when it can; otherwise starts a new run. */
  apply(scenario: Scenario): void;
  /** Advances until the next thing happens that the stage can show. */
  step(): void;
  /** Starts a spike, a slowdown or an outage in the running simulation, now. */
  inject(trigger: InjectedTrigger): void;
  setPlaying(playing: boolean): void;
  /**
   * Simulated ms the run may not pass while playing (an exercise's duration), or null for none. A
   * run that reaches it stops there exactly, so its numbers are those a check of the same length sees.
   */
  setStopAt(ms: number | null): void;
  setSpeed(speed: number): void;
  setHidden(hidden: boolean): void;
  /**
   * Called on this thread's animation frame: advances a local run by up to `simMs` within
   * `budgetMs`, and returns how far the run moved since the last frame (either kind).
   */
  frame(simMs: number, clock: () => number, budgetMs: number): number;
  /** Tells the store when the readout changed; `fresh` when it is a new run. Returns an unsubscribe. */
  onUpdate(listener: (fresh: boolean) => void): () => void;
  dispose(): void;
}
