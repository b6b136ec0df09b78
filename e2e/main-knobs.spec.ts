/**
 * The main knobs under the stage: at 1280×800 the producer's rate, the consumers and their processing
 * time share the first screen with the whole stage, the cards and the queue-depth chart (the canvas
 * gives up the height they need), so a knob moves with its effect in view; Settings does not repeat
 * them. At 1440×900 the stage keeps its full height.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { stageHeightFor } from '../src/render/stageLayout.ts';
import { decodeShareQuery } from '../src/share/shareLink.ts';

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
  // The cards now count from the change, say so, and stay on the first screen with the line.
  await expect(page.getByTestId('live-since')).toHaveText(
    /^Cards count from your change at [\d.]+ (ms|s)\. The stage and chart count the whole run\.$/,
  );
  await inView(page, page.getByTestId('live-since'), 'the line over the cards');
  for (let i = 0; i < (await cards.count()); i++)
    await inView(page, cards.nth(i), `card ${i + 1} after the change`);

  // A taller window: the stage keeps its full height, the knobs still under it.
  await page.setViewportSize({ width: 1440, height: 900 });
  const width = await page.locator('[data-tour="stage"] .stage').evaluate((el) => el.clientWidth);
  await expect.poll(async () => (await canvas.boundingBox())?.height).toBe(stageHeightFor(width));
  await inView(page, knobs, 'the main knobs at 1440×900');
});

/** Each stage's share of busy time, from the card "How busy each stage is" (by stage: a · b · c). */
async function busyByStage(page: Page): Promise<number[]> {
  const text = await page.getByTestId('live-utilisation').innerText();
  const detail = /by stage: (.*)/.exec(text)?.[1] ?? '';
  return detail.split('·').map((part) => parseFloat(part));
}

test('in a chain the knobs name their stage, reach the later ones, and say which stage sets the pace', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?preset=pipeline-slow-database&speed=10');
  const canvas = page.locator('[data-tour="stage"] canvas');
  const knobs = page.locator('[data-tour="main-knobs"]');
  const consumers = knobs.getByRole('slider', { name: 'Consumers (stage 1: API)' });
  await expect(consumers).toBeVisible({ timeout: 20_000 });
  await expect(canvas).toHaveAttribute('aria-label', /A pipeline of 3 stages/, { timeout: 20_000 });
  await expect(
    knobs.getByRole('slider', { name: /^Processing time \(stage 1: API\)/ }),
  ).toBeVisible();
  const note = page.getByTestId('bottleneck-note');
  await expect(note).toContainText('Stage 3 (database) is the slowest stage');
  await expect(note).toContainText('at stage 1 (API) won’t get more through');
  await expect(page.getByTestId('knobs-stage-3')).toContainText('slowest');

  // The whole chain, the stage buttons, the knobs and the note share the first screen.
  await inView(page, canvas, 'the chain');
  await inView(page, knobs, 'the knobs, the stage buttons and the note');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // The database's own knobs: no note there, it is the slowest.
  await note.getByRole('button', { name: 'Knobs for stage 3' }).click();
  await expect(page.getByTestId('knobs-stage-3')).toHaveAttribute('aria-pressed', 'true');
  await expect(knobs.getByRole('slider', { name: 'Consumers (stage 3: database)' })).toBeVisible();
  await expect(
    knobs.getByRole('slider', { name: 'Queue capacity (stage 3: database)' }),
  ).toBeVisible();
  await expect(note).toHaveCount(0);
  // A later stage's change starts the run again, and the knobs say so before it does.
  await expect(page.getByTestId('restart-note')).toContainText('starts the run again');
  // Four connections for 80 requests a second: the database is busy more than a third of the time.
  await expect
    .poll(async () => (await busyByStage(page))[2], { timeout: 20_000 })
    .toBeGreaterThan(35);

  // Ten times the connections: the database idles, the worker pool is now the slowest stage, and
  // the note says so under the database's knobs; the link carries the change.
  const box = knobs.getByTestId('typed-downstream.1.consumers.count');
  await box.fill('40');
  await box.press('Enter');
  await expect(knobs.getByTestId('value-downstream.1.consumers.count')).toHaveText('40 workers');
  await expect(note).toContainText('Stage 2 (worker pool) is the slowest stage');
  await expect(page.getByTestId('knobs-stage-2')).toContainText('slowest');
  await expect(page.getByTestId('knobs-stage-3')).not.toContainText('slowest');
  await expect.poll(async () => (await busyByStage(page))[2], { timeout: 20_000 }).toBeLessThan(15);
  await expect
    .poll(() => {
      const read = decodeShareQuery(new URL(page.url()).search);
      return read.ok ? read.scenario.downstream?.[1]?.consumers.count : 'unreadable link';
    })
    .toBe(40);

  // ", changed", and Undo takes it back: four connections, the database the slowest again.
  await expect(page.locator('.scenario-changed')).toBeVisible();
  await page.getByTestId('scenario-line').getByRole('button', { name: 'Undo last change' }).click();
  await expect(knobs.getByTestId('value-downstream.1.consumers.count')).toHaveText('4 workers');
  await expect(note).toHaveCount(0);
  await expect(page.getByTestId('knobs-stage-3')).toContainText('slowest');
  await inView(page, canvas, 'the chain after the change');
});
