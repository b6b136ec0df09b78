/**
 * "You are the consumer" (game.html): played by keyboard to game over, by touch on a phone, the
 * same game from the same seed link, the reduced-motion variant, and accessibility. `speed=` in the
 * address runs the simulated game faster than real time, so a whole game takes a few seconds.
 */
import AxeBuilder from '@axe-core/playwright';
import { VIOLATIONS_ONLY } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './support/watchErrors.ts';

/** The first key of each lane, as on screen. */
const LANE_KEYS = ['a', 's', 'd', 'f'];

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./game.html${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are the consumer');
  await expect(page.getByTestId('game-well')).toBeVisible();
  // The keyboard is listened to from here on.
  await expect(page.locator('body')).toHaveAttribute('data-game-keys', 'on');
}

const valueOf = async (page: Page, testId: string) =>
  Number(await page.getByTestId(testId).getAttribute('data-value'));

/**
 * The blocks in the well, oldest first, as [arrival number, lane, size in bytes]. Read in one
 * evaluate (a locator's evaluateAll may hand over elements that the page has removed meanwhile).
 */
async function blocksOnScreen(page: Page): Promise<[number, number, number][]> {
  const blocks = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-block-id]'), (element) => {
      const block = element as HTMLElement;
      const lane = (block.closest('[data-lane]') as HTMLElement | null)?.dataset.lane;
      return [Number(block.dataset.blockId), Number(lane), Number(block.dataset.size)];
    }),
  );
  return (blocks as [number, number, number][]).sort((a, b) => a[0] - b[0]);
}

/** The lane whose bottom block is the oldest on screen, or null when the well is empty. */
async function oldestLane(page: Page): Promise<number | null> {
  const blocks = await blocksOnScreen(page);
  return blocks[0]?.[1] ?? null;
}

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).options(VIOLATIONS_ONLY).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}

test('the game can be played to game over by keyboard', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await open(page, '?seed=7&speed=4');
  const announcer = page.getByTestId('game-announcer');

  await page.keyboard.press('Space');
  await expect(announcer).toHaveText(/^Game started\. Level 1/);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  // Switch strategy and call a helper, by keys.
  await page.keyboard.press('2');
  await expect(announcer).toHaveText(/^Strategy: Drop the oldest\./);
  await expect(page.getByRole('radio', { name: /Drop the oldest/ })).toBeChecked();
  await page.keyboard.press('h');
  await expect(page.getByTestId('game-helper')).toHaveText(/^(Starting|Working)/);
  await page.keyboard.press('1');
  await expect(page.getByRole('radio', { name: /Keep everything/ })).toBeChecked();

  // Play for a while: always the key of the oldest block, and the next press once that block has
  // left the well (processed by you, or by the helper, who may take it first). On a slow machine the
  // game may outrun the presses and end first; the presses made until then count.
  const over = page.getByTestId('game-over');
  for (let pressed = 0; pressed < 8 && !(await over.isVisible()); pressed++) {
    let oldest: [number, number, number] | undefined;
    await expect
      .poll(async () => {
        [oldest] = await blocksOnScreen(page);
        return oldest !== undefined || (await over.isVisible());
      })
      .toBe(true);
    if (oldest === undefined) break;
    const [id, lane] = oldest;
    await page.keyboard.press(LANE_KEYS[lane]!);
    await expect
      .poll(
        async () =>
          (await over.isVisible()) || !(await blocksOnScreen(page)).some(([shown]) => shown === id),
      )
      .toBe(true);
  }
  const byYou = async () =>
    Number(await page.getByTestId('game-delivered').getAttribute('data-by-you'));
  await expect.poll(byYou).toBeGreaterThan(0);

  // Then stop pressing: keeping everything, the buffer outgrows its memory.
  const panel = over;
  await expect(panel).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByRole('heading')).toHaveText('Game over: Out of memory');
  await expect(announcer).toHaveText(/^Game over: Out of memory\./);

  // The breakdown adds up to the score.
  const points = await panel
    .locator('tbody .game-points')
    .allInnerTexts()
    .then((texts) => texts.map((t) => Number(t.replace('−', '-').replace('+', ''))));
  const finalScore = Number(await panel.getByTestId('game-final-score').innerText());
  expect(points.reduce((a, b) => a + b, 0)).toBe(finalScore);
  expect(finalScore).toBe(await valueOf(page, 'game-score'));

  // Keyboard players land on "play the same game again"; Enter starts it.
  const again = page.getByRole('button', { name: 'Play the same game again' });
  await expect(again).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(announcer).toHaveText(/^New game on seed 7\./);
  expect(new URL(page.url()).searchParams.get('seed')).toBe('7');
  expect(errors).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('tapping a column processes its oldest block', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '?seed=3&speed=2');
    await page.getByRole('button', { name: 'Start', exact: true }).tap();
    await expect.poll(() => oldestLane(page), { timeout: 15_000 }).not.toBeNull();
    // One reading for both, so the lane is the oldest block's own.
    const [oldest] = await blocksOnScreen(page);
    const lane = oldest![1];
    await page.locator(`.game-column[data-lane="${lane}"]`).tap();
    await expect.poll(() => valueOf(page, 'game-delivered')).toBe(1);
    expect((await blocksOnScreen(page)).map(([id]) => id)).not.toContain(oldest![0]);

    // Big touch targets, and nothing wider than the screen.
    const box = await page.locator('.game-column').first().boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    // Strategy and helper by touch too.
    await page.getByRole('radio', { name: /Reject new when full/ }).tap();
    await expect(page.getByRole('radio', { name: /Reject new when full/ })).toBeChecked();
    await page.getByRole('button', { name: /Call a helper/ }).tap();
    await expect(page.getByTestId('game-helper')).toHaveText(/^(Starting|Working)/);
    expect(errors).toEqual([]);
  });
});

