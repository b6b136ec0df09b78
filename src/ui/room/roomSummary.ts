/**
 * The room's words that need a little reasoning: an attendee's progress in one short line (so a
 * phone shows it without scrolling the table sideways), and why Compare cannot open yet. Plain data.
 */
import type { RoomStatus } from '../../share/roomCode.ts';
import { asSentence } from '../../text/sentence.ts';

/** What an attendee did with each exercise of the pack, in the pack's order (null: not checked). */
export type Progress = readonly (RoomStatus | null)[];

/** The column numbers (from 1) of the exercises passed, and of those only tried. */
function numbered(progress: Progress): { passed: number[]; tried: number[] } {
  const numbers = (wanted: (s: RoomStatus | null) => boolean) =>
    progress.flatMap((status, i) => (wanted(status) ? [i + 1] : []));
  return {
    passed: numbers((s) => s === 'passed' || s === 'passed-after-solution'),
    tried: numbers((s) => s === 'tried'),
  };
}

/** "✓ 1 2 5 · ◐ 3": the exercises passed, then those only tried, by column number; "–" for none. */
export function progressLine(progress: Progress): string {
  const { passed, tried } = numbered(progress);
  // No-break spaces inside each group, so a narrow column wraps only between "✓ 1 2" and "◐ 3".
  const group = (mark: string, ns: number[]) => [mark, ...ns].join('\u00a0');
  const parts = [];
  if (passed.length > 0) parts.push(group('✓', passed));
  if (tried.length > 0) parts.push(group('◐', tried));
  return parts.length > 0 ? parts.join(' · ') : '–';
}

/** The same line in words, for a screen reader: "Passed 1, 2 and 5; tried 3." */
export function progressWords(progress: Progress): string {
  const list = (ns: number[]) =>
    ns.length === 1 ? `${ns[0]}` : `${ns.slice(0, -1).join(', ')} and ${ns.at(-1)}`;
  const { passed, tried } = numbered(progress);
  const parts = [];
  if (passed.length > 0) parts.push(`passed ${list(passed)}`);
  if (tried.length > 0) parts.push(`tried ${list(tried)}`);
  if (parts.length === 0) return 'Nothing checked yet.';
  const text = parts.join('; ');
  return asSentence(text);
}

/** One attendee as the Compare picker sees them: their name and the exercises they can show. */
export interface AnswerSet {
  name: string;
  /** Exercise ids with an answer that opens (checked, and within the exercise's locks). */
  answered: readonly string[];
  /** Exercise ids checked, but whose answer the room cannot open (settings the exercise locks). */
  unopenable: readonly string[];
}

/**
 * Why Compare cannot open for this pack, in a sentence; null when some exercise has two answers.
 * `titleOf` names an exercise by its id.
 */
export function compareUnavailable(
  attendees: readonly AnswerSet[],
  titleOf: (id: string) => string,
): string | null {
  const counts = new Map<string, number>();
  for (const a of attendees) for (const id of a.answered) counts.set(id, (counts.get(id) ?? 0) + 1);
  if ([...counts.values()].some((n) => n >= 2)) return null;
  const needs = 'Compare needs two attendees who checked the same exercise';
  if (attendees.length < 2)
    return `${needs}; only one attendee is in the room so far. Add another’s code.`;
  const unopenable = attendees.filter((a) => a.unopenable.length > 0).map((a) => a.name);
  const which = attendees
    .filter((a) => a.answered.length > 0)
    .map((a) => `${a.name}: ${a.answered.map(titleOf).join(', ')}`);
  const sofar =
    which.length === 0
      ? 'so far no one has an answer the room can open.'
      : `so far no two have (${which.join('; ')}).`;
  const locked =
    unopenable.length === 0
      ? ''
      : ` The answers of ${unopenable.join(', ')} change settings their exercise does not allow, so they cannot be opened.`;
  return `${needs}; ${sofar}${locked}`;
}
