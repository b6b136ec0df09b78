/**
 * From untrusted input (a file, a download, the built-in pack) to a checked exercise pack, or to a
 * list of problems, each a dotted path and a sentence: `exercises.2.goals.0.value: must be a number
 * from 0 to 86400000 (ms) (got -5)`. Never throws, whatever the input.
 *
 * Beyond the schema's shapes and ranges it checks what needs several fields at once: each start
 * and solution is a valid scenario (problems re-pathed under the exercise), knobs name fields of
 * the start, windows end within the run, ids and seeds are not repeated, and the solution changes
 * only knobs, and at least one.
 */
import * as v from 'valibot';
import {
  parseScenario,
  toProblems,
  type ParseResult,
  type ScenarioProblem,
} from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import { findDuplicateKey } from '../cli-support/jsonDuplicateKeys.ts';
import { readJsonText, tooDeepMessage } from '../cli-support/readJsonText.ts';
import { shortened } from '../text/echo.ts';
import { checkInputSize } from './inputLimits.ts';
import { budgetProblem, budgetUse, type Budget } from './budget.ts';
import {
  applyPatch,
  fieldAt,
  isEditable,
  knobProblem,
  lockedChanges,
  type ScenarioPatch,
} from './knobs.ts';
import { migratePack } from './migratePack.ts';
import { METRICS, WINDOWLESS_WHY } from './metrics.ts';
import { ExerciseSchema, PackSchema, type Goal, type Measure } from './packSchema.ts';
import { proofStatus, type ProofStatus } from './packProof.ts';

/** A tempting wrong answer, checked: its settings apply to the start and turn only knobs. */
export interface WrongAnswer {
  /** The settings as written in the pack: the fields a learner's settings must match. */
  settings: ScenarioPatch;
  /** The start with the settings applied: what `npm run check-exercises` proves fails. */
  scenario: Scenario;
  /** Shown when a learner's failed check used these settings. */
  note: string;
}

/** A prediction the exercise asks for before the check. */
export interface Prediction {
  question: string;
  /** The answers to choose from; null for a number. */
  choices: string[] | null;
  /** The unit after a number prediction; empty when none, and for choices. */
  unit: string;
  /** What the check measures for the prediction to be compared with; null for nothing. */
  measure: Measure | null;
  /** For choices: the bound of each choice but the last, in the metric's unit (see packSchema). */
  upTo: number[] | null;
}

/** One exercise, checked and complete: its scenarios parsed, its defaults filled in. */
export interface Exercise {
  id: string;
  title: string;
  story: string;
  /** The scenario the learner starts from. */
  start: Scenario;
  /** Dotted paths of the fields the learner may change (see knobs.ts). */
  knobs: string[];
  goals: Goal[];
  durationSec: number;
  seeds: number[];
  hints: string[];
  /** The reference solution as written in the pack: the fields it changes. */
  solutionPatch: ScenarioPatch;
  /** The reference solution as a complete scenario: the start with the patch applied. */
  solution: Scenario;
  /** A total several knobs share (budget.ts); null when the knobs are independent. */
  budget: Budget | null;
  /** What to predict before checking; null when the exercise asks for nothing. */
  prediction: Prediction | null;
  /** Tempting wrong answers in the pack's order; the first that matches is the one shown. */
  wrongAnswers: WrongAnswer[];
  explanation: string;
}

export interface ExercisePack {
  id: string;
  title: string;
  description: string;
  exercises: Exercise[];
  /** Whether check-exercises proved the pack as it is (packProof.ts). */
  proof: ProofStatus;
}

export type PackProblem = ScenarioProblem;

/** A pack file is a few tens of KB; anything past this is not one. */
export const MAX_PACK_TEXT = 5_000_000;

type RawExercise = v.InferOutput<typeof ExerciseSchema>;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const under = (prefix: string, problems: readonly ScenarioProblem[]): ScenarioProblem[] =>
  problems.map((p) => ({ path: p.path ? `${prefix}.${p.path}` : prefix, message: p.message }));

