import AxeBuilder from '@axe-core/playwright';
import { VIOLATIONS_ONLY } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { openHeaderMenu } from './support/headerMenu.ts';
import { watchErrors } from './support/watchErrors.ts';

async function open(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpressure Playground');
  await expect(page.getByTestId('chart-depth')).toBeVisible({ timeout: 15_000 });
}

/** Overload shows within a couple of seconds at the top speed. */
async function fullSpeed(page: Page): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Speed' });
  await slider.focus();
  await slider.press('End');
  await expect(page.getByTestId('speed-value')).toHaveText('100×');
}

async function chooseStrategy(page: Page, name: RegExp): Promise<void> {
  // Switched while paused, and played again only once the page shows the fresh run at time zero:
  // the numbers read after this are this strategy's alone, never a late refresh of the old run.
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('radio', { name }).check();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('sim-clock')).toContainText('t = 0.000 s');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
}

const live = (page: Page, id: string) => page.getByTestId(`live-${id}`);
const liveValue = async (page: Page, id: string) =>
  Number((await live(page, id).getAttribute('data-value')) ?? NaN);
/** The highest depth so far, from the depth item's second line. */
const maxDepth = async (page: Page) =>
  Number(
    /most so far:? ([\d,]+)/.exec(await live(page, 'depth').innerText())?.[1]?.replace(/,/g, ''),
  );
const workers = async (page: Page) =>
  Number(/(\d+) workers?/.exec(await live(page, 'utilisation').innerText())?.[1]);
/** Simulated seconds on the clock. */
const clockMs = async (page: Page) => {
  const text = await page.getByTestId('sim-clock').innerText();
  const [, value] = /t = ([\d.]+) s/.exec(text) ?? [];
  return Math.round(Number(value) * 1000);
};

test('the page loads and plays without console errors', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await expect(page.getByTestId('stage-slot')).toBeVisible();
  await expect.poll(() => clockMs(page)).toBeGreaterThan(0);
  await expect(page.getByRole('radio', { name: /No backpressure/ })).toBeChecked();
  // Playing for a while, with live numbers and charts refreshed several times, raises no errors.
  await expect.poll(() => clockMs(page)).toBeGreaterThan(1500);
  expect(errors).toEqual([]);
});

test('switching strategy changes the live numbers', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await open(page);
  await fullSpeed(page);
  // No backpressure: nothing dropped until the crash, the queue grows past any bound.
  await expect.poll(() => liveValue(page, 'depth'), { timeout: 15_000 }).toBeGreaterThan(60);

  await chooseStrategy(page, /Drop the oldest/);
  await expect(page.getByTestId('explanation').getByRole('heading')).toHaveText('Drop the oldest');
  await expect.poll(() => liveValue(page, 'dropped'), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await maxDepth(page)).toBeLessThanOrEqual(20);
  expect(errors).toEqual([]);
});

test('a strategy picked leaves no hidden announcement of the one before', async ({ page }) => {
  // A screen reader heard "The first message was lost: oldest pushed out." under Slow-down signal.
  await page.goto('./?preset=drop-oldest&speed=4');
  const moments = page.getByTestId('stage-moments');
  await expect(moments).toContainText('oldest pushed out', { timeout: 20_000 });
  // Paused, so that no moment of the new strategy's replaces it.
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('radio', { name: 'Slow-down signal' }).check();
  await expect(page.locator('#scenario-title')).toHaveText('Slow-down signal');
  await expect(moments).toHaveText('');
  // And the next strategy's moments are still told.
  await page.getByRole('radio', { name: 'Block the producer' }).check();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(moments).toContainText('producer is blocked', { timeout: 20_000 });
});

