/**
 * The exercise pack format, version 1: a plain JSON file of exercises, each a story, a starting
 * scenario, the knobs a learner may turn, goals checked over several seeds, hints, a reference
 * solution and an explanation. This valibot schema checks the shape and ranges of every field and
 * is the source of public/exercises.schema.json; parsePack.ts adds what a schema cannot say (the
 * scenarios themselves, knobs that exist, windows inside the run, a solution that only turns knobs).
 */
import * as v from 'valibot';
import { DROP_REASONS, type DropReason } from '../sim/types.ts';
import type { QuantityUnit } from './formatValue.ts';
import {
  METRIC_IDS,
  METRICS,
  WINDOWLESS_WHY,
  type MetricDefinition,
  type MetricDefinitions,
  type MetricId,
} from './metrics.ts';

/** What a pack file says it is in its `format` field. */
export const PACK_FORMAT = 'backpressure-exercises';
/** The version this playground writes and reads; older versions are migrated (see migratePack). */
export const PACK_VERSION = 1;

/** Seeds checked when an exercise names none: five runs, so one lucky seed cannot pass. */
export const DEFAULT_SEEDS = [1, 2, 3, 4, 5] as const;

export const LIMITS = {
  exercises: 100,
  goals: 20,
  knobs: 50,
  seeds: 100,
  hints: 10,
  wrongAnswers: 10,
  /** Simulated seconds of one run; a check runs every seed this long. */
  durationSec: 3600,
} as const;

export const COMPARISONS = ['below', 'at-most', 'at-least', 'above'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** A stretch of simulated time in which a goal is measured. */
export interface GoalWindow {
  fromSec: number;
  toSec: number;
  /** How the window reads after the goal: "during the burst". */
  label?: string | undefined;
}

interface GoalBase<M extends MetricId> {
  metric: M;
  compare: Comparison;
  /** The threshold, in the metric's unit (ms, messages, a share from 0 to 1, messages/s, bytes). */
  value: number;
  window?: GoalWindow;
}

type GoalOf<M extends MetricId> = GoalBase<M> &
  (MetricDefinitions[M]['takesReason'] extends true ? { reason?: DropReason } : unknown);

/** A predicate over a run's metrics: one metric, a comparison and a threshold, perhaps in a window. */
export type Goal = { [M in MetricId]: GoalOf<M> }[MetricId];

// ---- Building blocks ----------------------------------------------------------------------------

function text(min: number, max: number, description: string) {
  const message =
    min > 0
      ? `must be text of ${min} to ${max} characters`
      : `must be text of at most ${max} characters`;
  return v.pipe(
    v.string(message),
    v.minLength(min, message),
    v.maxLength(max, message),
    v.description(description),
  );
}

function rangeMessage(min: number, max: number, integer: boolean, unit: string): string {
  return `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}${unit ? ` (${unit})` : ''}`;
}

/** A finite number within [min, max], with one plain sentence for every failure. */
function num(min: number, max: number, unit: string, description: string) {
  const message = rangeMessage(min, max, false, unit);
  return v.pipe(
    v.number(message),
    v.minValue(min, message),
    v.maxValue(max, message),
    v.description(description),
  );
}

/** A whole number within [min, max]. */
function int(min: number, max: number, unit: string, description: string) {
  const message = rangeMessage(min, max, true, unit);
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message),
    v.description(description),
  );
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slug(description: string) {
  const message = 'must be lowercase letters, digits and single dashes, such as tipping-point';
  return v.pipe(
    v.string(message),
    v.minLength(1, message),
    v.maxLength(60, 'must be at most 60 characters'),
    v.regex(SLUG, message),
    v.description(description),
  );
}

function list<T extends v.GenericSchema>(
  item: T,
  min: number,
  max: number,
  what: string,
  description: string,
) {
  const message = `must list ${min === max ? min : `${min} to ${max}`} ${what}`;
  return v.pipe(
    v.array(item, `must be a list of ${what}`),
    v.minLength(min, message),
    v.maxLength(max, message),
    v.description(description),
  );
}