/** The scenario problems of every start written as an object, checked even when other fields fail. */
function startProblems(input: Record<string, unknown>): ScenarioProblem[] {
  const exercises = input['exercises'];
  if (!Array.isArray(exercises)) return [];
  return exercises.flatMap((exercise: unknown, i) => {
    if (!isRecord(exercise) || !isRecord(exercise['start'])) return [];
    const parsed = parseScenario(exercise['start']);
    return parsed.ok ? [] : under(`exercises.${i}.start`, parsed.problems);
  });
}

/**
 * valibot's issues as problems. A required field that is missing reads "is required"; everything
 * else is described as the scenario parser does.
 */
function issuesToProblems(issues: readonly v.BaseIssue<unknown>[]): ScenarioProblem[] {
  const missing = (issue: v.BaseIssue<unknown>) =>
    issue.kind === 'schema' &&
    (issue.type === 'strict_object' || issue.type === 'loose_object') &&
    issue.input === undefined &&
    (issue.path?.length ?? 0) > 0;
  return issues.flatMap((issue) =>
    missing(issue)
      ? [{ path: v.getDotPath(issue) ?? '', message: 'is required' }]
      : toProblems([issue], PackSchema),
  );
}

/** The exercise index a problem belongs to, so problems can be listed exercise by exercise. */
function exerciseIndex(problem: ScenarioProblem): number {
  const match = /^exercises\.(\d+)/.exec(problem.path);
  return match ? Number(match[1]) : -1;
}

/** Validates an exercise pack (any value, typically parsed JSON) and fills in every default. */
export function parsePack(input: unknown): ParseResult<ExercisePack> {
  const tooBig = checkInputSize(input);
  if (tooBig.length > 0) return { ok: false, problems: tooBig };
  const migrated = migratePack(input);
  if (!migrated.ok) return migrated;

  const result = v.safeParse(PackSchema, migrated.value);
  const problems = [
    ...(result.success ? [] : issuesToProblems(result.issues)),
    ...startProblems(migrated.value),
  ];

  // The checks across an exercise's fields run for every exercise whose fields are each fine, even
  // when others are not, so one run of the checker lists every problem of the file. The scenarios
  // are read from the input itself, not from valibot's output: its copy of a loose object assigns
  // a "__proto__" key, which would quietly drop it instead of reporting it.
  const inputs = migrated.value['exercises'];
  const exercises: Exercise[] = [];
  const seenIds = new Map<string, number>();
  (Array.isArray(inputs) ? inputs : []).forEach((input: unknown, i) => {
    const prefix = `exercises.${i}`;
    const own = v.safeParse(ExerciseSchema, input);
    if (!own.success || !isRecord(input)) return;
    const earlier = seenIds.get(own.output.id);
    if (earlier !== undefined)
      problems.push({
        path: `${prefix}.id`,
        message: `is already the id of exercise ${earlier} (got "${own.output.id}")`,
      });
    else seenIds.set(own.output.id, i);
    const exercise = checkExercise(own.output, input, prefix, problems);
    if (exercise) exercises.push(exercise);
  });

  if (!result.success || problems.length > 0) return { ok: false, problems: byExercise(problems) };
  const pack = result.output;
  return {
    ok: true,
    value: {
      id: pack.id,
      title: pack.title,
      description: pack.description ?? '',
      exercises,
      proof: proofStatus(migrated.value),
    },
  };
}

/** Problems exercise by exercise; within one, in the order found (schema, scenario, the rest). */
function byExercise(problems: readonly ScenarioProblem[]): ScenarioProblem[] {
  return problems
    .map((p, order) => ({ p, order }))
    .sort((a, b) => exerciseIndex(a.p) - exerciseIndex(b.p) || a.order - b.order)
    .map(({ p }) => p);
}