test.describe('each strategy shows its signature under overload', () => {
  // The machine running these may be slow and shared; overload takes a few seconds of wall time.
  test.describe.configure({ timeout: 90_000 });

  test('block: nothing dropped, and the producer is blocked', async ({ page }) => {
    await open(page);
    await fullSpeed(page);
    await chooseStrategy(page, /Block the producer/);
    // Blocked outright, or part of the last second.
    await expect(page.getByTestId('producer-status')).toContainText(
      /blocked(, queue full| \d+(\.\d+)?% of the last second)/,
      { timeout: 15_000 },
    );
    await expect.poll(() => clockMs(page)).toBeGreaterThan(5000);
    expect(await liveValue(page, 'dropped')).toBe(0);
    expect(await maxDepth(page)).toBeLessThanOrEqual(20);
    // Paused, the line says it is the reading of a paused run, not of one going on.
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByTestId('producer-status')).toContainText(
      /^Run paused. When it paused, the producer was /,
    );
  });

  test('credit window: nothing dropped and the queue stays within the window', async ({ page }) => {
    await open(page);
    await fullSpeed(page);
    await chooseStrategy(page, /Credit window/);
    await expect.poll(() => clockMs(page), { timeout: 15_000 }).toBeGreaterThan(5000);
    expect(await liveValue(page, 'dropped')).toBe(0);
    expect(await maxDepth(page)).toBeLessThanOrEqual(10);
  });

  test('add consumers: the worker count rises', async ({ page }) => {
    await open(page);
    await fullSpeed(page);
    // The preset's producer needs three workers, so the autoscaler keeps more than one running.
    await page.getByRole('button', { name: 'Add consumers', exact: true }).click();
    await expect(page.getByRole('radio', { name: /Add consumers/ })).toBeChecked();
    await expect.poll(() => workers(page), { timeout: 20_000 }).toBeGreaterThan(1);
  });
});

test('keyboard shortcuts play, pause, step and reset', async ({ page }) => {
  await open(page);
  const playButton = page.getByRole('button', { name: 'Pause' });
  await expect(playButton).toBeVisible();
  await page.locator('h1').click();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  // A step goes to the next thing that happens, which may be within the same millisecond the
  // clock shows: a few steps always move it.
  const paused = await clockMs(page);
  await expect
    .poll(async () => {
      await page.keyboard.press('ArrowRight');
      return clockMs(page);
    })
    .toBeGreaterThan(paused);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  await page.keyboard.press('r');
  await expect.poll(() => clockMs(page)).toBe(0);

  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => clockMs(page)).toBeGreaterThan(0);

  // The help popover (under More) lists them, and Escape closes it.
  await openHeaderMenu(page);
  const help = page.getByRole('button', { name: 'Help and shortcuts' });
  await help.click();
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('group', { name: 'Help' })).toContainText('Play or pause');
  await page.keyboard.press('Escape');
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  await expect(help).toBeFocused();
});

test('presets load in one click, and undo goes back', async ({ page }) => {
  await open(page);
  const preset = page.getByRole('button', { name: 'Go buffered channel', exact: true });
  await expect(preset).toBeVisible({ timeout: 15_000 });
  await preset.click();
  await expect(preset).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('radio', { name: /Block the producer/ })).toBeChecked();
  await expect(page.getByTestId('explanation')).toContainText('Go buffered channel');

  await page.getByRole('button', { name: 'Undo last change' }).click();
  await expect(page.getByRole('radio', { name: /No backpressure/ })).toBeChecked();
});

test('a bad seed is refused and the last good one keeps running', async ({ page }) => {
  await open(page);
  const seed = page.getByRole('spinbutton', { name: 'Seed' });
  await seed.fill('-4');
  await seed.press('Enter');
  await expect(page.getByText(/Not applied: must be a whole number/).first()).toBeVisible();
  await seed.fill('7');
  await seed.press('Enter');
  await expect(page.getByText(/Not applied/)).toHaveCount(0);
  await expect(seed).toHaveValue('7');
});

test('no serious or critical accessibility violations', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page);
  // A still page scans faster and the same way every time.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(
    page.getByRole('button', { name: 'Go buffered channel', exact: true }),
  ).toBeVisible();
  const results = await new AxeBuilder({ page }).options(VIOLATIONS_ONLY).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
});

