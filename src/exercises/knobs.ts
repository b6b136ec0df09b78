/**
 * Knobs: the scenario fields a learner may change in an exercise, as dotted paths. A path opens
 * that field and everything inside it (`feedback` opens every feedback field, its kind included);
 * every other field is locked. Also the solution patch: the reference solution is written as the
 * few fields it changes, merged over the start.
 */
import type { ScenarioProblem } from '../sim/parseScenario.ts';
import type { Scenario, ScenarioInput } from '../sim/scenario.ts';

/**
 * Fields that are never locked, because the checker sets them itself (seed and duration from the
 * exercise, the rest from the start): changing them in the playground changes nothing in a check.
 */
export const FREE_FIELDS = [
  'version',
  'name',
  'seed',
  'durationSec',
  'metrics.sampleIntervalMs',
  'metrics.seriesLength',
] as const;

/** Fields a pack may not list as knobs: the exercise decides them. */
export const RESERVED_KNOBS = ['version', 'name', 'seed', 'durationSec'] as const;

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** A reference solution: only the fields that differ from the start (see applyPatch). */
export type ScenarioPatch = DeepPartial<ScenarioInput>;

/** The part of an exercise the knob helpers need. */
export interface HasKnobs {
  knobs: readonly string[];
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Whether `path` is `knob` or lies inside it: `queue.capacity` is inside `queue`, not `queue.cap`. */
function inside(path: string, knob: string): boolean {
  return path === knob || path.startsWith(`${knob}.`);
}

/**
 * Whether the learner may change the scenario field at `path` (a dotted path such as
 * `queue.capacity`). A section is editable when it is a knob or lies inside one; a field inside an
 * editable section is editable too.
 */
export function isEditable(exercise: HasKnobs, path: string): boolean {
  return (
    exercise.knobs.some((knob) => inside(path, knob)) ||
    FREE_FIELDS.some((free) => inside(path, free))
  );
}

/**
 * Whether any field inside `path` is editable: for a section heading or a group of controls that
 * should stay enabled when only some of its fields are knobs.
 */
export function hasEditableInside(exercise: HasKnobs, path: string): boolean {
  return isEditable(exercise, path) || exercise.knobs.some((knob) => inside(knob, path));
}

/**
 * Every place where `next` differs from `base`, as dotted paths, deepest first where both are
 * objects. A section whose `kind` changed counts as one change of the whole section, since its
 * fields are those of another kind. A list of objects as long in both (a pipeline's stages) is
 * followed item by item (`downstream.1.queue.capacity`); any other list counts as one value.
 */
export function changedPaths(base: unknown, next: unknown, path = ''): string[] {
  if (
    Array.isArray(base) &&
    Array.isArray(next) &&
    base.length === next.length &&
    [...base, ...next].every(isObject)
  )
    return base.flatMap((item, i) => changedPaths(item, next[i], path ? `${path}.${i}` : `${i}`));
  if (isObject(base) && isObject(next) && base['kind'] === next['kind']) {
    const keys = new Set([...Object.keys(base), ...Object.keys(next)]);
    return [...keys].flatMap((key) =>
      changedPaths(base[key], next[key], path ? `${path}.${key}` : key),
    );
  }
  return sameValue(base, next) ? [] : [path];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return Object.is(a, b);
}

/**
 * The learner's changes that touch locked fields, one problem per field, or none when the scenario
 * differs from the start only in the exercise's knobs. Both scenarios are complete (parsed).
 */
export function lockedChanges(
  exercise: HasKnobs & { start: Scenario },
  scenario: Scenario,
): ScenarioProblem[] {
  const open = exercise.knobs.length > 0 ? exercise.knobs.join(', ') : 'nothing';
  return changedPaths(exercise.start, scenario)
    .filter((path) => !isEditable(exercise, path))
    .map((path) => ({
      path,
      message: `is locked in this exercise; you may change only ${open}`,
    }));
}

/**
 * The start with a patch applied: objects merge field by field, anything else (a number, text,
 * null, a list) replaces; a section whose patch names another kind is replaced by the patch, so the
 * new kind's defaults fill in rather than the old kind's values. The result still has to be parsed.
 */
export function applyPatch(base: unknown, patch: unknown): unknown {
  if (!isObject(patch) || !isObject(base)) return patch;
  if ('kind' in patch && patch['kind'] !== base['kind']) return patch;
  // Object.fromEntries defines own fields, so a hostile "__proto__" key stays a plain (and, for
  // parseScenario, unknown) field instead of changing the object's prototype.
  const keys = new Set([...Object.keys(base), ...Object.keys(patch)]);
  return Object.fromEntries(
    [...keys].map((key) => [
      key,
      Object.hasOwn(patch, key) ? applyPatch(base[key], patch[key]) : base[key],
    ]),
  );
}

/** The value at a dotted path of a parsed scenario; `found` is false when there is no such field. */
export function fieldAt(scenario: unknown, path: string): { found: boolean; value: unknown } {
  let node: unknown = scenario;
  for (const key of path.split('.')) {
    // A list's item by its index: `downstream.0.queue.capacity`, the second stage's capacity.
    const item = Array.isArray(node) && /^\d+$/.test(key) && Number(key) < node.length;
    if (!item && (!isObject(node) || !Object.hasOwn(node, key)))
      return { found: false, value: undefined };
    node = (node as Record<string, unknown>)[key];
  }
  return { found: true, value: node };
}

/**
 * What is wrong with one knob of an exercise whose start is `start`, or null when it is fine. A knob
 * must name a field the start has (so `rateLimit.ratePerSec` needs a start with a rate limit; to let
 * the learner add one, open `rateLimit`), must not be one the exercise sets itself, and must not
 * be a `kind`, since switching kind changes which fields a section has: open the section instead.
 */
export function knobProblem(start: Scenario, knob: string): string | null {
  if ((RESERVED_KNOBS as readonly string[]).includes(knob))
    return `cannot be a knob: the exercise sets ${knob} itself`;
  const parts = knob.split('.');
  if (parts.some((p) => p === '')) return 'must be a dotted field path such as queue.capacity';
  if (parts.at(-1) === 'kind' && parts.length > 1) {
    const section = parts.slice(0, -1).join('.');
    return `cannot be a knob on its own: switching kind changes which fields ${section} has, so open the whole section "${section}" instead`;
  }
  if (fieldAt(start, knob).found) return null;
  // Name the nearest section that does exist, which is what the author probably means.
  for (let n = parts.length - 1; n > 0; n--) {
    const section = parts.slice(0, n).join('.');
    const { found, value } = fieldAt(start, section);
    if (!found) continue;
    if (value === null)
      return `is not a field of the starting scenario (${section} is null there); open "${section}" to let the learner set it`;
    if (isObject(value) && typeof value['kind'] === 'string')
      return `is not a field of the starting scenario (its ${section} is of kind ${value['kind']}); open "${section}" to let the learner choose`;
    return `is not a field of the scenario: ${section} has no field "${parts[n] as string}"`;
  }
  return 'is not a field of the scenario';
}
