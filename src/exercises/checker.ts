/**
 * The checker: runs a learner's scenario headless for the exercise's duration on every one of its
 * seeds and measures every goal on every seed. Every seed must pass, so luck cannot pass an
 * exercise.
 *
 * `checkSteps` is a generator that does a bounded amount of work per `next()` (about
 * `messagesPerStep` messages), so a page can run a check between frames or in a Web Worker without
 * freezing; `checkExercise` runs one to the end at once, for Node and tests. Both give the same
 * result: how a run is stepped never changes it.
 */
import { createSimulation, type Engine } from '../sim/engine.ts';
import type { ScenarioProblem } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { DropReason, Summary } from '../sim/types.ts';
import { formatNumber } from './formatValue.ts';
import { describeOutcome, goalLabel, meetsGoal, missBy } from './goalText.ts';
import { budgetProblem, budgetUse } from './budget.ts';
import { lockedChanges } from './knobs.ts';
import { verdictText } from './verdictText.ts';
import { METRICS, type MetricId } from './metrics.ts';
import type { Goal } from './packSchema.ts';
import type { Exercise } from './parsePack.ts';
import { takeTally, tallyBetween, type RunTally } from './runTally.ts';

/** How one goal did on one seed. */
export interface GoalResult {
  /** The goal's position in the exercise's list. */
  goalIndex: number;
  /** The goal in words: "p99 latency under 2 s". */
  label: string;
  seed: number;
  /** What the run measured, in the metric's unit; NaN when it could not be measured. */
  measured: number;
  /** The goal's threshold, in the same unit. */
  threshold: number;
  passed: boolean;
  /** How far past the threshold, in the unit; 0 when passed, Infinity when not measurable. */
  miss: number;
  /**
   * Room to spare: how far inside the threshold, in the unit (threshold − measured for a limit,
   * measured − threshold for a target); zero or negative when the goal is missed.
   */
  margin: number;
  /** One sentence: "p99 latency was 3.4 s, 1.4 s over the 2 s limit". */
  text: string;
}

export interface SeedResult {
  seed: number;
  passed: boolean;
  goals: GoalResult[];
  /** What the exercise's prediction is about, measured on this seed; null when it names nothing. */
  predictionMeasured: number | null;
}

/** How one goal did over all seeds. */
export interface GoalVerdict {
  goalIndex: number;
  label: string;
  /** Met on every seed. */
  passed: boolean;
  /** Seeds on which it was missed. */
  failedSeeds: number[];
  /** The seed where it did worst: the largest miss, or when met everywhere, the least room. */
  worst: GoalResult;
  /** What follows the label in the result: ": 0 messages on every seed." (verdictText.ts). */
  line: string;
}

export type CheckResult =
  | {
      /** Not run: the scenario changed locked fields, or spends more than the exercise's budget. */
      status: 'refused';
      passed: false;
      /** The locked fields the scenario changed (the headline says what the budget is); nothing was run. */
      problems: ScenarioProblem[];
      headline: string;
    }
  | {
      status: 'passed' | 'failed';
      passed: boolean;
      seeds: SeedResult[];
      goals: GoalVerdict[];
      /** Every missed goal on every seed, worst first: "p99 latency was …, on seed 3". */
      failures: string[];
      headline: string;
    };

export interface CheckProgress {
  /** Seeds finished so far, and how many there are. */
  seedsDone: number;
  seedCount: number;
  /** The seed being run now. */
  seed: number;
  /** Simulated time reached in the current seed, and the run's duration, ms. */
  simulatedMs: number;
  durationMs: number;
  /** Share of the whole check done, from 0 to 1. */
  fraction: number;
}

export interface CheckOptions {
  /**
   * Roughly how many messages one step of `checkSteps` simulates. The default, 20,000, is a few
   * milliseconds of work, which fits between two frames.
   */
  messagesPerStep?: number;
}

/** What the checker needs of an exercise. */
export type CheckableExercise = Pick<
  Exercise,
  'start' | 'knobs' | 'goals' | 'durationSec' | 'seeds'
> &
  Partial<Pick<Exercise, 'budget' | 'prediction'>>;

const DEFAULT_MESSAGES_PER_STEP = 20_000;
/** The first step of a seed, before its pace is known: a tenth of a simulated second. */
const FIRST_STEP_MS = 100;

