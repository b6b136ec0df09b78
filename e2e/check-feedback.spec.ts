import { expect, test, type Page } from '@playwright/test';
import {
  applyPatch,
  checkExercise,
  comparePrediction,
  loadBuiltInPack,
  matchWrongAnswer,
  type Exercise,
} from '../src/exercises/index.ts';
import { parseScenario } from '../src/sim/parseScenario.ts';

const pack = loadBuiltInPack();
const leaderboard = pack.exercises.find((e) => e.id === 'live-leaderboard') as Exercise;
const tippingPoint = pack.exercises.find((e) => e.id === 'tipping-point') as Exercise;

/** What Node's checker says of the exercise's start with `patch`, and which note it matches. */
function expected(patch: unknown) {
  const parsed = parseScenario(
    applyPatch({ ...leaderboard.start, seed: leaderboard.seeds[0] }, patch),
  );
  if (!parsed.ok) throw new Error('test scenario is invalid');
  return {
    result: checkExercise(leaderboard, parsed.value),
    note: matchWrongAnswer(leaderboard, parsed.value)?.note ?? null,
  };
}

const panel = (page: Page) => page.getByTestId('exercise-panel');

async function check(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: 'Check my answer' }).click();
  await expect(panel(page).getByTestId('check-headline')).toBeVisible({ timeout: 60_000 });
}

// The machine running these may be slow and shared.
test.describe.configure({ timeout: 180_000 });

test('at Check, the prediction and a tempting wrong answer’s note show beside the result; another failing answer gets no note', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });

  await page.goto('./?exercise=live-leaderboard');
  await expect(
    panel(page).getByRole('heading', { level: 2, name: 'The live leaderboard' }),
  ).toBeVisible({ timeout: 30_000 });
  // The learner's knobs sit in the exercise panel, between the goals and Check.
  const whenFull = panel(page)
    .getByTestId('exercise-knobs')
    .getByRole('combobox', { name: 'When the queue is full' });
  await expect(whenFull).toBeEnabled({ timeout: 30_000 });

  // The exercise asks for a prediction first; beside the result it is compared with what happened.
  await panel(page).getByRole('radio', { name: 'Never' }).check();

  // Blocking the producer: the tempting answer the pack warns about.
  await whenFull.selectOption('block');
  const blocking = expected({ queue: { whenFull: 'block' } });
  expect(blocking.result.passed).toBe(false);
  expect(blocking.note).not.toBeNull();
  await check(page);
  await expect(panel(page).getByTestId('check-headline')).toHaveText(blocking.result.headline);
  // Compared with what the check measured, in words: blocking makes the game wait much of the time.
  const comparison = comparePrediction(leaderboard.prediction!, blocking.result, 'Never');
  expect(comparison).toMatch(/^Your prediction, “Never”, was not what happened: /);
  await expect(panel(page).getByTestId('prediction-beside-result')).toHaveText(comparison!);
  const note = panel(page).getByTestId('wrong-answer-note');
  await expect(note).toContainText(blocking.note as string);
  // Heard as well as seen: the announcement carries the note after the headline.
  await expect(panel(page).getByTestId('exercise-announcer')).toHaveText(
    `${blocking.result.headline} ${blocking.note as string}`,
  );

  // Dropping the oldest from a deep queue also fails, but is not a listed wrong answer: no note.
  await whenFull.selectOption('drop-oldest');
  const dropping = expected({ queue: { whenFull: 'drop-oldest' } });
  expect(dropping.result.passed).toBe(false);
  expect(dropping.note).toBeNull();
  await check(page);
  await expect(panel(page).getByTestId('check-headline')).toHaveText(dropping.result.headline);
  await expect(note).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a failed check offers to watch the seed where it failed, and runs it on the stage', async ({
  page,
}) => {
  await page.goto('./?exercise=tipping-point');
  await expect(
    panel(page).getByRole('heading', { level: 2, name: 'The tipping point' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue(String(tippingPoint.seeds[0]));
  await check(page);
  const result = checkExercise(tippingPoint, {
    ...tippingPoint.start,
    seed: tippingPoint.seeds[0]!,
  });
  const seed = /on seed (\d+)\.$/.exec(result.headline)?.[1];
  // Another seed than the one on screen, so the change below is the button's doing.
  expect(seed).toBeDefined();
  expect(seed).not.toBe(String(tippingPoint.seeds[0]));
  await panel(page)
    .getByRole('button', { name: `Watch seed ${seed as string}, where it failed` })
    .click();
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue(seed as string);
  await expect(panel(page).getByTestId('watch-seed-status')).toHaveText(
    `The stage now runs seed ${seed as string} from the start, with the settings checked.`,
  );
  // A new seed is not a new answer: the report is still the one for these settings.
  await expect(panel(page).getByText('Your settings have changed since this check')).toHaveCount(0);
});