// ---- Goals --------------------------------------------------------------------------------------

const UNIT_RANGES: Record<QuantityUnit, { max: number; unit: string }> = {
  messages: { max: 1e12, unit: 'messages' },
  retries: { max: 1e12, unit: 'retries' },
  refusals: { max: 1e12, unit: 'refusals' },
  crashes: { max: 1e12, unit: 'crashes' },
  ms: { max: 86_400_000, unit: 'ms' },
  fraction: { max: 1, unit: 'a share' },
  'per-sec': { max: 1_000_000, unit: 'messages/s' },
  bytes: { max: 1e12, unit: 'bytes' },
  workers: { max: 100, unit: 'workers' },
};

/** A goal's window; one definition in the JSON Schema, shared by every goal. */
export const WindowSchema = v.pipe(
  v.strictObject({
    fromSec: num(
      0,
      LIMITS.durationSec,
      's',
      'Where the window starts, in simulated seconds from the start of the run.',
    ),
    toSec: num(
      0,
      LIMITS.durationSec,
      's',
      'Where the window ends, in simulated seconds; at most the exercise’s durationSec.',
    ),
    label: v.optional(
      text(
        1,
        60,
        'How the window reads after the goal, such as "during the burst"; without it the goal says "between 10 s and 20 s".',
      ),
    ),
  }),
  v.forward(
    v.partialCheck([['fromSec'], ['toSec']], (w) => w.toSec > w.fromSec, 'must be after fromSec'),
    ['toSec'],
  ),
  v.description(
    'Measure the goal only over this stretch of simulated time: counts, rates and averages of the window, and the latencies of the messages delivered in it.',
  ),
);

const Compare = v.pipe(
  v.picklist(COMPARISONS, `must be one of: ${COMPARISONS.join(', ')}`),
  v.description('below: measured < value; at-most: ≤; at-least: ≥; above: >.'),
);

const Reason = v.pipe(
  v.picklist(DROP_REASONS, `must be one of: ${DROP_REASONS.join(', ')}`),
  v.description('Count only messages lost for this reason; without it, every loss counts.'),
);

/**
 * One option of the goal variant: a strict object for one metric, with the threshold's range in
 * the metric's unit, a reason only where losses are counted, and no window on the metrics that
 * cannot be measured in one.
 */
function goalVariant(id: MetricId): v.VariantOptions<'metric'>[number] {
  const def: MetricDefinition = METRICS[id];
  const { max, unit } = UNIT_RANGES[def.unit];
  const value: v.GenericSchema<number> =
    def.style === 'count'
      ? int(0, max, unit, `The threshold, in ${unit}.`)
      : num(0, max, unit, `The threshold, in ${unit}.`);
  const entries = {
    metric: v.pipe(v.literal(id, `must be "${id}"`), v.description(def.description)),
    compare: Compare,
    value,
    window: v.optional(WindowSchema),
  };
  const object = def.takesReason
    ? v.strictObject({ ...entries, reason: v.optional(Reason) })
    : v.strictObject(entries);
  if (def.windowed) return object;
  return v.pipe(
    object,
    v.forward(
      v.partialCheck(
        [['window']],
        (g: { window?: unknown }) => g.window === undefined,
        WINDOWLESS_WHY,
      ),
      ['window'],
    ),
  ) as unknown as v.VariantOptions<'metric'>[number];
}

export const GoalSchema = v.pipe(
  v.variant(
    'metric',
    METRIC_IDS.map(goalVariant),
    `must be an object whose metric is one of: ${METRIC_IDS.join(', ')}`,
  ),
  v.description('A goal: the metric, how it compares with the value, and perhaps a window.'),
);

// ---- Exercises and the pack ------------------------------------------------------------------------

const ScenarioObject = (description: string) =>
  v.pipe(v.looseObject({}, 'must be an object'), v.description(description));

