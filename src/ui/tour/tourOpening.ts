/**
 * What the tour's card says first as it opens, so that neither where it opens nor what it does to
 * the page comes as a surprise: that it picks up at a later step (Start here resumes), and that it
 * replaces the reader's own scenario with its story (kept in Undo). Null when there is nothing to
 * say: a first step over the story itself.
 */
import type { PlaygroundState } from '../../store/types.ts';
import { scenarioTitle } from '../scenarioTitle.ts';
import { onStory, TOUR_STEPS } from './tourSteps.ts';

export function openingNote(state: PlaygroundState, index: number): string | null {
  const parts: string[] = [];
  if (index > 0) parts.push(`Picking up at step ${index + 1}, where you left the tour.`);
  const step = TOUR_STEPS[index];
  // The story with another strategy is the tour's own: only another system is the reader's.
  if (step !== undefined && !step.inPlace(state) && !onStory(state)) {
    const { title, changed } = scenarioTitle(state.scenario, state.presetId);
    const name = changed ? `changed ${title}` : title;
    parts.push(`The tour sets its own scenarios; your ${name} run is kept in Undo.`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
