/**
 * The first visit's invitation to the tour, by keyboard and on screen: its buttons come right after
 * Start here in the Tab order; it covers nothing (title, buttons, scenario line, stage) at desktop,
 * laptop and phone widths; and once the tour is open, Escape closes it wherever the focus has gone
 * (Shift+Tab out of the card, or back on Start here). One page per test.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const invitation = (page: Page) => page.getByTestId('tour-invitation');
const startHere = (page: Page) => page.getByRole('button', { name: 'Start here' });
const tour = (page: Page) => page.getByTestId('tour');

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b).not.toBeNull();
  return b!;
}

const apart = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) =>
  a.x + a.width <= b.x + 0.5 ||
  b.x + b.width <= a.x + 0.5 ||
  a.y + a.height <= b.y + 0.5 ||
  b.y + b.height <= a.y + 0.5;

test('Tab goes from Start here to the invitation’s Not now and back; Escape closes the tour from outside its card', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await expect(invitation(page)).toBeVisible({ timeout: 20_000 });
  await startHere(page).focus();
  // Start here is the one way into the tour; the note beside it only offers Not now.
  await page.keyboard.press('Tab');
  await expect(invitation(page).getByRole('button', { name: 'Not now' })).toBeFocused();
  await expect(invitation(page).getByRole('button', { name: 'Take the tour' })).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(startHere(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tour(page)).toBeVisible({ timeout: 20_000 });

  // Shift+Tab from the card's first control leaves the card; Escape still closes the tour.
  await tour(page).getByRole('button', { name: 'Skip the tour' }).focus();
  await page.keyboard.press('Shift+Tab');
  const inCard = await tour(page).evaluate((card) => card.contains(document.activeElement));
  expect(inCard).toBe(false);
  await page.keyboard.press('Escape');
  await expect(tour(page)).toBeHidden();
  await expect(startHere(page)).toBeFocused();

  // And from Start here itself, which says the tour is open (aria-expanded) while it is.
  await page.keyboard.press('Enter');
  await expect(tour(page)).toBeVisible();
  await startHere(page).focus();
  await expect(startHere(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(tour(page)).toBeHidden();
});

for (const size of [
  { width: 1440, height: 900 },
  { width: 1100, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`at ${size.width} px the invitation covers nothing, and is in view`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('./');
    await expect(invitation(page)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('scenario-name')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('[data-tour="stage"] canvas')).toBeVisible({ timeout: 20_000 });
    const note = await box(invitation(page));
    expect(note.x).toBeGreaterThanOrEqual(0);
    expect(note.x + note.width).toBeLessThanOrEqual(size.width);
    const others = page.locator(
      '.playground-header h1, .header-tools > * > .button, .header-tools > .button, .scenario-line, [data-tour="stage"]',
    );
    const count = await others.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      const other = others.nth(i);
      if (!(await other.isVisible())) continue;
      const b = await box(other);
      const name = (await other.textContent())?.trim().slice(0, 30);
      expect(apart(note, b), `the invitation covers “${name}”`).toBe(true);
    }
  });
}
