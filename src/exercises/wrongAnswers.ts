/**
 * Tempting wrong answers: which one, if any, a learner's settings match. A wrong answer names only
 * the fields that make it tempting ("block the producer"); the learner's settings match when each
 * of those fields has the wrong answer's value, whatever the rest says. The page shows the match's
 * note beside a failed check, so the learner hears why that idea does not work, not only that it
 * did not.
 */
import type { Scenario } from '../sim/scenario.ts';
import { fieldAt } from './knobs.ts';
import type { WrongAnswer } from './parsePack.ts';

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The dotted paths of every value a patch sets: its leaves. A list, a null and an empty object
 * (a section switched on with its defaults) each count as one.
 */
export function patchLeaves(patch: unknown, path = ''): string[] {
  if (!isObject(patch) || Object.keys(patch).length === 0) return path ? [path] : [];
  return Object.keys(patch).flatMap((key) =>
    patchLeaves(patch[key], path ? `${path}.${key}` : key),
  );
}

/** Same value: numbers, text and flags by value, lists and nulls by their JSON. */
function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Whether `scenario` has every value the wrong answer names (as its own scenario holds them). */
export function matchesWrongAnswer(wrong: WrongAnswer, scenario: Scenario): boolean {
  return patchLeaves(wrong.settings).every((path) => {
    const expected = fieldAt(wrong.scenario, path);
    const actual = fieldAt(scenario, path);
    return expected.found && actual.found && same(expected.value, actual.value);
  });
}

/** The first wrong answer the settings match, in the pack's order; null when none does. */
export function matchWrongAnswer(
  exercise: { wrongAnswers: readonly WrongAnswer[] },
  scenario: Scenario,
): WrongAnswer | null {
  return exercise.wrongAnswers.find((wrong) => matchesWrongAnswer(wrong, scenario)) ?? null;
}
