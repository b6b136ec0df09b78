/**
 * While the guided tour is open, the page does not compete with its card: the line above the stage
 * keeps its plain description instead of turning into the invitation to pick any strategy ("Faster
 * in than out… Pick a strategy to see what gives"), which pulled a reader off the tour in steps 1–3
 * while the card asked for one button. Closed, the invitation comes back as before.
 */
import { expect, test } from '@playwright/test';

test('the invitation to pick a strategy gives way to the open tour, and comes back when it closes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('./?tour=1');
  const tour = page.getByTestId('tour');
  await expect(tour).toBeVisible({ timeout: 20_000 });
  // Step 1's run piles up well past the depth at which the invitation shows on the plain page.
  const depth = page.getByTestId('live-depth');
  await expect
    .poll(async () => Number(await depth.getAttribute('data-value')), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(40);
  await expect(page.getByTestId('invite')).toHaveCount(0);
  await expect(page.getByTestId('scenario-description')).toBeVisible();
  // Skipped, the plain story piles up again, and the line invites the reader to pick.
  await tour.getByRole('button', { name: 'Skip the tour' }).click();
  await expect(tour).toBeHidden();
  await expect(page.getByTestId('invite')).toBeVisible({ timeout: 30_000 });
});
