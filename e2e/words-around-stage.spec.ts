/**
 * The words around the stage, as two new readers met them: one invitation to the tour in the header;
 * a strategy picked on the first screen named the same in the line above the stage, the preset chips
 * and the way back; the legend naming the lost messages' box as the stage does; and Compare on a
 * phone with its runs first, saying why every column delivers the same while that is so.
 * One page per test; the logic behind each is unit-tested (scenarioTitle, stageWords, sameDeliveries).
 */
import { expect, test } from '@playwright/test';

test('one invitation, one name for what is on screen, one name for the lost box', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const header = page.locator('.playground-header');
  await expect(page.getByTestId('tour-invitation')).toBeVisible({ timeout: 20_000 });
  // "Start here" is the one way into the tour; the note beside it offers only "Not now".
  await expect(header.getByRole('button', { name: /tour|start here/i })).toHaveCount(1);

  // Add consumers picked on the first screen: the line, the chip and the way back all say so.
  await page.locator('[data-tour="strategy-switcher"]').getByLabel('Add consumers').check();
  await expect(page.getByTestId('scenario-name')).toHaveText('Add consumers');
  const presets = page.locator('section.presets');
  await expect(presets.getByRole('button', { name: 'Add consumers', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(presets.getByRole('button', { name: /^No backpressure/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(presets.getByText(', changed')).toHaveCount(0);
  // The ways back sit beside the title, and offer no way "back" to what is on screen as it is.
  await expect(page.getByRole('button', { name: 'Undo last change' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Back to/ })).toHaveCount(0);

  // The legend calls the box what the stage writes on it, and knows no "bin".
  await page.getByRole('button', { name: 'How to read this' }).click();
  const legend = page.getByRole('dialog', { name: 'How to read the stage' });
  await expect(legend.getByText('Lost: the box and each way out')).toBeVisible();
  await expect(legend).not.toContainText(/\bbin\b/);
});

test('Compare on a phone shows its runs first, and says why every column delivers the same', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./compare.html');
  const first = page.getByTestId('column-A');
  await expect(first).toBeVisible({ timeout: 15_000 });
  // The runs come before the shared settings, on screen and in the page's order.
  const settings = page.getByRole('heading', { name: 'The same for every column' });
  const runsFirst = await first.evaluate(
    (column, other) =>
      other !== null &&
      Boolean(column.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING),
    await settings.elementHandle(),
  );
  expect(runsFirst).toBe(true);
  // The comparison itself, the table of differences, starts on the first screen (before the
  // stacked columns).
  const differences = await page.getByRole('heading', { name: 'Differences' }).boundingBox();
  expect(differences?.y ?? Infinity).toBeLessThan(740);

  // The default columns (the consumer saturated in each) deliver the same from the first second
  // until No backpressure runs out of memory (about 8 s): the line says why, from the numbers.
  await expect(page.getByTestId('same-deliveries')).toContainText(
    'busy all the time in every column',
    { timeout: 6_000 },
  );
});
