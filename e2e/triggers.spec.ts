/**
 * Trouble at the press of a button: the playground's Spike, Slow the consumers and Outage buttons
 * reach the running simulation, and each shows on the charts as a shaded band; the failures that do
 * not heal have their own group of presets.
 */
import { expect, test } from '@playwright/test';

test('an outage pressed live shows as a band on the charts', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('?preset=metastable-with-retry-budget&speed=4');
  const trouble = page.getByRole('group', { name: 'Cause trouble' });
  await expect(trouble.getByRole('button', { name: 'Outage' })).toBeVisible({ timeout: 30_000 });
  await trouble.getByRole('button', { name: 'Outage' }).click();
  await trouble.getByRole('button', { name: 'Spike' }).click();
  await expect
    .poll(() => page.locator('.trigger-band-outage').count(), { timeout: 30_000 })
    .toBeGreaterThan(0);
  await expect
    .poll(() => page.locator('.trigger-band-spike').count(), { timeout: 30_000 })
    .toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('the failures that do not heal are presets of their own, their outage drawn as a band', async ({
  page,
}) => {
  await page.goto('?speed=10');
  const group = page.getByRole('group', { name: 'Failures that do not heal' });
  await group.getByRole('button', { name: 'Retry storm that does not heal' }).click();
  // The scenario's own outage, at 5 s, shades the charts once the run reaches it.
  await expect
    .poll(() => page.locator('.trigger-band-outage').count(), { timeout: 60_000 })
    .toBeGreaterThan(0);
});
