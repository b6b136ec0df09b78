/**
 * An embedded figure has one play/pause control: the button over its stage. The sample article's
 * figures had a round ⏸ over the stage and a Pause button under it, two controls for one thing.
 */
import { expect, test } from '@playwright/test';

test('an embedded figure has one play/pause control, with its other controls or all of them', async ({
  page,
}) => {
  for (const controls of ['minimal', 'full']) {
    await page.goto(`embed.html?preset=block&seed=2&controls=${controls}&autoplay=0`);
    // The controls under the stage are in: Step is one of them.
    await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeVisible();
    const toggles = page.getByRole('button', { name: /^(Play|Pause)\b/ });
    await expect(toggles, controls).toHaveCount(1);
    await expect(toggles).toHaveAccessibleName('Play the simulation');
    await toggles.click();
    await expect(toggles).toHaveAccessibleName('Pause the simulation');
  }
});

test('in a 700 px column the figure’s play/pause sits with Step and Reset, and the stage has no empty band over it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 700, height: 800 });
  await page.goto('embed.html?preset=drop-oldest&seed=2');
  const row = page.locator('.transport-buttons');
  await expect(row.getByRole('button', { name: 'Step', exact: true })).toBeVisible();
  // Toggle, Step and Reset, in that order, on one line.
  await expect(row.getByRole('button')).toHaveText(['Pause', 'Step', 'Reset']);
  const boxes = await row
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().top));
  expect(Math.max(...boxes) - Math.min(...boxes)).toBeLessThan(2);
  // The stage was 368 px tall here, its queue of 20 drawn under 80 px of nothing.
  const canvas = page.locator('#embed-stage canvas');
  await expect.poll(async () => (await canvas.boundingBox())?.height).toBeLessThanOrEqual(320);
});
