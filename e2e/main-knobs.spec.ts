/**
 * The main knobs under the stage: at 1280×800 the producer's rate, the consumers and their processing
 * time share the first screen with the whole stage, the cards and the queue-depth chart (the canvas
 * gives up the height they need), so a knob moves with its effect in view; Settings does not repeat
 * them. At 1440×900 the stage keeps its full height.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { stageHeightFor } from '../src/render/stageLayout.ts';

async function inView(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const view = page.viewportSize()!;
  expect(box, what).not.toBeNull();
  expect(box!.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what}: bottom`).toBeLessThanOrEqual(view.height + 0.5);
}

test('the main knobs sit under the stage, on the first screen with it, the cards and the depth chart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const canvas = page.locator('[data-tour="stage"] canvas');
  const knobs = page.locator('[data-tour="main-knobs"]');
  const rate = knobs.getByRole('slider', { name: 'Producer rate' });
  await expect(rate).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-tour="depth-chart"] .recharts-surface')).toBeVisible({
    timeout: 15_000,
  });
  await page.getByRole('button', { name: 'Pause' }).click();

  await expect(knobs.getByRole('slider')).toHaveCount(3);
  for (const name of ['Consumers', 'Processing time'])
    await expect(knobs.getByRole('slider', { name })).toBeVisible();
  // One control per field: the Settings column leaves these three out.
  await expect(page.getByRole('slider', { name: 'Producer rate' })).toHaveCount(1);
  await expect(page.getByRole('slider', { name: 'Consumers', exact: true })).toHaveCount(1);

  await inView(page, canvas, 'the stage');
  await inView(page, knobs, 'the main knobs');
  await inView(page, page.locator('[data-tour="depth-chart"]'), 'the depth chart');
  const cards = page.locator('.live-strip .live-item');
  for (let i = 0; i < (await cards.count()); i++) await inView(page, cards.nth(i), `card ${i + 1}`);

  // A knob moves with the stage in view: nothing scrolls, and the value is the scenario's.
  await rate.focus();
  await rate.press('ArrowRight');
  await expect(knobs.getByTestId('value-workload.pattern.ratePerSec')).not.toHaveText(
    '70 messages/s',
  );
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await inView(page, canvas, 'the stage after the change');

  // A taller window: the stage keeps its full height, the knobs still under it.
  await page.setViewportSize({ width: 1440, height: 900 });
  const width = await page.locator('[data-tour="stage"] .stage').evaluate((el) => el.clientWidth);
  await expect.poll(async () => (await canvas.boundingBox())?.height).toBe(stageHeightFor(width));
  await inView(page, knobs, 'the main knobs at 1440×900');
});
