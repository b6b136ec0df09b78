/**
 * The compare page's one store: the comparison, the lockstep clock that runs it, play state and speed,
 * and the numbers React shows (refreshed at most ten times a second, never per frame). Any change to
 * a scenario starts every column again from time zero, so the columns always cover the same stretch
 * of simulated time and stay comparable.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { findPreset } from '../sim/presets.ts';
import type { Summary } from '../sim/types.ts';
import { clampSpeed } from '../store/runSlice.ts';
import { strategyById, type StrategyId } from '../domain/strategies.ts';
import {
  addColumn,
  applyPresetSettings,
  chooseStrategy,
  columnLabel,
  columnLetter,
  defaultComparison,
  removeColumn,
  setColumnField,
  setShared,
  type Change,
  type Comparison,
} from './comparison.ts';
import type { CompareProblem } from './compareLink.ts';
import { LockstepClock, type EngineFactory } from './lockstepClock.ts';

export interface CompareLive {
  /** Simulated time of the refresh, ms: the same for every column. */
  timeMs: number;
  /** Each column's summary at `timeMs`, in column order. */
  summaries: readonly Summary[];
  /** Counts refreshes, so charts know when to read the series again. */
  tick: number;
}

export interface CompareState {
  comparison: Comparison;
  /** Runs every column; replaced (with `version` bumped) whenever the runs start again. */
  clock: LockstepClock;
  version: number;
  playing: boolean;
  /** Simulated ms per wall-clock ms, for every column alike. */
  speed: number;
  live: CompareLive;
  /** What was wrong with the link the page was opened with, or with the last change refused. */
  problems: readonly CompareProblem[];
  problemsFrom: 'link' | 'change';
  /** The last thing the page did that a screen-reader user should hear about. */
  note: string;
  showStages: boolean;

  play(): void;
  pause(): void;
  toggle(): void;
  /** Pauses and advances every column to the next moment something happens in any of them. */
  step(): void;
  /** Every column from time zero again, same scenarios and seed. */
  reset(): void;
  setSpeed(speed: number): void;
  /** Changes a shared setting (workload, seed) for every column; false, with problems, if refused. */
  setShared(path: string, value: unknown): boolean;
  setColumnField(index: number, path: string, value: unknown): boolean;
  chooseStrategy(index: number, id: StrategyId): void;
  applyPreset(index: number, presetId: string): void;
  addColumn(): void;
  removeColumn(index: number): void;
  /** Re-reads every column; the frame loop calls it throttled, actions after changing the runs. */
  refreshLive(): void;
  dismissProblems(): void;
  setShowStages(on: boolean): void;
}

export type CompareStore = StoreApi<CompareState>;

export interface CompareStoreOptions {
  comparison?: Comparison;
  playing?: boolean;
  /** Problems to show at once, e.g. why a damaged link opened the default comparison instead. */
  problems?: readonly CompareProblem[];
  /** How each column's engine is made (the page keeps a larger animation log for the stages). */
  engineFactory?: EngineFactory;
  showStages?: boolean;
}

function liveOf(clock: LockstepClock, tick: number): CompareLive {
  return {
    timeMs: clock.now,
    summaries: clock.engines.map((e) => e.summary()),
    tick,
  };
}

export function createCompareStore(options: CompareStoreOptions = {}): CompareStore {
  const makeClock = (comparison: Comparison) =>
    new LockstepClock(comparison.columns, options.engineFactory);
  const comparison = options.comparison ?? defaultComparison();
  const clock = makeClock(comparison);

  return createStore<CompareState>()((set, get) => {
    /** New runs of `next` from time zero, keeping play state and speed. */
    function restart(next: Comparison, note: string): void {
      const fresh = makeClock(next);
      set({
        comparison: next,
        clock: fresh,
        version: get().version + 1,
        live: liveOf(fresh, get().live.tick + 1),
        note,
      });
    }

    /** Applies a change, or keeps everything and stores why it was refused. */
    function commit(change: Change, column: number | null, note: string): boolean {
      if (!change.ok) {
        const letter = column === null ? null : columnLetter(column);
        set({
          problems: change.problems.map((p) => ({ column: letter, ...p })),
          problemsFrom: 'change',
        });
        return false;
      }
      set({ problems: [] });
      restart(change.comparison, change.note ? `${note} ${change.note}` : note);
      return true;
    }

    const label = (index: number) => {
      const column = get().comparison.columns[index];
      return `column ${columnLetter(index)}${column ? ` (${columnLabel(column)})` : ''}`;
    };

    return {
      comparison,
      clock,
      version: 0,
      playing: options.playing ?? true,
      speed: 1,
      live: liveOf(clock, 0),
      problems: options.problems ?? [],
      problemsFrom: 'link',
      note: '',
      showStages: options.showStages ?? true,

      play: () => set({ playing: true }),
      pause: () => set({ playing: false }),
      toggle: () => set({ playing: !get().playing }),

      step() {
        set({ playing: false });
        get().clock.step();
        get().refreshLive();
      },

      reset() {
        restart(get().comparison, 'Every column starts again from time zero.');
      },

      setSpeed(speed) {
        set({ speed: clampSpeed(speed) });
      },

      setShared(path, value) {
        return commit(
          setShared(get().comparison, path, value),
          null,
          'Changed for every column; all start again from time zero.',
        );
      },

      setColumnField(index, path, value) {
        return commit(
          setColumnField(get().comparison, index, path, value),
          index,
          `Changed ${label(index)}; all columns start again from time zero.`,
        );
      },

      chooseStrategy(index, id) {
        const note = `Column ${columnLetter(index)} now uses ${strategyById(id).label}.`;
        commit(chooseStrategy(get().comparison, index, id), index, note);
      },

      applyPreset(index, presetId) {
        commit(
          applyPresetSettings(get().comparison, index, presetId),
          index,
          `Column ${columnLetter(index)} now has the settings of ${findPreset(presetId)?.title ?? presetId}.`,
        );
      },

      addColumn() {
        const change = addColumn(get().comparison);
        const added = change.ok ? change.comparison.columns.at(-1) : undefined;
        const what = added
          ? `column ${columnLetter(get().comparison.columns.length)} (${columnLabel(added)})`
          : 'a column';
        commit(change, null, `Added ${what}; all columns start again from time zero.`);
      },

      removeColumn(index) {
        const moved =
          index < get().comparison.columns.length - 1
            ? ' The columns after it moved up a letter.'
            : '';
        commit(
          removeColumn(get().comparison, index),
          null,
          `Removed ${label(index)}.${moved} All columns start again from time zero.`,
        );
      },

      refreshLive() {
        set({ live: liveOf(get().clock, get().live.tick + 1) });
      },

      dismissProblems: () => set({ problems: [] }),
      setShowStages: (showStages) => set({ showStages }),
    };
  });
}
