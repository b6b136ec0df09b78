/**
 * The demand held back, live, in an exercise that has a goal on it (Payments: "No message held
 * back"). The check reported "1,076 messages held back" while the cards showed lost, delivered and
 * the rest, but nothing held back: the attendee could not see, during the run, what the check would
 * measure. The Lost card, where an attendee looks for what did not get through, says it under its
 * figure, counted as the check counts it (to the nearest whole message).
 */
import { formatNumber } from '../domain/format.ts';
import type { Goal } from '../exercises/packSchema.ts';
import type { LiveNumber } from './liveCard.ts';

/** The cards, with the Lost card saying what is held back when a goal of the exercise counts it. */
export function withHeldBack(
  cards: readonly LiveNumber[],
  heldBack: number,
  goals: readonly Goal[] | null,
): readonly LiveNumber[] {
  if (goals === null || !goals.some((g) => g.metric === 'heldBack')) return cards;
  const held = formatNumber(Math.max(0, Math.round(heldBack)), 6);
  return cards.map((card) =>
    card.id === 'dropped'
      ? {
          ...card,
          detail: `${card.detail}; held back so far: ${held}`,
          formula: `${card.formula} A goal of this exercise counts what is held back, as the check does.`,
        }
      : card,
  );
}
