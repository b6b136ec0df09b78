/** The shape of the one playground store, slice by slice. */
import type { Exercise } from '../exercises/parsePack.ts';
import type { ScenarioProblem } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { Summary } from '../sim/types.ts';
import type { SinceChange } from '../sim/summary.ts';
import type { InjectedTrigger } from '../sim/triggers.ts';
import type { SimDriver } from '../driver/simDriver.ts';
import type { SimReadout } from '../driver/simReadout.ts';
import type { ChartId } from '../domain/charts.ts';

export interface ApplyOptions {
  /** Remember the scenario being replaced, so `undo` can bring it back (presets, strategy changes). */
  record?: boolean;
  /** Start a new run instead of changing the running one (loading a preset, undo). */
  fresh?: boolean;
  /**
   * The knob (a dotted path) whose move this is: recorded for undo, except while the same knob keeps
   * moving (a slider dragged through forty values is one change), and undone in place.
   */
  knob?: string;
}

/** A scenario as it was before a recorded change, with the preset it then came from. */
export interface HistoryEntry {
  scenario: Scenario;
  presetId: string | null;
  /** Set when the change was a knob's move: undoing it changes the running simulation in place. */
  knob?: string;
}

export interface ScenarioSlice {
  /** The scenario being simulated: always valid, the last good one after bad input. */
  scenario: Scenario;
  /** The preset last loaded, if any, so the reader can go back to it. */
  presetId: string | null;
  /** What was wrong with the last rejected input; empty when the last input was good. */
  problems: readonly ScenarioProblem[];
  /**
   * Whether `problems` are about the share link the page was opened with (so the defaults run
   * instead), about the link's view options (ignored, the scenario opened), or about a change the
   * reader made (so the last good scenario keeps running).
   */
  problemsFrom: 'link' | 'view' | 'change';
  /** What recorded changes replaced, oldest first, for undo. */
  history: readonly HistoryEntry[];
  loadPreset(id: string): void;
  /** Loads a whole scenario from outside (an imported file) as a fresh run that undo can take back. */
  loadScenario(next: unknown): boolean;
  /** Validates `next`; on success applies it and returns true, otherwise keeps the scenario and stores the problems. */
  setScenario(next: unknown, options?: ApplyOptions): boolean;
  /** Changes one field, e.g. `patchScenario('queue.capacity', 20)`. */
  patchScenario(path: string, value: unknown, options?: ApplyOptions): boolean;
  undo(): void;
  /** Back to the last loaded preset as it was, with a new run. */
  resetToPreset(): void;
  dismissProblems(): void;
  /** Reports a link's view options that were ignored, unless the link itself already failed. */
  noteViewProblems(problems: readonly ScenarioProblem[]): void;
}

export interface RunSlice {
  /** Where the simulation runs (this thread or a worker); actions go through it. */
  driver: SimDriver;
  /** The current run as the page reads it; replaced (with `version` bumped) for a new run. */
  engine: SimReadout;
  playing: boolean;
  /** Simulated ms per wall-clock ms, from MIN_SPEED to MAX_SPEED. */
  speed: number;
  /** Bumped whenever `engine` is replaced, so readers of the old one know to start over. */
  version: number;
  play(): void;
  pause(): void;
  toggle(): void;
  /** Pauses and advances until the next thing happens that the stage can show. */
  step(): void;
  /** A new run of the same scenario and seed. */
  reset(): void;
  /** Starts trouble in the running simulation now: the playground's Spike, Slow and Outage buttons. */
  inject(trigger: InjectedTrigger): void;
  setSeed(seed: number): boolean;
  setSpeed(speed: number): void;
  /** Puts a (validated) scenario into the run, in place unless `fresh`; used by the scenario slice. */
  applyToEngine(next: Scenario, fresh: boolean): void;
}

/** The numbers React shows, refreshed at most a few times a second, never per frame. */
export interface LiveStats {
  summary: Summary;
  /** The numbers since the reader last changed the running scenario, which the cards show; null before. */
  sinceChange: SinceChange | null;
  /** Simulated time of the refresh, ms. */
  timeMs: number;
  /** Counts refreshes, so charts know when to read the series again. */
  tick: number;
}

export interface LiveSlice {
  live: LiveStats;
  /** Re-reads the engine; the frame loop calls it throttled, actions call it after changing the run. */
  refreshLive(): void;
}

export { CHART_IDS, type ChartId } from '../domain/charts.ts';
export type Theme = 'system' | 'light' | 'dark';

export interface ViewSlice {
  /** One chart shown large, or every chart. */
  chartFocus: ChartId | null;
  helpOpen: boolean;
  /** Shows every policy knob, to combine freely. */
  advanced: boolean;
  theme: Theme;
  largeText: boolean;
  highContrast: boolean;
  setChartFocus(chart: ChartId | null): void;
  setHelpOpen(open: boolean): void;
  setAdvanced(on: boolean): void;
  setTheme(theme: Theme): void;
  setLargeText(on: boolean): void;
  setHighContrast(on: boolean): void;
}

/** Where an exercise pack comes from: the one built in, an address, or a file loaded earlier here. */
export type PackRef =
  { kind: 'built-in' } | { kind: 'url'; url: string } | { kind: 'file'; id: string };

/** What an exercise link points at: a pack, and one of its exercises or (null) the pack's list. */
export interface ExerciseRoute {
  pack: PackRef;
  exerciseId: string | null;
  /** A learner's answer carried by the link itself, tried (locks and all) when the exercise opens. */
  answer: Scenario | null;
}

/** The lock checks of the exercise being worked on, bound to it by the exercise module. */
export interface ExerciseLocks {
  /** Whether the learner may change the field at a dotted path such as `queue.capacity`. */
  isEditable(path: string): boolean;
  /** The fields `scenario` changed that the exercise keeps fixed; empty when it may run. */
  lockedChanges(scenario: Scenario): ScenarioProblem[];
}

/** The exercise being worked on: its pack, its data, and the scenarios it starts and ends at. */
export interface ActiveExercise {
  packId: string;
  exercise: Exercise;
  /** The exercise's start, seeded with its first checked seed, as the page runs it. */
  start: Scenario;
  /** The reference solution (the start with the solution patch), seeded the same way. */
  solution: Scenario;
  locks: ExerciseLocks;
}

/** What the free playground was showing when an exercise opened, brought back on leaving. */
export interface PlaygroundReturn extends HistoryEntry {
  history: readonly HistoryEntry[];
}

export interface ExerciseSlice {
  /** The exercise link the page follows (and shows in its address), or null in the free playground. */
  exerciseRoute: ExerciseRoute | null;
  /** The exercise being worked on, once its pack has loaded; its locks apply to every change. */
  exercise: ActiveExercise | null;
  exerciseReturn: PlaygroundReturn | null;
  /** Follows an exercise link (the exercise module loads its pack and opens it), or null to stop. */
  followExerciseRoute(route: ExerciseRoute | null): void;
  /**
   * Opens an exercise at its start, then tries `attempt` (a saved or linked answer) over it; false
   * when the attempt was refused, with the problems stored, and the start running.
   */
  enterExercise(active: ActiveExercise, attempt?: Scenario | null): boolean;
  /** Back to the exercise's start, as a fresh run that "Undo" can take back. */
  startOver(): void;
  /** Applies the reference solution, as a fresh run that "Undo" can take back. */
  showSolution(): void;
  /** Back to the free playground as it was before the first exercise opened. */
  leaveExercise(): void;
}

export type PlaygroundState = ScenarioSlice & RunSlice & LiveSlice & ViewSlice & ExerciseSlice;