/** An exercise's starting scenario; checked in full by parseScenario (see parsePack). */
export const StartSchema = ScenarioObject(
  'The scenario the learner starts from, in the scenario file format (docs/scenario.md). Its seed and durationSec are ignored: the exercise sets them.',
);

/** The reference solution as a patch over the start; applied and checked by parsePack. */
export const SolutionSchema = ScenarioObject(
  'A reference solution, as a patch over the start: only the fields it changes, such as { "queue": { "capacity": 20 } }. Objects merge field by field; a section with a different kind replaces the section. It may change only knobs.',
);

/** A wrong answer's settings: a patch like the solution; checked by parsePack. */
export const WrongSettingsSchema = ScenarioObject(
  'The wrong settings, as a patch over the start, like the solution: { "queue": { "whenFull": "block" } }. A learner’s settings match when every field named here has this value; fields left out may be anything. It may change only knobs, and `npm run check-exercises` proves it fails.',
);

/** A tempting wrong answer: settings a learner is likely to try, and what to tell them when they do. */
export const WrongAnswerSchema = v.strictObject({
  settings: WrongSettingsSchema,
  note: text(
    1,
    1000,
    'What to tell a learner whose failed check used these settings: why they are tempting and why they do not work.',
  ),
});

/**
 * What a prediction is about: a metric, as a goal names it but with nothing to meet. The check
 * measures it on every seed, and the page says how the prediction compared.
 */
export const MeasureSchema = v.pipe(
  v.strictObject({
    metric: v.pipe(
      v.picklist(METRIC_IDS, `must be one of: ${METRIC_IDS.join(', ')}`),
      v.description('The metric to measure, as in a goal.'),
    ),
    reason: v.optional(Reason),
    window: v.optional(WindowSchema),
  }),
  v.description(
    'What the prediction is about, measured by the check on every seed: after it, the page says how the prediction compared. A number prediction is in the metric’s unit (a share in %).',
  ),
);

/** A question asked before the check: a number (with a unit) or one of a few choices. */
export const PredictionSchema = v.pipe(
  v.strictObject({
    question: text(
      1,
      300,
      'What to predict, asked beside the Check button, such as "How many partitions will your busiest consumer own?"',
    ),
    choices: v.optional(
      list(
        text(1, 120, 'One choice.'),
        2,
        6,
        'choices',
        'The answers to choose from; without choices the prediction is a number.',
      ),
    ),
    unit: v.optional(
      text(1, 30, 'The unit after a number prediction, such as "partitions" or "%".'),
    ),
    measure: v.optional(MeasureSchema),
    upTo: v.optional(
      list(
        num(0, 1e12, '', 'A bound.'),
        1,
        5,
        'bounds',
        'For choices with a measure: the choice of each measurement, one bound fewer than the choices, rising, in the metric’s unit. The first choice is right when the measurement is at most the first bound, the next up to the next bound, and the last above them all.',
      ),
    ),
  }),
  v.forward(
    v.partialCheck(
      [['choices'], ['unit']],
      (p) => p.choices === undefined || p.unit === undefined,
      'is for a number prediction; leave it out when there are choices',
    ),
    ['unit'],
  ),
  v.description(
    'Asks the learner to predict before checking: a number or one of the choices; with a measure, the result says how it compared.',
  ),
);

/** Several knobs that share one total, such as the places of a chain's queues (see budget.ts). */
export const BudgetSchema = v.pipe(
  v.strictObject({
    total: int(1, 1e12, '', 'The most the parts may add up to.'),
    unit: text(1, 30, 'What the total counts, in the plural, such as "places".'),
    parts: list(
      v.strictObject({
        knob: text(
          1,
          100,
          'A knob of this exercise that is a number field (null, no limit, spends without limit).',
        ),
        label: text(1, 60, 'How the part reads in a sentence, such as "stage 1".'),
      }),
      2,
      10,
      'parts',
      'The knobs that share the total.',
    ),
  }),
  v.description(
    'A total several knobs share, such as "60 places in all across the stages". The check refuses, unrun, settings whose parts add up to more, and the page shows how much is in use.',
  ),
);

