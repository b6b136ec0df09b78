/**
 * The game on a phone (360 × 740, a touch screen): during play the strategy and the helper are a
 * tap away under the well, without scrolling, and the board speaks of taps, not key letters. The
 * keys still work for whoever has a keyboard.
 */
import { expect, test } from '@playwright/test';
import { watchErrors } from './support/watchErrors.ts';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test('strategy and helper are in reach during play, with touch labels', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./game.html?seed=7');
  await page.getByRole('button', { name: 'Start', exact: true }).tap();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();

  const bar = page.getByRole('group', { name: 'Strategy and helper' });
  const helper = bar.getByRole('button', { name: 'Helper' });
  const dropOldest = bar.getByRole('button', { name: 'Strategy: Drop the oldest' });
  // On the first screen: nothing to scroll to.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  for (const control of [dropOldest, helper]) await expect(control).toBeInViewport({ ratio: 1 });

  await dropOldest.tap();
  await expect(dropOldest).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('radio', { name: /Drop the oldest/ })).toBeChecked();
  await helper.tap();
  await expect(page.getByTestId('game-helper')).not.toHaveText(/^Ready/);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // Touch labels instead of key letters.
  const firstColumn = page.locator('.game-column').first();
  await expect(firstColumn.locator('.touch-label')).toHaveText('Tap');
  await expect(firstColumn.locator('kbd')).toBeHidden();
  await expect(page.getByText('(keys 1–4)')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Touch' })).toBeVisible();

  // A keyboard still works: 4 picks the fourth strategy.
  await page.keyboard.press('4');
  await expect(bar.getByRole('button', { name: 'Strategy: Slow the producer' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(errors).toEqual([]);
});
