/**
 * What an attendee stumbled on, in one page's visit: the tour's invitation stays away once they
 * started on their own; the exercise list scrolls within the window, on a laptop and on a phone;
 * and Check stays in view beside the knobs when their help lines make them taller than the screen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

/** Whether the whole of `locator` lies inside the viewport as it is scrolled now. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.y >= -1 && box.y + box.height <= size.height + 1;
}

/** The panel's bottom edge is on screen, and what does not fit scrolls inside it. */
async function scrollsWithinWindow(page: Page, panel: Locator): Promise<void> {
  const size = page.viewportSize();
  const box = await panel.boundingBox();
  expect(box, 'the panel is there').not.toBeNull();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual((size?.height ?? 0) + 1);
  const scrolls = await panel.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  expect(scrolls, 'the list is longer than the window, so the panel scrolls').toBe(true);
}

test('invitation remembered, exercise list within the window, Check beside tall knobs', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const invitation = page.getByTestId('tour-invitation');
  await expect(invitation).toBeVisible({ timeout: 20_000 });
  // Starting on their own sets the invitation aside, for later visits too.
  await page.locator('[data-tour="strategy-switcher"]').getByLabel('Drop the oldest').check();
  await expect(invitation).toHaveCount(0);
  await page.reload();
  // Decided before the first paint: no room is kept for an invitation on this visit.
  await expect(page.locator('html')).not.toHaveAttribute('data-tour-invite');
  await expect(page.getByTestId('scenario-name')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Start here' })).toBeVisible();
  await expect(invitation).toHaveCount(0);

  // The exercise list at 1280×800.
  await page.getByRole('button', { name: 'Exercises', exact: true }).click();
  const list = page.getByTestId('exercise-list');
  await expect(list.getByRole('link', { name: 'Where do you put the bound?' })).toBeAttached({
    timeout: 20_000,
  });
  await scrollsWithinWindow(
    page,
    list.locator('xpath=ancestor::*[contains(@class, "popover-panel")][1]'),
  );

  // With every knob's help line shown, the knobs are taller than the screen: Check stays in view.
  await list.getByRole('link', { name: 'Bring it back' }).click();
  const knobs = page.getByTestId('exercise-knobs');
  await expect(knobs.locator('.knob').first()).toBeVisible({ timeout: 30_000 });
  await knobs.getByRole('button', { name: 'What each setting means' }).click();
  const first = knobs.locator('.knob').first();
  const check = page.getByRole('button', { name: 'Check my answer' });
  const span = await page.evaluate(() => {
    const a = document.querySelector('[data-testid=exercise-knobs] .knob')?.getBoundingClientRect();
    const b = document.querySelector('.check-bar')?.getBoundingClientRect();
    return a && b ? b.bottom - a.top : 0;
  });
  expect(span, 'the knobs with their help run taller than the screen').toBeGreaterThan(800);
  await first.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
  expect(await inViewport(page, first), 'the first knob').toBe(true);
  await expect.poll(() => inViewport(page, check), { message: 'Check' }).toBe(true);

  // On a phone the list sits in the header's menu, which scrolls within the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Exercises', exact: true }).click();
  await expect(page.getByTestId('exercise-list')).toBeVisible();
  await scrollsWithinWindow(
    page,
    page
      .getByTestId('exercise-list')
      .locator('xpath=ancestor::*[contains(@class, "menu-panel")][1]'),
  );
});
