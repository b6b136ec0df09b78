/**
 * Whether the line above the stage says the chosen strategy's one-line summary now: then the strategy
 * switcher does not say it again under its list (a reader saw the same sentence twice, under the
 * title and in the picker). Not while the line is the invitation to pick a strategy, which takes the
 * description's place; not in an exercise, where that line tells the exercise's story.
 */
import type { ScenarioTitle } from './scenarioTitle.ts';

export interface LineAboveStage {
  title: ScenarioTitle;
  inExercise: boolean;
  /** The invitation to pick a strategy shows in the description's place (inviteToPick.ts). */
  invite: boolean;
}

export function summarySaidAbove(line: LineAboveStage, summary: string): boolean {
  return !line.inExercise && !line.invite && line.title.description === summary;
}
