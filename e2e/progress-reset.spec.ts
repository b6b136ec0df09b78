/**
 * The reset for shared laptops: the confirmation lists what this browser holds of the page, Escape
 * and "Keep everything" erase nothing, and "Erase all of this", by keyboard, leaves nothing of the
 * page behind (and nothing of anyone else's) and starts the page afresh.
 */
import { expect, test } from '@playwright/test';
import { openHeaderMenu } from './support/headerMenu.ts';
import { watchErrors } from './support/watchErrors.ts';

const progress = {
  version: 1,
  packs: {
    'backpressure-basics': {
      'tipping-point': {
        passedAt: '2026-12-01T10:00:00.000Z',
        checks: 3,
        hintsShown: 1,
        solutionShown: false,
        attempt: [['consumers.count', 2]],
      },
    },
  },
};

test('a reset says what it erases, erases it by keyboard, and the page starts afresh', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await page.evaluate((text) => {
    localStorage.setItem('backpressure-playground:progress:v1', text);
    localStorage.setItem(
      'backpressure-playground:tour:v1',
      '{"seen":true,"step":2,"finished":false}',
    );
    localStorage.setItem(
      'backpressure-playground:display:v1',
      '{"theme":"dark","largeText":true,"highContrast":false}',
    );
    localStorage.setItem('someone-else', 'keep');
  }, JSON.stringify(progress));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-text', 'large');

  const open = async () => {
    await openHeaderMenu(page);
    await page.getByRole('button', { name: 'Reset for the next person…' }).click();
  };
  await open();
  const dialog = page.getByRole('dialog', { name: 'Reset for the next person' });
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Exercise progress: 1 exercise passed, with the settings saved for 1 exercise',
    'The guided tour’s place: step 3',
    'Display settings: dark colours, large text',
  ]);
  // The safe choice has the focus; Escape closes without erasing.
  await expect(dialog.getByRole('button', { name: 'Keep everything' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.length)).toBe(4);

  await open();
  await expect(dialog.getByRole('button', { name: 'Keep everything' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Erase all of this' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reset-done')).toContainText('starts afresh');
  await expect(page.locator('html')).toHaveAttribute('data-text', 'normal');
  const left = await page.evaluate(() => Object.keys(localStorage));
  expect(left.filter((k) => k !== 'backpressure-playground:tour:v1')).toEqual(['someone-else']);
  // A first visit again: the tour's invitation may mark itself seen, nothing more.
  expect(errors).toEqual([]);
});