test('the same seed link brings the same first blocks', async ({ page }) => {
  /** Starts the game on `seed`, lets five blocks arrive untouched, pauses, and lists them. */
  const firstBlocks = async (seed: number) => {
    await open(page, `?seed=${seed}&speed=4`);
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.locator('[data-block-id]').count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(5);
    await page.keyboard.press('p');
    await expect(page.getByTestId('game-announcer')).toHaveText(/^Paused/);
    return (await blocksOnScreen(page)).slice(0, 5);
  };
  const first = await firstBlocks(42);
  expect(first.map(([id]) => id)).toEqual([0, 1, 2, 3, 4]);
  expect(await page.getByTestId('game-share-link').getAttribute('href')).toMatch(
    /game\.html\?seed=42$/,
  );
  expect(await firstBlocks(42)).toEqual(first);
  expect(await firstBlocks(43)).not.toEqual(first);
});

test('a page without a seed picks one and keeps it in the address, so a reload repeats it', async ({
  page,
}) => {
  await open(page, '');
  await expect.poll(() => new URL(page.url()).searchParams.get('seed')).toMatch(/^\d+$/);
  const seed = new URL(page.url()).searchParams.get('seed')!;
  await page.reload();
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue(seed);
});

test('bad seeds are explained and the last good seed stays', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '?seed=banana');
  await expect(page.getByRole('status').first()).toContainText(
    'The link’s seed “banana” is not a whole number',
  );
  const input = page.getByLabel('Seed', { exact: true });
  const good = await input.inputValue();
  expect(good).toMatch(/^\d+$/);
  await input.fill('12.5');
  await input.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    `“12.5” is not a whole number from 0 to 4294967295. Still playing seed ${good}.`,
  );
  await input.fill('99');
  await page.getByRole('button', { name: 'Play this seed' }).click();
  await expect(page.getByTestId('game-announcer')).toHaveText(
    'Seed 99 is ready. Press Space or Start to play.',
  );
  expect(new URL(page.url()).searchParams.get('seed')).toBe('99');
  expect(errors).toEqual([]);
});

test.describe('reduced motion', () => {
  test('follows the system setting: blocks appear in place, nothing falls', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, '?seed=5&speed=4');
    const toggle = page.getByRole('checkbox', { name: /Reduce motion/ });
    await expect(toggle).toBeChecked();
    await expect(page.getByTestId('game-page')).toHaveAttribute('data-motion', 'reduced');
    await page.keyboard.press('Space');
    const block = page.locator('[data-block-id]').first();
    await expect(block).toBeVisible({ timeout: 15_000 });
    expect(await block.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    expect(await block.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    // The counters still move.
    await expect.poll(() => valueOf(page, 'game-time')).toBeGreaterThan(1000);
  });

  test('can be switched on the page, whatever the system says', async ({ page }) => {
    await open(page, '?seed=5&speed=4');
    await expect(page.getByTestId('game-page')).toHaveAttribute('data-motion', 'full');
    await page.keyboard.press('Space');
    const block = page.locator('[data-block-id]').first();
    await expect(block).toBeVisible({ timeout: 15_000 });
    expect(await block.evaluate((el) => getComputedStyle(el).animationName)).toBe('game-fall');
    await page.getByRole('checkbox', { name: /Reduce motion/ }).check();
    await expect(page.getByTestId('game-page')).toHaveAttribute('data-motion', 'reduced');
    expect(await block.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });
});

test('axe finds no serious or critical violations, before and after a game', async ({ page }) => {
  test.setTimeout(60_000);
  const errors = watchErrors(page);
  await open(page, '?seed=11&speed=20');
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByTestId('game-over')).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousAxeViolations(page);
  expect(errors).toEqual([]);
});

test('every control is reachable by Tab, with a visible focus ring', async ({ page }) => {
  await open(page, '?seed=1');
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) continue;
    expect(focused.outline, `focus ring on ${focused.name}`).toBe(true);
    seen.add(focused.name.split(':')[0]!);
  }
  for (const name of [
    'Start',
    'Restart',
    'A',
    'S',
    'D',
    'F',
    'Play this seed',
    'New seed',
    'Copy link',
  ])
    expect([...seen], name).toContain(name);
});
