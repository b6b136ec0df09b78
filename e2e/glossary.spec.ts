/**
 * The glossary: reachable from the header's menu, from each live card's "?" and from the terms in
 * the strategy's explanation, opening at the term, by keyboard, and giving focus back on close.
 */
import { expect, test } from '@playwright/test';
import { GLOSSARY } from '../src/domain/glossary.ts';
import { openHeaderMenu } from './support/headerMenu.ts';
import { watchErrors } from './support/watchErrors.ts';

test('terms on the cards and in the explanation open the glossary at their entry', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?preset=drop-oldest');
  const glossary = page.getByRole('dialog', { name: 'Glossary' });

  // A card's "?", by keyboard: the glossary opens at the card's term, which has the focus.
  const help = page.getByRole('button', { name: 'Slowest 1% of deliveries: in the glossary' });
  await help.focus();
  await page.keyboard.press('Enter');
  await expect(glossary).toBeVisible();
  await expect(glossary.locator('#glossary-percentiles')).toBeFocused();
  await expect(glossary.locator('#glossary-percentiles')).toHaveText('p50, p95, p99 (percentiles)');
  // "See also" moves within the glossary.
  await glossary
    .locator('.glossary-entry', { has: page.locator('#glossary-percentiles') })
    .getByRole('link', { name: 'Latency' })
    .click();
  await expect(glossary.locator('#glossary-latency')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(glossary).toHaveCount(0);
  await expect(help).toBeFocused();

  // A term in the explanation.
  const explanation = page.getByTestId('explanation');
  await explanation.getByRole('button', { name: 'latency' }).first().click();
  await expect(glossary.locator('#glossary-latency')).toBeFocused();
  await glossary.getByRole('button', { name: 'Close' }).click();

  // From the menu: every entry, A to Z.
  await openHeaderMenu(page);
  await page.getByRole('button', { name: 'Glossary', exact: true }).click();
  await expect(glossary.locator('dt')).toHaveCount(GLOSSARY.length);
  await expect(glossary).toContainText('Little’s law');
  expect(errors).toEqual([]);
});

test('the glossary holds a playing run still while it is read, and plays it again on close', async ({
  page,
}) => {
  await page.goto('./?preset=drop-oldest');
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  const pause = page.getByRole('button', { name: 'Pause', exact: true }).first();
  await expect(pause).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Lost so far: in the glossary' }).click();
  await expect(glossary).toBeVisible();
  await expect(glossary.getByTestId('glossary-held')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play', exact: true }).first()).toBeAttached();
  const clock = () => page.evaluate(() => document.body.innerText.match(/t = ([\d.]+) s/)?.[1]);
  const held = await clock();
  await expect(glossary.getByTestId('glossary-held')).toBeVisible();
  expect(await clock()).toBe(held);
  await glossary.getByRole('button', { name: 'Close' }).click();
  await expect(pause).toBeVisible();
  await expect.poll(clock).not.toBe(held);
});
