/**
 * Saved progress that this page cannot use: damaged saved settings (nested too deep for the
 * scenario checks) and a document of a version it does not know. The exercise opens either way,
 * at its start; the learner is told; and nothing stored is lost.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './support/watchErrors.ts';

const PROGRESS_KEY = 'backpressure-playground:progress:v1';
const SET_ASIDE_PREFIX = 'backpressure-playground:set-aside:progress:';

test.describe.configure({ timeout: 90_000 });

const panel = (page: Page) => page.getByTestId('exercise-panel');

async function store(page: Page, text: string): Promise<void> {
  await page.goto('./');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, text]);
}

async function openTippingPoint(page: Page): Promise<void> {
  await page.goto('./?exercise=tipping-point');
  await expect(
    panel(page).getByRole('heading', { level: 2, name: 'The tipping point' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('exercise-knobs')).toBeVisible({ timeout: 30_000 });
}

const storedItems = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

test('damaged saved settings are set aside, and the exercise opens at its start', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
  const entry = `{"passedAt":"2026-12-01T10:00:00.000Z","checks":4,"hintsShown":1,"solutionShown":false,"attempt":[["consumers.count",2],["consumers.service.meanMs",${deep}]]}`;
  const text = `{"version":1,"packs":{"backpressure-basics":{"tipping-point":${entry}}}}`;
  await store(page, text);
  await openTippingPoint(page);
  await expect(page.getByTestId('progress-notice')).toContainText(
    'Your saved settings for one exercise could not be read and were set aside, so that exercise opens at the start',
  );
  // The start's one consumer, not the saved two.
  await expect(page.getByTestId('value-consumers.count')).toHaveText('1 worker');
  // The rest of the entry is kept (one hint shown), and the original is kept whole, aside.
  await expect(panel(page).getByRole('button', { name: /Show another hint \(2 of/ })).toBeVisible();
  const items = await storedItems(page);
  const aside = Object.keys(items).filter((key) => key.startsWith(SET_ASIDE_PREFIX));
  expect(aside.map((key) => items[key])).toEqual([text]);
  expect(items[PROGRESS_KEY]).not.toContain('"a":{"a"');
  // Said once: the cleaned progress reads without a word.
  await page.reload();
  await expect(
    panel(page).getByRole('heading', { level: 2, name: 'The tipping point' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('progress-notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('progress of a version this page does not know is left untouched and reported', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const text =
    '{"version":1.5,"packs":{"backpressure-basics":{"tipping-point":{"passedAt":null,"checks":9,"hintsShown":0,"solutionShown":false}}}}';
  await store(page, text);
  await openTippingPoint(page);
  await expect(page.getByTestId('progress-notice')).toContainText(
    'Your saved exercise progress is in a form this page does not recognise. It is left as it is',
  );
  // Progress made here stays in the page: the stored document is not overwritten.
  await panel(page)
    .getByRole('button', { name: /Show a hint/ })
    .click();
  await expect(panel(page).getByRole('button', { name: /Show another hint \(2 of/ })).toBeVisible();
  expect((await storedItems(page))[PROGRESS_KEY]).toBe(text);
  expect(errors).toEqual([]);
});
