/**
 * Every form a step's card takes while the step is open, as plain words (tested without a browser):
 * as it opens, with its button waiting ("13 of 20 waiting") or ready, pressed ("Running at 3×"), and
 * once its outcome shows. The card is placed, and its height kept, for the tallest of them
 * (tourCardPlace.ts): placed for the form it had as it opened, a card at 1280×800 stood over the
 * strategy list while its button waited, then dropped under the list as the button's words shortened
 * (a reader's click landed on the queue-depth chart); on a phone its top went up and down.
 */
import { bodyFor, inviteFor, outcomeFor, type TourStep } from './tourSteps.ts';

/** What the card shows between its title and its Back and Next, in one of its forms. */
export interface CardForm {
  body: string | null;
  /** The note on how the step runs (said until its action is seen done). */
  note: string | null;
  invitation: string;
  /** The step's action button's words; null where there is no button. */
  button: string | null;
}

export interface FormsPage {
  wide: boolean;
  touch: boolean;
}

/**
 * The forms step `step`'s card takes: `note` is the note it shows now (which may say what entering
 * the step changed), `waiting` its button's words while it waits (from the run as it is), or null.
 */
export function cardForms(
  step: TourStep,
  page: FormsPage,
  now: { note: string | null; waiting: string | null },
): CardForm[] {
  const body = bodyFor(step, false, page);
  const invitation = inviteFor(step, page);
  const labels =
    step.actionLabel === null
      ? [null]
      : [step.actionLabel, now.waiting].filter((label): label is string => label !== null);
  const forms: CardForm[] = labels.map((button) => ({ body, note: now.note, invitation, button }));
  // Ready, the invitation may say what the step waited for (the crash, the run paused on it).
  if (step.actionLabel !== null && step.readyInvite !== undefined)
    forms.push({ body, note: now.note, invitation: step.readyInvite, button: step.actionLabel });
  // Pressed, the button says so, and the invitation may say what to watch instead.
  if (step.actionLabel !== null && step.pressed !== undefined && step.pressedLabel !== undefined)
    forms.push({
      body,
      note: now.note,
      invitation: step.whilePressed?.invite ?? invitation,
      button: step.pressedLabel,
    });
  const outcome = outcomeFor(step, page);
  if (outcome !== undefined)
    forms.push({
      body: bodyFor(step, true, page),
      note: null,
      invitation: outcome,
      button: step.actionLabel !== null && step.againLabel !== undefined ? step.againLabel : null,
    });
  return forms;
}

/**
 * On a narrow page, once step `step`'s outcome is seen: that form with the step's words kept over
 * the outcome, for the card to show where it is no taller than the step's other forms (the outcome
 * alone left a third of a phone's card blank, and the numbers the step had told were gone: try 13).
 * Null where the seen form keeps them already (a wide page), or the step has no outcome.
 */
export function seenWithBody(step: TourStep, page: FormsPage): CardForm | null {
  const outcome = outcomeFor(step, page);
  if (outcome === undefined || bodyFor(step, true, page) !== null) return null;
  return {
    body: step.body,
    note: null,
    invitation: outcome,
    button: step.actionLabel !== null && step.againLabel !== undefined ? step.againLabel : null,
  };
}