/** The checks of one exercise that need several of its fields; problems go into `out`. */
function checkExercise(
  raw: RawExercise,
  input: Record<string, unknown>,
  prefix: string,
  out: ScenarioProblem[],
): Exercise | null {
  const before = out.length;
  const startInput = input['start'];
  const solutionInput = input['solution'];
  // The start parsed before; parse again to have it typed (it is small, and this stays pure).
  const parsedStart = parseScenario(startInput);
  if (!parsedStart.ok) return null;
  const start = parsedStart.value;

  raw.seeds.forEach((seed, j) => {
    if (raw.seeds.indexOf(seed) !== j)
      out.push({
        path: `${prefix}.seeds.${j}`,
        message: `repeats seed ${seed}; each seed is checked once`,
      });
  });
  raw.knobs.forEach((knob, j) => {
    const problem =
      raw.knobs.indexOf(knob) !== j ? `repeats the knob ${knob}` : knobProblem(start, knob);
    if (problem) out.push({ path: `${prefix}.knobs.${j}`, message: `${problem} (got "${knob}")` });
  });
  // The schema checked each goal against its metric's variant; the union type says as much.
  const goals = raw.goals as Goal[];
  goals.forEach((goal, j) => {
    if (goal.window && goal.window.toSec > raw.durationSec)
      out.push({
        path: `${prefix}.goals.${j}.window.toSec`,
        message: `must be at most the exercise’s durationSec, ${raw.durationSec} (got ${goal.window.toSec})`,
      });
  });

  if (raw.prediction) checkPrediction(raw.prediction, raw.durationSec, `${prefix}.prediction`, out);

  const knobs = { knobs: raw.knobs, start };
  const budget = raw.budget ?? null;
  if (budget) checkBudget(budget, knobs, `${prefix}.budget`, out);
  const solution = patchedScenario(knobs, solutionInput, `${prefix}.solution`, out);
  if (budget && solution && budgetUse(budget, solution).over)
    out.push({
      path: `${prefix}.solution`,
      message: `spends more than the budget: ${budgetProblem(budgetUse(budget, solution)) ?? ''}`,
    });
  if (solution && lockedChanges({ knobs: [], start }, solution).length === 0)
    out.push({
      path: `${prefix}.solution`,
      message: 'changes nothing in the start, so it cannot pass where the start fails',
    });

  const wrongInputs = Array.isArray(input['wrongAnswers']) ? input['wrongAnswers'] : [];
  const wrongAnswers: WrongAnswer[] = [];
  raw.wrongAnswers.forEach(({ note }, k) => {
    const path = `${prefix}.wrongAnswers.${k}.settings`;
    const wrong: unknown = wrongInputs[k];
    const settings = isRecord(wrong) ? wrong['settings'] : undefined;
    const scenario = patchedScenario(knobs, settings, path, out);
    if (!scenario) return;
    if (lockedChanges({ knobs: [], start }, scenario).length === 0)
      out.push({
        path,
        message:
          'changes nothing in the start, which is already known to fail; name the tempting settings',
      });
    else wrongAnswers.push({ settings: settings as ScenarioPatch, scenario, note });
  });

  if (out.length > before || !solution) return null;
  return {
    id: raw.id,
    title: raw.title,
    story: raw.story,
    start,
    knobs: raw.knobs,
    goals,
    durationSec: raw.durationSec,
    seeds: raw.seeds,
    hints: raw.hints,
    solutionPatch: solutionInput as ScenarioPatch,
    solution,
    budget,
    prediction: raw.prediction
      ? {
          question: raw.prediction.question,
          choices: raw.prediction.choices ?? null,
          unit: raw.prediction.unit ?? '',
          measure: raw.prediction.measure ?? null,
          upTo: raw.prediction.upTo ?? null,
        }
      : null,
    wrongAnswers,
    explanation: raw.explanation,
  };
}

/**
 * A prediction compared with a measurement: a reason only on a metric of losses, a window only on
 * one measured in windows and within the run; choices need one bound fewer than there are choices,
 * rising; a number on a share is written in %.
 */
function checkPrediction(
  prediction: NonNullable<RawExercise['prediction']>,
  durationSec: number,
  path: string,
  out: ScenarioProblem[],
): void {
  const { measure, upTo, choices } = prediction;
  if (!measure) {
    if (upTo !== undefined)
      out.push({ path: `${path}.upTo`, message: 'needs a measure to compare with' });
    return;
  }
  const def = METRICS[measure.metric];
  if (measure.reason !== undefined && !def.takesReason)
    out.push({
      path: `${path}.measure.reason`,
      message: `is only for metrics of lost messages, not ${measure.metric}`,
    });
  if (measure.window && !def.windowed)
    out.push({ path: `${path}.measure.window`, message: WINDOWLESS_WHY });
  else if (measure.window && measure.window.toSec > durationSec)
    out.push({
      path: `${path}.measure.window.toSec`,
      message: `must be at most the exercise’s durationSec, ${durationSec} (got ${measure.window.toSec})`,
    });
  if (choices) {
    const rising = upTo?.every((b, i) => i === 0 || b > (upTo[i - 1] as number)) ?? false;
    if (upTo?.length !== choices.length - 1 || !rising)
      out.push({
        path: `${path}.upTo`,
        message: `must list ${choices.length - 1} rising ${choices.length === 2 ? 'bound' : 'bounds'}, one for each choice but the last, to say which choice a measurement makes right`,
      });
  } else {
    if (upTo !== undefined)
      out.push({ path: `${path}.upTo`, message: 'is for choices; leave it out for a number' });
    if (def.unit === 'fraction' && prediction.unit !== '%')
      out.push({
        path: `${path}.unit`,
        message: `must be "%": ${measure.metric} is a share, and a number prediction of it is written in %`,
      });
  }
}

