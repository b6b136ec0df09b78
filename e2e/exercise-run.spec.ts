/**
 * In an exercise: the goals that hold over a stretch of time are outlined on their chart and named
 * in words, and the live run stops where the check stops, at the exercise's duration, saying so.
 */
import { expect, test } from '@playwright/test';
import { watchErrors } from './support/watchErrors.ts';

test('a goal over a stretch of time is outlined on its chart, in words', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?exercise=rate-limit');
  await expect(page.getByTestId('goal-list')).toBeVisible({ timeout: 30_000 });
  const drops = page.getByTestId('chart-drops');
  await drops.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('chart-goals-drops')).toHaveText(
    'Outlined: the exercise’s goal “No message lost before the flood (0 s to 20 s)”.',
  );
  await expect(drops.locator('.goal-band')).toHaveCount(1);
  await expect(drops.locator('svg text', { hasText: 'Goal: before the flood' })).toHaveCount(1);
  // The throughput chart names its own goal, "during the flood", even before the run gets there.
  await expect(page.getByTestId('chart-goals-throughput')).toContainText(
    'during the flood (20 s to 30 s)',
  );
  // A chart without a windowed goal says nothing of goals.
  await expect(page.getByTestId('chart-goals-latency')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the live run stops at the exercise’s duration, says so, and runs again', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await page.goto('./?exercise=bring-it-back');
  await expect(page.getByTestId('goal-list')).toBeVisible({ timeout: 30_000 });
  // The fastest speed, by keyboard.
  const speed = page.getByRole('slider', { name: 'Speed' });
  await speed.focus();
  await page.keyboard.press('End');
  const end = page.getByTestId('run-end');
  await expect(end).toHaveText(/The exercise’s 30 s are up: Check uses the same 30 s\./, {
    timeout: 60_000,
  });
  await expect(page.getByTestId('sim-clock')).toHaveText('Simulated time t = 30.000 s');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // Slowly this time, so the new run is seen from its start.
  await speed.focus();
  await page.keyboard.press('Home');
  await end.getByRole('button', { name: 'Run again' }).click();
  await expect(end).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(page.getByTestId('sim-clock')).toHaveText(/t = [0-9]\.\d{3} s/);
  expect(errors).toEqual([]);
});