export const ExerciseSchema = v.strictObject({
  id: slug('A short name, unique in the pack, used in links and to remember progress.'),
  title: text(1, 80, 'The exercise’s name in the list.'),
  story: text(1, 4000, 'The situation, in a few sentences; blank lines separate paragraphs.'),
  start: StartSchema,
  knobs: list(
    text(1, 100, 'A dotted field path of the scenario.'),
    1,
    LIMITS.knobs,
    'field paths',
    'The scenario fields the learner may change, as dotted paths (queue.capacity); a section (feedback) opens every field in it. Everything else is locked.',
  ),
  goals: list(
    GoalSchema,
    1,
    LIMITS.goals,
    'goals',
    'What a run must achieve, every goal on every seed.',
  ),
  durationSec: num(
    1,
    LIMITS.durationSec,
    's',
    'How long each checked run lasts, in simulated seconds.',
  ),
  seeds: v.optional(
    list(
      int(0, 4_294_967_295, '', 'A seed.'),
      1,
      LIMITS.seeds,
      'seeds',
      'The seeds every goal is checked on; all must pass. Default: 1 to 5.',
    ),
    () => [...DEFAULT_SEEDS],
  ),
  hints: list(
    text(1, 1000, 'One hint.'),
    1,
    LIMITS.hints,
    'hints',
    'Hints shown one at a time, from a gentle nudge to the answer.',
  ),
  solution: SolutionSchema,
  budget: v.optional(BudgetSchema),
  prediction: v.optional(PredictionSchema),
  wrongAnswers: v.optional(
    list(
      WrongAnswerSchema,
      0,
      LIMITS.wrongAnswers,
      'wrong answers',
      'Tempting wrong answers, each with the note shown when a learner’s failed check used it; the first that matches is shown.',
    ),
    () => [],
  ),
  explanation: text(1, 4000, 'Why the solution works and what it costs, shown after success.'),
});

export const PackSchema = v.strictObject({
  $schema: v.optional(
    text(1, 1000, 'The JSON Schema of the file, for editors; ignored by the playground.'),
  ),
  format: v.pipe(
    v.literal(PACK_FORMAT, `must be "${PACK_FORMAT}"`),
    v.description('Says what the file is.'),
  ),
  version: v.pipe(
    v.literal(PACK_VERSION, `must be ${PACK_VERSION}`),
    v.description(
      'Version of the pack format. An older version is upgraded when loaded; a newer one is refused.',
    ),
  ),
  id: slug('A short name for the pack; progress is remembered per pack and exercise.'),
  title: text(1, 120, 'The pack’s name.'),
  description: v.optional(text(0, 4000, 'What the pack is about, for the exercise list.')),
  proof: v.optional(
    v.pipe(
      v.strictObject({
        tool: v.pipe(
          v.literal('check-exercises', 'must be "check-exercises"'),
          v.description('The tool that proved the pack.'),
        ),
        fingerprint: v.pipe(
          v.string('must be text'),
          v.regex(/^[0-9a-f]{16}$/, 'must be 16 hexadecimal digits, as check-exercises writes it'),
          v.description('The pack’s contents when they were proven, as a fingerprint.'),
        ),
      }),
      v.description(
        'Written by `npm run check-exercises -- PACK.json` when every exercise is proven: the page loads a pack without it, or changed since, with a word that its goals were not checked.',
      ),
    ),
  ),
  exercises: list(
    ExerciseSchema,
    1,
    LIMITS.exercises,
    'exercises',
    'The exercises, in the order they are meant to be done.',
  ),
});

export type PackInput = v.InferInput<typeof PackSchema>;
/** What a prediction is about (see MeasureSchema). */
export type Measure = v.InferOutput<typeof MeasureSchema>;
export type ExerciseInput = v.InferInput<typeof ExerciseSchema>;