/**
 * The scenario as the checker runs it: the learner's, with the exercise's seed and duration, and
 * the start's recording settings (they change what is drawn, not what is measured).
 */
export function scenarioForSeed(
  exercise: CheckableExercise,
  scenario: Scenario,
  seed: number,
): Scenario {
  return {
    ...scenario,
    seed,
    durationSec: exercise.durationSec,
    metrics: {
      ...scenario.metrics,
      sampleIntervalMs: exercise.start.metrics.sampleIntervalMs,
      seriesLength: exercise.start.metrics.seriesLength,
    },
  };
}

/** Every moment a tally is needed, in simulated ms, in order: window edges and the end. */
function checkpoints(goals: readonly Measured[], durationMs: number): number[] {
  const times = new Set<number>([durationMs]);
  for (const g of goals) {
    if (!g.window) continue;
    times.add(g.window.fromSec * 1000);
    times.add(g.window.toSec * 1000);
  }
  return [...times].sort((a, b) => a - b);
}

/** What can be measured: a goal, or what a prediction is about (a metric, a reason, a window). */
type Measured = {
  metric: MetricId;
  reason?: DropReason | undefined;
  window?: { fromSec: number; toSec: number } | undefined;
};

/** Measures one goal (or a prediction's measure) from a finished run. */
export function measureGoal(
  goal: Measured,
  summary: Summary,
  tallies: ReadonlyMap<number, RunTally>,
): number {
  const def = METRICS[goal.metric];
  const reason = 'reason' in goal ? goal.reason : undefined;
  if (!goal.window) return def.fromSummary(summary, reason);
  const from = tallies.get(goal.window.fromSec * 1000);
  const to = tallies.get(goal.window.toSec * 1000);
  if (!from || !to) throw new Error(`checker: no tally for the window of ${goal.metric}`);
  return def.fromWindow(tallyBetween(from, to), reason);
}

function goalResult(goal: Goal, goalIndex: number, seed: number, measured: number): GoalResult {
  const upper = goal.compare === 'below' || goal.compare === 'at-most';
  const margin = Number.isNaN(measured)
    ? -Infinity
    : upper
      ? goal.value - measured
      : measured - goal.value;
  return {
    goalIndex,
    label: goalLabel(goal),
    seed,
    measured,
    threshold: goal.value,
    passed: meetsGoal(goal, measured),
    miss: missBy(goal, measured),
    margin,
    text: describeOutcome(goal, measured),
  };
}

/** Runs one seed in steps, yielding after each; returns the goal results. */
function* runSeed(
  exercise: CheckableExercise,
  scenario: Scenario,
  seed: number,
  messagesPerStep: number,
  progress: (engine: Engine) => CheckProgress,
): Generator<CheckProgress, SeedResult, void> {
  const durationMs = exercise.durationSec * 1000;
  const engine = createSimulation(scenarioForSeed(exercise, scenario, seed), { eventCapacity: 0 });
  const tallies = new Map<number, RunTally>();
  let stepMs = FIRST_STEP_MS;
  const measure = exercise.prediction?.measure ?? null;
  const measured: Measured[] = measure ? [...exercise.goals, measure] : exercise.goals;
  for (const at of checkpoints(measured, durationMs)) {
    while (engine.now < at) {
      const before = workDone(engine);
      const startedAt = engine.now;
      engine.advanceTo(Math.min(at, engine.now + stepMs));
      // Size the next step from this one's pace, so each step costs about the same.
      const done = workDone(engine) - before;
      const elapsed = engine.now - startedAt;
      const pace = done > 0 && elapsed > 0 ? done / elapsed : 0;
      stepMs = pace > 0 ? Math.max(1, messagesPerStep / pace) : stepMs * 4;
      yield progress(engine);
    }
    tallies.set(at, takeTally(engine));
  }
  const summary = engine.summary();
  const goals = exercise.goals.map((goal, i) =>
    goalResult(goal, i, seed, measureGoal(goal, summary, tallies)),
  );
  return {
    seed,
    passed: goals.every((g) => g.passed),
    goals,
    predictionMeasured: measure ? measureGoal(measure, summary, tallies) : null,
  };
}

/** Messages made plus messages finished: a stand-in for the events a step handled. */
function workDone(engine: Engine): number {
  return engine.meter.offered + engine.meter.deliveredCount;
}

