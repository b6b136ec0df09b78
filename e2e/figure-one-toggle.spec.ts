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
