/**
 * Pipelines in the page: the presets sit in the preset bar in a group of their own, and a chosen
 * one draws a line per stage on the depth chart (a single stage keeps its one area), named as the
 * stages are; a pipeline column in Compare gets the room of its chain. Waiting on state only.
 */
import { expect, test } from '@playwright/test';
import { watchErrors } from './support/watchErrors.ts';

test('a pipeline preset from the picker draws one depth line per stage, named', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?speed=10');
  const depth = page.getByTestId('chart-depth').first();
  // The first screen's single stage: its one depth area, and no stage lines.
  await expect(depth.locator('.series-depth').first()).toBeAttached({ timeout: 20_000 });
  await expect(depth.locator('.series-stage-depth')).toHaveCount(0);

  const group = page.getByRole('group', { name: 'Chains of stages' });
  await group.getByRole('button', { name: 'A slow database behind a worker pool' }).click();
  await expect(page.getByTestId('scenario-name')).toHaveText(
    'A slow database behind a worker pool',
  );
  await expect(group.getByRole('button', { name: 'Kafka between two services' })).toBeVisible();
  // Only the first stage's blocks can be followed: the line under the stage says where (a reader
  // tapped the second well's, under "Click or tap a block to follow it.", to no effect).
  const story = page.locator('[data-tour="stage"] .stage-story');
  await expect(story).toHaveText('Click or tap a block in the first well to follow it.');

  // A chart redraws only while on screen: back up from the preset bar to the one beside the stage.
  await depth.scrollIntoViewIfNeeded();
  const legend = depth.locator('.chart-legend li');
  await expect(legend).toHaveText(['Stage 1', 'Stage 2: worker pool', 'Stage 3: database']);
  // Recharts draws each stage's line once the chart has rows of the new run.
  await expect
    .poll(() => depth.locator('.series-stage-depth path.recharts-curve').count(), {
      timeout: 20_000,
    })
    .toBe(3);
  await expect(depth.locator('.series-depth')).toHaveCount(0);
  await expect(depth.locator('figcaption')).toContainText('one line per stage');
  // Beside the strategy, which stage it is about: a note that spans the switcher's width.
  const note = page.getByTestId('strategy-notes');
  await expect(note).toContainText('the strategy is stage 1’s');
  const switcher = (await page.locator('#strategy').boundingBox())!;
  expect((await note.boundingBox())!.width).toBeGreaterThan(switcher.width * 0.8);
  expect(errors).toEqual([]);
});

test('on a phone, a pipeline’s note leaves the strategy list its width', async ({ page }) => {
  // The note once shared the list box's row and squeezed it to its arrow.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?preset=pipeline-slow-database');
  await expect(page.getByTestId('strategy-notes')).toContainText('the strategy is stage 1’s', {
    timeout: 20_000,
  });
  expect((await page.getByTestId('strategy-select').boundingBox())!.width).toBeGreaterThan(150);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a pipeline column in Compare draws its whole chain, taller than a single stage', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./compare.html?compare=1&a=pipeline-slow-database&b=drop-oldest');
  const canvases = page.locator('[data-testid^="column-stage-"] canvas');
  await expect(canvases).toHaveCount(2);
  await expect(canvases.nth(0)).toHaveAttribute('aria-label', /A pipeline of 3 stages/, {
    timeout: 20_000,
  });
  // Three wells stacked in a column need about three times a single stage's height.
  await expect
    .poll(async () => {
      const chain = await canvases.nth(0).boundingBox();
      const single = await canvases.nth(1).boundingBox();
      return chain !== null && single !== null && chain.height > 2 * single.height;
    })
    .toBe(true);
  expect(errors).toEqual([]);
});