for (const width of [360, 700, 1280]) {
  test(`at ${width} px every header panel opens fully on screen`, async ({ page }) => {
    // Seven panels, some inside the menu: more steps than a test usually takes.
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 740 });
    await open(page);
    const header = page.locator('.header-tools');
    // Every popover button, those inside More (or Menu) included: the menu is opened for those.
    await expect(header.getByTestId('header-menu')).toBeVisible({ timeout: 15_000 });
    const buttons = header.locator('.popover > button');
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      if (!(await button.isVisible())) await openHeaderMenu(page);
      await button.click();
      const panel = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
      await expect(panel).toBeVisible();
      const box = await panel.boundingBox();
      const name = await button.innerText();
      expect(box, name).not.toBeNull();
      expect(box!.x, name).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(width);
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
    }
  });
}

test('on a phone, once the run has filled the charts, nothing sticks out sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await open(page);
  // Once the run has filled the charts and the numbers have grown to their widths.
  await expect.poll(() => clockMs(page)).toBeGreaterThan(2000);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the header leads to the game', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await openHeaderMenu(page);
  await page.getByTestId('game-link').click();
  await page.waitForURL(/game\.html/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('consumer');
  expect(errors).toEqual([]);
});

test('display preferences are the reader’s own, and survive a reload', async ({ page }) => {
  await open(page);
  await openHeaderMenu(page);
  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Not part of the link: the address says nothing about them.
  expect(page.url()).not.toContain('dark');
});

test('a credit window larger than the queue says beside the knob how much of it counts', async ({
  page,
}) => {
  await page.goto('./?preset=credit-window');
  const window = page.getByRole('slider', { name: 'Credit window' });
  await expect(window).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('knob-note')).toHaveCount(0);
  await window.focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('value-feedback.window')).toHaveText(/1,000/);
  const note = page.locator('[data-knob="feedback.window"]').getByTestId('knob-note');
  await expect(note).toHaveText(
    'Only 50 take effect: the consumers never give out more credit than the 50 places in the queue, so the queue cannot overflow.',
  );
  // The slider's description includes the note, for screen readers.
  const describedBy = (await window.getAttribute('aria-describedby')) ?? '';
  expect(describedBy.split(' ').some((id) => id.endsWith('-note'))).toBe(true);
  await page.keyboard.press('Home');
  await expect(page.getByTestId('knob-note')).toHaveCount(0);
});

// A wide screen: the transport, then the knobs, then the cards. A phone: the knobs right under the
// stage, then the strategies, then the transport and the cards (a phone reader's Tab went from the
// transport's Speed back up to the knobs).
for (const { width, height } of [
  { width: 1440, height: 900 },
  { width: 360, height: 740 },
])
  test(`at ${width} px Tab goes down the page as it is drawn, from the stage to the cards`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await open(page);
    await expect(page.getByRole('group', { name: 'Producer and consumers' })).toBeVisible();
    await page.getByRole('button', { name: 'How to read this' }).focus();
    // The tops of the next stops, until the first card's help: each at or below the one before
    // (a row's stops share a top; a few pixels allow for controls of different heights in one row).
    const tops: { name: string; top: number }[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const box = el?.getBoundingClientRect();
        return {
          name: el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 30) ?? '',
          top: Math.round((box?.top ?? 0) + window.scrollY),
          inCards: el?.closest('[data-tour="cards"]') !== null,
        };
      });
      tops.push({ name: stop.name, top: stop.top });
      if (stop.inCards) break;
    }
    expect(tops.map((t) => t.name)).toContain('Pause');
    expect(tops.some((t) => t.name.startsWith('Producer rate'))).toBe(true);
    for (let i = 1; i < tops.length; i++)
      expect(tops[i]!.top, JSON.stringify(tops)).toBeGreaterThanOrEqual(tops[i - 1]!.top - 12);
  });