/**
 * Checks a scenario against an exercise's goals, step by step: each `next()` simulates about
 * `messagesPerStep` messages and yields the progress; the generator's return value is the result.
 * A scenario that changes locked fields is not run: the result says which.
 */
export function* checkSteps(
  exercise: CheckableExercise,
  scenario: Scenario,
  options: CheckOptions = {},
): Generator<CheckProgress, CheckResult, void> {
  const refused = refusal(exercise, scenario);
  if (refused) return refused;
  const messagesPerStep = Math.max(1, options.messagesPerStep ?? DEFAULT_MESSAGES_PER_STEP);
  const durationMs = exercise.durationSec * 1000;
  const seedCount = exercise.seeds.length;
  const seeds: SeedResult[] = [];
  for (const [index, seed] of exercise.seeds.entries()) {
    const progress = (engine: Engine): CheckProgress => ({
      seedsDone: index,
      seedCount,
      seed,
      simulatedMs: engine.now,
      durationMs,
      fraction: (index + engine.now / durationMs) / seedCount,
    });
    seeds.push(yield* runSeed(exercise, scenario, seed, messagesPerStep, progress));
  }
  return summarise(exercise.goals, seeds);
}

/**
 * Why a scenario is not run at all, or null: it changes fields the exercise keeps fixed, or its
 * knobs together spend more than the exercise's budget.
 */
function refusal(exercise: CheckableExercise, scenario: Scenario): CheckResult | null {
  const locked = lockedChanges(exercise, scenario);
  const use = exercise.budget ? budgetUse(exercise.budget, scenario) : null;
  const overBudget = use ? budgetProblem(use) : null;
  if (locked.length === 0 && overBudget === null) return null;
  const fields = locked.map((p) => p.path).join(', ');
  const lockedLine =
    locked.length > 0
      ? `this exercise lets you change only ${exercise.knobs.join(', ')}, and ${fields} ${locked.length === 1 ? 'was' : 'were'} changed too.`
      : '';
  const reasons = [lockedLine, overBudget ?? ''].filter(Boolean).join(' ');
  return {
    status: 'refused',
    passed: false,
    problems: locked,
    headline: `Not checked: ${reasons.charAt(0).toLowerCase()}${reasons.slice(1)}`,
  };
}

/** Runs a whole check at once (Node, tests, the command line). */
export function checkExercise(
  exercise: CheckableExercise,
  scenario: Scenario,
  options: CheckOptions = {},
): CheckResult {
  const steps = checkSteps(exercise, scenario, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function summarise(goals: readonly Goal[], seeds: SeedResult[]): CheckResult {
  const verdicts: GoalVerdict[] = goals.map((goal, goalIndex) => {
    const results = seeds.map((s) => s.goals[goalIndex] as GoalResult);
    const worst = results.reduce((a, b) => (b.margin < a.margin ? b : a));
    const verdict = {
      goalIndex,
      label: worst.label,
      passed: results.every((r) => r.passed),
      failedSeeds: results.filter((r) => !r.passed).map((r) => r.seed),
      worst,
    };
    return { ...verdict, line: verdictText(goal, verdict, seeds) };
  });
  const misses = seeds
    .flatMap((s) => s.goals.filter((g) => !g.passed))
    .sort((a, b) => b.miss / scale(b) - a.miss / scale(a));
  const failures = misses.map((g) => `${g.text}, on seed ${g.seed}`);
  const passed = misses.length === 0;
  const missed = verdicts.filter((v) => !v.passed).length;
  const headline = passed
    ? `Passed: ${every(goals.length, 'goal')} met on ${every(seeds.length, 'seed')}.`
    : `Not yet: ${missed} of ${goals.length} ${goals.length === 1 ? 'goal' : 'goals'} missed; the worst: ${failures[0] as string}.`;
  return {
    status: passed ? 'passed' : 'failed',
    passed,
    seeds,
    goals: verdicts,
    failures,
    headline,
  };
}

/** "the goal", "both goals", "all 3 goals": "all 2 goals met" read oddly. */
function every(count: number, noun: string): string {
  if (count === 1) return `the ${noun}`;
  if (count === 2) return `both ${noun}s`;
  return `all ${formatNumber(count)} ${noun}s`;
}

/** Misses compared across goals as a share of the threshold (a 0 threshold counts per unit). */
function scale(g: GoalResult): number {
  return g.threshold > 0 ? g.threshold : 1;
}