/** A budget's parts must be number knobs of the exercise, once each, and the start must keep to it. */
function checkBudget(
  budget: Budget,
  exercise: { knobs: readonly string[]; start: Scenario },
  path: string,
  out: ScenarioProblem[],
): void {
  const before = out.length;
  budget.parts.forEach(({ knob }, i) => {
    const { found, value } = fieldAt(exercise.start, knob);
    const problem =
      budget.parts.findIndex((p) => p.knob === knob) !== i
        ? 'names this knob twice'
        : !isEditable(exercise, knob)
          ? 'is not a knob of this exercise; list it in knobs'
          : !found || (typeof value !== 'number' && value !== null)
            ? 'must name a number field of the start'
            : null;
    if (problem)
      out.push({ path: `${path}.parts.${i}.knob`, message: `${problem} (got "${knob}")` });
  });
  if (out.length === before && budgetUse(budget, exercise.start).over)
    out.push({
      path: `${path}.total`,
      message: `is less than the start spends, so the start could not be checked: ${budgetProblem(budgetUse(budget, exercise.start)) ?? ''}`,
    });
}

/**
 * The start with a patch applied (the solution, or a wrong answer's settings), checked as a
 * scenario that changes only knobs; null, with problems under `path`, when it is not one.
 */
function patchedScenario(
  exercise: { knobs: readonly string[]; start: Scenario },
  patch: unknown,
  path: string,
  out: ScenarioProblem[],
): Scenario | null {
  const patched = parseScenario(applyPatch(exercise.start, patch));
  if (!patched.ok) {
    out.push(...under(path, patched.problems));
    return null;
  }
  const locked = lockedChanges(exercise, patched.value);
  for (const change of locked)
    out.push({
      path: `${path}.${change.path}`,
      message:
        'changes a field that is not a knob of this exercise; add it to knobs or leave it out',
    });
  return locked.length > 0 ? null : patched.value;
}

/** Parses a pack file's text; JSON errors say where (line:column), as the scenario loader does. */
export function parsePackText(text: string): ParseResult<ExercisePack> {
  if (text.length > MAX_PACK_TEXT)
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `is ${Math.round(text.length / 1e6)} MB; a pack file may be at most ${MAX_PACK_TEXT / 1e6} MB`,
        },
      ],
    };
  const read = readJsonText(text);
  if (!read.ok) {
    const { problem } = read;
    const message =
      problem.kind === 'too-deep'
        ? tooDeepMessage(problem.limit)
        : problem.kind === 'syntax'
          ? `is not valid JSON at line ${problem.line}, column ${problem.column}: ${problem.message}`
          : `is not valid JSON: ${problem.message}`;
    return { ok: false, problems: [{ path: '', message }] };
  }
  // JSON keeps the last of two equal keys and drops the first without a word: a pack author who
  // wrote "goals" twice would lose one set, so the pack is refused and the key named.
  const duplicate = findDuplicateKey(text);
  if (duplicate)
    return {
      ok: false,
      problems: [
        {
          path: duplicate.path,
          message: `has the key “${shortened(duplicate.key)}” twice (JSON would keep only the last): remove one`,
        },
      ],
    };
  return parsePack(read.value);
}

/** Problems one per line, `path: sentence`; `(pack)` stands for the file as a whole. */
export function formatPackProblems(problems: readonly PackProblem[]): string {
  return problems.map((p) => `${p.path || '(pack)'}: ${p.message}`).join('\n');
}
