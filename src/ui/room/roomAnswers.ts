/**
 * An attendee's answer as what it is: the exercise's start with their changes, checked as a
 * scenario and against the exercise's locks (a code is outside input); and the links the room
 * view opens with answers: one in the playground's exercise, or two to four in Compare.
 */
import { comparisonOf } from '../../compare/comparison.ts';
import { compareUrl } from '../../compare/compareUrl.ts';
import { lockedChanges, type Exercise } from '../../exercises/index.ts';
import type { AnswerFields, RoomPack } from '../../share/roomCode.ts';
import { parseScenario } from '../../sim/parseScenario.ts';
import type { Scenario } from '../../sim/scenario.ts';
import type { PackRef } from '../../store/types.ts';
import { answerUrl } from '../exercises/exerciseLink.ts';
import { applyAttempt } from '../exercises/progress.ts';

/** The answer as a scenario on the exercise's first seed (as the attendee saw it), or null. */
export function answerScenario(exercise: Exercise, answer: AnswerFields): Scenario | null {
  const start = { ...exercise.start, seed: exercise.seeds[0] ?? exercise.start.seed };
  try {
    const parsed = parseScenario(applyAttempt(start, answer));
    if (!parsed.ok || lockedChanges(exercise, parsed.value).length > 0) return null;
    return parsed.value;
  } catch {
    return null;
  }
}

export function packRef(pack: RoomPack): PackRef {
  return pack.kind === 'built-in' ? { kind: 'built-in' } : pack;
}

/** The playground's exercise with this answer in it, beside the room page. */
export function answerLink(
  roomPageUrl: string,
  pack: RoomPack,
  exerciseId: string,
  scenario: Scenario,
): string {
  const playground = new URL('index.html', roomPageUrl).href;
  return answerUrl(playground, { pack: packRef(pack), exerciseId }, scenario);
}

export interface NamedAnswer {
  name: string;
  scenario: Scenario;
}

/** Compare on two to four answers, each column named after its attendee. */
export function compareAnswersLink(roomPageUrl: string, answers: readonly NamedAnswer[]): string {
  const columns = answers.map(({ name, scenario }) => ({
    ...scenario,
    name: [...`${name}’s answer`].slice(0, 120).join(''),
  }));
  return compareUrl(roomPageUrl, comparisonOf(columns));
}
