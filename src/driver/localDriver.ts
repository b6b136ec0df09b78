/** The simulation on this thread: the engine itself is the readout. */
import type { Engine } from '../sim/engine.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { InjectedTrigger } from '../sim/triggers.ts';
import { applyScenario, createEngine } from './engineControl.ts';
import type { SimDriver } from './simDriver.ts';
import { advanceWithinBudget } from './advanceWithinBudget.ts';
import { stepToVisible } from './stepToVisible.ts';

export class LocalDriver implements SimDriver {
  readonly kind = 'local';
  private current: Engine;
  private readonly listeners = new Set<(fresh: boolean) => void>();

  constructor(scenario: Scenario) {
    this.current = createEngine(scenario);
  }

  /** The engine itself, for the stage when it draws on this thread. */
  get engine(): Engine {
    return this.current;
  }

  get readout(): Engine {
    return this.current;
  }

  load(scenario: Scenario): void {
    this.current = createEngine(scenario);
    this.notify(true);
  }

  apply(scenario: Scenario): void {
    const applied = applyScenario(this.current, scenario);
    this.current = applied.engine;
    this.notify(applied.kind === 'fresh');
  }

  step(): void {
    stepToVisible(this.current);
    this.notify(false);
  }

  inject(trigger: InjectedTrigger): void {
    this.current.inject(trigger);
    this.notify(false);
  }

  private stopAt: number | null = null;

  // The frame loop reads playing, speed and visibility from the store itself.
  setPlaying(): void {}
  setStopAt(ms: number | null): void {
    this.stopAt = ms;
  }
  setSpeed(): void {}
  setHidden(): void {}

  frame(simMs: number, clock: () => number, budgetMs: number): number {
    const room = this.stopAt === null ? simMs : Math.min(simMs, this.stopAt - this.current.now);
    return room > 0 ? advanceWithinBudget(this.current, room, clock, budgetMs) : 0;
  }

  /** Whether the run has reached the time it may not pass. */
  get atStop(): boolean {
    return this.stopAt !== null && this.current.now >= this.stopAt;
  }

  onUpdate(listener: (fresh: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.listeners.clear();
  }

  private notify(fresh: boolean): void {
    for (const listener of this.listeners) listener(fresh);
  }
}
