import { describe, expect, it } from 'vitest';
import { cardForms, seenWithBody } from './tourCardForms.ts';
import { TOUR_STEPS } from './tourSteps.ts';

const step = (id: string) => TOUR_STEPS.find((s) => s.id === id)!;
const page = { wide: true, touch: false };

describe('the forms a step’s card takes', () => {
  it('counts the button’s words while it waits, which are longer than its action', () => {
    const forms = cardForms(step('retry'), page, {
      note: null,
      waiting: 'Add consumers: 13 of 20 waiting',
    });
    expect(forms.map((f) => f.button)).toContain('Add consumers: 13 of 20 waiting');
    expect(forms.map((f) => f.button)).toContain('Add consumers');
  });

  it('counts the outcome, with the button that does it again, and the pressed button', () => {
    const outpaces = step('outpaces');
    const forms = cardForms(outpaces, page, { note: 'A note.', waiting: null });
    expect(forms.map((f) => f.button)).toContain(outpaces.pressedLabel);
    // Pressed, step one says to watch the gauge: that form is counted with its own words.
    const pressed = forms.find((f) => f.button === outpaces.pressedLabel);
    expect(pressed?.invitation).toBe(outpaces.whilePressed?.invite);
    const seen = forms.find((f) => f.invitation === outpaces.outcome);
    expect(seen).toBeDefined();
    expect(seen!.note).toBeNull();
    const fills = step('fills');
    const again = cardForms(fills, page, { note: null, waiting: null }).find(
      (f) => f.invitation === fills.outcome,
    );
    expect(again?.button).toBe(fills.againLabel);
  });

  it('has the note while the step is read, and one form with no button where it has none', () => {
    const forms = cardForms(step('your-turn'), page, {
      note: 'Each step starts again.',
      waiting: null,
    });
    expect(forms[0]).toMatchObject({ note: 'Each step starts again.', button: null });
  });

  it('offers a narrow page’s seen card with the step’s words kept over its outcome', () => {
    const narrow = { wide: false, touch: true };
    const fills = step('fills');
    const both = seenWithBody(fills, narrow);
    expect(both).toEqual({
      body: fills.body,
      note: null,
      invitation: fills.outcome,
      button: fills.againLabel,
    });
    // Its plain seen form has the outcome alone; a wide page keeps the words anyway.
    const seen = cardForms(fills, narrow, { note: null, waiting: null }).find(
      (f) => f.invitation === fills.outcome,
    );
    expect(seen?.body).toBeNull();
    expect(seenWithBody(fills, page)).toBeNull();
    // No outcome, nothing to keep.
    expect(seenWithBody(step('your-turn'), narrow)).toBeNull();
  });
});
