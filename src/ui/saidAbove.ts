/**
 * Whether the line above the stage already says the chosen strategy's one-line summary: then the
 * strategy switcher does not say it again under its list (a reader saw the same sentence twice, under
 * the title and in the picker). In an exercise the line above the stage tells the exercise's story.
 */
import type { Scenario } from '../sim/scenario.ts';
import { scenarioTitle } from './scenarioTitle.ts';

export function summarySaidAbove(
  scenario: Scenario,
  presetId: string | null,
  inExercise: boolean,
  summary: string,
): boolean {
  return !inExercise && scenarioTitle(scenario, presetId).description === summary;
}
