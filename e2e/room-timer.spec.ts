/**
 * The room timer: started from the header's menu by keyboard, shown large, still there after a
 * reload, and saying politely in words when time is up.
 */
import { expect, test } from '@playwright/test';
import { openHeaderMenu } from './support/headerMenu.ts';
import { watchErrors } from './support/watchErrors.ts';

const KEY = 'backpressure-playground:room-timer:v1';

test('a room timer starts from the menu, survives a reload and says when time is up', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?preset=drop-oldest');
  await openHeaderMenu(page);
  await page.getByRole('button', { name: 'Room timer' }).click();
  const typed = page.getByLabel(/Or minutes/);
  await typed.fill('0');
  await typed.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'from 1 to 180' })).toBeVisible();
  await typed.fill('10');
  await typed.press('Enter');
  const clock = page.getByRole('region', { name: 'Room timer' });
  await expect(clock.getByRole('timer')).toHaveText(/^(10:00|9:5\d)$/);
  await expect(clock).toContainText('of 10 minutes');
  // Large enough to read across a room.
  const size = await clock
    .getByRole('timer')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(40);

  await clock.getByRole('button', { name: 'Pause' }).click();
  await expect(clock).toContainText('Paused');
  const held = await clock.getByRole('timer').textContent();
  await page.reload();
  await expect(clock.getByRole('timer')).toHaveText(held ?? '');
  await expect(clock).toContainText('Paused');

  // A timer about to end, as a reload a minute before the end would find it.
  await page.evaluate((key) => {
    const now = Date.now();
    localStorage.setItem(
      key,
      JSON.stringify({ state: 'running', durationMs: 60_000, endsAt: now + 1500 }),
    );
  }, KEY);
  await page.reload();
  await expect(clock).toContainText('Time is up');
  await expect(clock.locator('[aria-live="polite"]')).toHaveText(
    'Time is up: 1 minute has passed.',
  );
  await clock.getByRole('button', { name: /Close/ }).click();
  await expect(clock).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  expect(errors).toEqual([]);
});
