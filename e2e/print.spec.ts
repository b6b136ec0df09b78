/**
 * "Print this exercise": the printed page is a handout (story, goals, the settings to change, the
 * pack's list, and the hints only when asked for), without the stage, the charts or the header, on
 * at most two A4 pages.
 */
import { expect, test } from '@playwright/test';
import { loadBuiltInPack } from '../src/exercises/index.ts';
import { watchErrors } from './support/watchErrors.ts';

const pack = loadBuiltInPack();

/** The pages of a PDF, counted from its page objects (Chromium writes one per page). */
const pageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

test('an exercise prints as a handout of at most two A4 pages', async ({ page }) => {
  const errors = watchErrors(page);
  // The exercise with the longest story and hints: if it fits, the others do.
  const longest = [...pack.exercises].sort(
    (a, b) => b.story.length + b.hints.join('').length - (a.story.length + a.hints.join('').length),
  )[0]!;
  await page.goto(`./?exercise=${longest.id}`);
  const panel = page.getByTestId('exercise-panel');
  await expect(panel.getByRole('heading', { level: 2, name: longest.title })).toBeVisible({
    timeout: 30_000,
  });
  await expect(panel.getByRole('button', { name: 'Print this exercise' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  const printList = page.getByTestId('print-list');
  await expect(printList).toBeVisible();
  // A handout for the room leaves the hints out (the last gives the answer) unless asked for.
  await expect(printList.getByRole('listitem')).toHaveCount(
    longest.knobs.length + pack.exercises.length,
  );
  await expect(printList.getByText(longest.hints.at(-1)!)).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });
  await panel.getByRole('checkbox', { name: /with the hints/ }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(printList.getByRole('listitem')).toHaveCount(
    longest.knobs.length + longest.hints.length + pack.exercises.length,
  );
  // The screen's parts are gone: the header, the stage, the charts, the controls.
  for (const hidden of [
    page.getByRole('heading', { level: 1 }),
    page.locator('canvas').first(),
    page.getByTestId('exercise-knobs'),
    panel.getByRole('button', { name: 'Check my answer' }),
    panel.getByRole('button', { name: 'Print this exercise' }),
  ])
    await expect(hidden).toBeHidden();
  await expect(panel.getByText(longest.story.split('\n')[0]!)).toBeVisible();

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  expect(errors).toEqual([]);
});
