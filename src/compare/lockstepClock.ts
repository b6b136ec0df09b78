/**
 * One simulated clock for every column: each engine is only ever advanced to the same time as all the
 * others, so whenever anyone looks, every column is at the same simulated moment. Because the core's
 * results do not depend on how a run is stepped, each column is then exactly what its scenario gives
 * when run alone to that moment.
 */
import { createSimulation, type Engine } from '../sim/engine.ts';
import type { Scenario } from '../sim/scenario.ts';
import { advanceWithinBudget } from '../driver/advanceWithinBudget.ts';

export type EngineFactory = (scenario: Scenario) => Engine;

/** Stepping never searches further ahead than this many event times for something visible. */
const STEP_EVENT_LIMIT = 10_000;

export class LockstepClock {
  private readonly runs: Engine[];
  private time = 0;

  constructor(
    readonly scenarios: readonly Scenario[],
    make: EngineFactory = (scenario) => createSimulation(scenario),
  ) {
    this.runs = scenarios.map(make);
  }

  /** The shared simulated time, ms. */
  get now(): number {
    return this.time;
  }

  get engines(): readonly Engine[] {
    return this.runs;
  }

  /** Advances every column to `timeMs` (never backwards). */
  advanceTo(timeMs: number): void {
    if (!(timeMs > this.time)) return;
    for (const engine of this.runs) engine.advanceTo(timeMs);
    this.time = timeMs;
  }

  /**
   * Advances by up to `simMs` in slices, every column to the end of a slice before the next, until the
   * work budget runs out. Returns how far the clock moved: when the columns together cannot keep up,
   * the comparison runs slower than asked, but never out of step.
   */
  advance(simMs: number, clock: () => number, budgetMs: number, slices = 8): number {
    return advanceWithinBudget(this, simMs, clock, budgetMs, slices);
  }

  /**
   * Advances every column to the next moment something visible happens in any of them (a message
   * arrives, starts, finishes or is dropped), moving all columns event time by event time. Without
   * animation logs, or when nothing shows within the search, it moves one sample interval.
   */
  step(): void {
    const written = () => this.runs.map((e) => e.events?.written ?? 0);
    const before = written();
    const changed = () => written().some((w, i) => w !== before[i]);
    const logged = this.runs.some((e) => e.events !== null);
    for (let i = 0; logged && i < STEP_EVENT_LIMIT; i++) {
      const next = Math.min(...this.runs.map((e) => e.nextEventTime()));
      if (!Number.isFinite(next)) break;
      // Events due now (at the current time) are handled by advancing to the current time itself.
      if (next <= this.time) for (const engine of this.runs) engine.advanceTo(this.time);
      else this.advanceTo(next);
      if (changed()) return;
    }
    const interval = Math.min(...this.scenarios.map((s) => s.metrics.sampleIntervalMs));
    this.advanceTo(this.time + interval);
  }
}
