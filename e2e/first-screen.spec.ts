/**
 * The first screen: cause and effect together at every size (the stage, a control that reaches every
 * strategy, the transport and the queue-depth chart inside the viewport at load), a stage that never
 * moves when the strategy does, no layout shift while the page settles, no text cut off, and a name
 * for what is on screen that follows every change.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { presetScenario } from '../src/sim/presets.ts';
import { STRATEGIES, strategyById, strategyOf } from '../src/domain/strategies.ts';
import { initialJavaScript } from './support/initialJs.ts';
import { VIOLATIONS_ONLY } from './support/axe.ts';

interface Size {
  width: number;
  height: number;
  /** Wide: radio buttons beside the stage, and the header's extra tools under "More". */
  wide: boolean;
  /** Whether the depth chart and the cards must be on the first screen too (not on a phone). */
  chartToo: boolean;
}

const SIZES: Size[] = [
  { width: 1440, height: 900, wide: true, chartToo: true },
  { width: 1280, height: 800, wide: true, chartToo: true },
  { width: 700, height: 900, wide: false, chartToo: true },
  { width: 360, height: 740, wide: false, chartToo: false },
];

const stage = (page: Page) => page.locator('[data-tour="stage"]');
const switcher = (page: Page) => page.locator('[data-tour="strategy-switcher"]');
const depthChart = (page: Page) => page.locator('[data-tour="depth-chart"]');
const simSeconds = async (page: Page) =>
  Number(/t = ([\d.]+) s/.exec(await page.getByTestId('sim-clock').innerText())?.[1] ?? NaN);

/** Opens the playground and waits for every part of the first screen to have arrived. */
async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(stage(page).locator('canvas')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('scenario-name')).toBeVisible({ timeout: 15_000 });
  await expect(switcher(page).locator('input, select').first()).toBeVisible({ timeout: 15_000 });
  await expect(depthChart(page).locator('.recharts-surface')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Start here' })).toBeVisible();
}

/** A still page answers faster on a busy machine; the layout does not depend on the run. */
async function pause(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
}

async function expectInViewport(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const view = page.viewportSize();
  expect(box, what).not.toBeNull();
  expect(view).not.toBeNull();
  expect(box!.x, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what}: right`).toBeLessThanOrEqual(view!.width + 0.5);
  expect(box!.y + box!.height, `${what}: bottom`).toBeLessThanOrEqual(view!.height + 0.5);
}

/** Picks a strategy the way the page offers it at this size. */
async function pick(page: Page, size: Size, id: string, label: string): Promise<void> {
  if (size.wide) {
    const radio = page.getByRole('radio', { name: label, exact: true });
    await radio.check();
    await expect(radio).toBeChecked();
  } else {
    const select = page.getByRole('combobox', { name: 'Strategy' });
    await select.selectOption(id);
    await expect(select).toHaveValue(id);
  }
  await expect(page.getByTestId('strategy-summary')).toHaveText(strategyById(id as never).summary);
}

/**
 * Elements in these parts whose text does not fit: wider content than room (scrollWidth), and the
 * list box's chosen name wider than the box shows. Visually hidden helpers are skipped.
 */
async function cutOffText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const roots = document.querySelectorAll(
      '.playground-header, .scenario-line, [data-tour="strategy-switcher"], .live-strip',
    );
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    for (const root of Array.from(roots))
      for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
        if (!(el instanceof HTMLElement) || el.clientWidth <= 1 || el.getClientRects().length === 0)
          continue;
        if (el.scrollWidth > el.clientWidth + 1)
          problems.push(`${name(el)}: ${el.scrollWidth} > ${el.clientWidth}`);
        if (el instanceof HTMLSelectElement) {
          const style = getComputedStyle(el);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const text = el.selectedOptions[0]?.text ?? '';
          // Room for the text: the box less its padding and the arrow (about 1.5em).
          const room =
            el.clientWidth -
            parseFloat(style.paddingLeft) -
            parseFloat(style.paddingRight) -
            1.5 * parseFloat(style.fontSize);
          if (context.measureText(text).width > room)
            problems.push(`select “${text}”: ${context.measureText(text).width} > ${room}`);
        }
      }
    return problems;
  });
}

test('the first JavaScript of the playground stays within 90 KB gzipped', () => {
  const { totalGzipBytes, files } = initialJavaScript(process.env.PW_OUT_DIR ?? 'dist');
  expect(files.length).toBeGreaterThan(0);
  expect(totalGzipBytes / 1024).toBeLessThanOrEqual(90);
});

/** Records every layout shift not caused by input, from the page's first paint. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((s) =>
            s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : '?',
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

// One page per size walks through every check of the first screen in turn: loading the page is
// most of each check's cost, and the checks after the first 15 seconds do not disturb each other.
for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the first screen holds cause and effect, stays still and cuts nothing off`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await recordShifts(page);
    // At 4×: the run's first 15 simulated seconds (its first loss, the crash, every notice they
    // bring) in a quarter of the wall time, which is most of what this test costs the machine. The
    // layout does not depend on the speed (the same words, the same boxes).
    await open(page, '?speed=4');

    await test.step('nothing shifts while the page loads and runs its first 15 seconds', async () => {
      await expect.poll(() => simSeconds(page), { timeout: 40_000 }).toBeGreaterThan(15);
      // And every part that loads after the first paint has arrived and found its place.
      await page.waitForLoadState('networkidle');
      const shifts = await page.evaluate(
        () => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts,
      );
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.02);
    });

    await pause(page);

    await test.step('the stage, the switcher, the transport and the depth chart are on the first screen', async () => {
      await expectInViewport(page, stage(page), 'the stage');
      await expectInViewport(page, switcher(page), 'the strategy switcher');
      await expectInViewport(page, page.locator('[data-tour="transport"]'), 'the transport');
      await expectInViewport(page, page.locator('.scenario-line'), 'the scenario line');
      await expectInViewport(page, page.getByRole('button', { name: 'Start here' }), 'Start here');
      await expectInViewport(
        page,
        page.getByRole('button', { name: size.wide ? 'More' : 'Menu', exact: true }),
        'the menu',
      );
      if (size.chartToo) {
        await expectInViewport(page, depthChart(page), 'the depth chart');
        // On a wide screen every card; in a 700 px column the first row (delivered, lost, slowest
        // 1%), with the rest a short scroll below.
        const cards = page.locator('.live-strip .live-item');
        const firstScreen = size.wide ? await cards.count() : 3;
        for (let i = 0; i < firstScreen; i++)
          await expectInViewport(page, cards.nth(i), `card ${i + 1}`);
      }
      // Every strategy is one control away: as radio buttons, or in the list box.
      const choices = size.wide
        ? switcher(page).getByRole('radio')
        : switcher(page).getByRole('combobox').locator('option');
      await expect(choices).toHaveCount(STRATEGIES.length);
    });

    await test.step('no text is cut off mid-run', async () => {
      expect(await cutOffText(page)).toEqual([]);
    });

    await test.step('switching to every strategy never moves the stage', async () => {
      const [first, ...rest] = [...STRATEGIES.slice(1), STRATEGIES[0]!];
      let before = await stage(page).boundingBox();
      expect(before).not.toBeNull();
      await pick(page, size, first!.id, first!.label);
      const description = page
        .getByTestId('scenario-line')
        .locator('.scenario-description')
        .first();
      if (!size.wide) {
        // Narrower, the reader's first change brings the ways back on a line of their own under the
        // title: the stage moves down once, and the strategy's line stays in view above it.
        await expect(page.getByRole('button', { name: 'Undo last change' })).toBeVisible();
        await expectInViewport(page, description, 'the strategy’s line under the ways back');
        before = await stage(page).boundingBox();
      } else expect(await stage(page).boundingBox(), first!.id).toEqual(before);
      for (const s of rest) {
        await pick(page, size, s.id, s.label);
        await expect(description).toBeVisible();
        const after = await stage(page).boundingBox();
        expect(after, s.id).toEqual(before);
        await expectInViewport(page, switcher(page), `the switcher after ${s.id}`);
      }
    });

    await test.step('the longest names fit: a changed system preset and a long strategy', async () => {
      await open(page, '?preset=actor-mailbox-dead-letters&speed=4');
      await expect.poll(() => simSeconds(page)).toBeGreaterThan(2);
      await pause(page);
      await pick(page, size, 'drop-lowest-priority', strategyById('drop-lowest-priority').label);
      await expect(page.locator('.scenario-changed')).toBeVisible();
      expect(await cutOffText(page)).toEqual([]);
    });
  });
}

test.describe('what is on screen has a name', () => {
  test.describe.configure({ timeout: 90_000 });

  test('?preset=kafka shows the Kafka title and its strategy; a change says so and changes the link', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, '?preset=kafka&seed=3');
    const title = page.getByTestId('scenario-line').getByRole('heading');
    await expect(title).toHaveText('Kafka topic');
    const kafkaStrategy = strategyById(strategyOf(presetScenario('kafka')));
    await expect(page.getByRole('radio', { name: kafkaStrategy.label, exact: true })).toBeChecked();
    const chip = page.getByRole('button', { name: 'Kafka topic', exact: true });
    await expect(chip).toHaveAttribute('aria-pressed', 'true', { timeout: 15_000 });

    await page.getByRole('radio', { name: 'Block the producer', exact: true }).check();
    await expect(title).toHaveText('Kafka topic, changed');
    // The chip no longer claims the preset is on screen as it is, and says it changed.
    await expect(chip).toHaveCount(0);
    const changedChip = page.getByRole('button', { name: 'Kafka topic, changed' });
    await expect(changedChip).toHaveAttribute('aria-pressed', 'false');
    // The link carries the whole difference instead of the preset's name.
    await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBeNull();
    expect(new URL(page.url()).searchParams.get('s')).not.toBeNull();
    expect(new URL(page.url()).searchParams.get('seed')).toBe('3');

    // A reload of that link still knows where it came from.
    await page.reload();
    await expect(page.getByTestId('scenario-line').getByRole('heading')).toHaveText(
      'Kafka topic, changed',
      { timeout: 15_000 },
    );
    await expect(
      page.getByRole('radio', { name: 'Block the producer', exact: true }),
    ).toBeChecked();
  });

  test('undo brings the preset, its chip and its short link back', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, '?preset=go-channel&seed=5');
    const title = page.getByTestId('scenario-line').getByRole('heading');
    await page.getByRole('radio', { name: 'Drop the oldest', exact: true }).check();
    await expect(title).toHaveText('Go buffered channel, changed');
    await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBeNull();
    await page.getByRole('button', { name: 'Undo last change' }).click();
    await expect(title).toHaveText('Go buffered channel');
    await expect(
      page.getByRole('button', { name: 'Go buffered channel', exact: true }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => page.url()).toMatch(/\?preset=go-channel&seed=5$/);
  });
});

test.describe('the cards', () => {
  test('lead with the run so far in plain words, give the formula on focus, and say when the consumer is down', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page);
    const lost = page.getByTestId('live-dropped');
    await expect(lost).toContainText('Lost so far');
    await expect(lost).toContainText(/last second: [\d.]+%/);
    const busy = page.getByTestId('live-utilisation');
    await expect(busy.locator('.live-label')).toHaveText('How busy the consumers are');
    // Plain words first: no symbol in what the card shows.
    for (const part of ['.live-label', '.live-value', '.live-detail'])
      await expect(busy.locator(part)).not.toContainText(/[ρλμ]/);
    // The symbol and formula: the card's title for a pointer, a note for the keyboard when the
    // card's "?" has focus, and the description a screen reader hears with the card and its "?".
    await expect(busy).toHaveAttribute('title', /ρ.*λ\/cμ/);
    await expect(busy).toHaveAccessibleDescription(/Utilisation ρ/);
    const help = busy.getByRole('button', { name: 'How busy the consumers are: in the glossary' });
    await expect(help).toHaveAccessibleDescription(/Utilisation ρ/);
    // Out of sight until then (a visually hidden description, one pixel wide).
    const formulaWidth = async () =>
      (await busy.locator('.live-formula').boundingBox())?.width ?? 0;
    expect(await formulaWidth()).toBeLessThanOrEqual(1);
    // One Tab stop per card, its "?": Tab from one card's "?" lands on the next card's.
    const cards = page.locator('.live-strip .live-item');
    await cards.nth(0).getByRole('button').focus();
    for (let i = 1; i < (await cards.count()); i++) {
      await page.keyboard.press('Tab');
      await expect(cards.nth(i).getByRole('button'), `card ${i + 1}`).toBeFocused();
    }
    await help.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(help).toBeFocused();
    await expect.poll(formulaWidth).toBeGreaterThan(100);
    // No backpressure runs out of memory after about ten seconds; the card says so, not "0%".
    // (Read as one text, so the value and its detail come from the same moment.)
    await expect(busy).toContainText(/Down\s*restarting in [\d.]+ s/, { timeout: 30_000 });
  });
});

test.describe('the header', () => {
  test('on a phone its tools fold into a menu that the keyboard can use', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page);
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    // Focus moves into the menu, to its first tool.
    const exercises = page.getByRole('button', { name: 'Exercises', exact: true });
    await expect(exercises).toBeFocused();
    for (const tool of ['Share and export', 'Help and shortcuts', 'Display', 'Embed'])
      await expect(page.getByRole('button', { name: tool, exact: true })).toBeVisible();
    await expect(page.getByTestId('compare-link')).toBeVisible();
    await expect(page.getByTestId('game-link')).toBeVisible();

    // A tool's panel opens inside the menu; Escape closes it first, then the menu.
    const help = page.getByRole('button', { name: 'Help and shortcuts', exact: true });
    await help.click();
    await expect(page.getByRole('group', { name: 'Help' })).toContainText('How to read the page');
    await page.keyboard.press('Escape');
    await expect(help).toHaveAttribute('aria-expanded', 'false');
    await expect(help).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
  });

  test('“Start here” opens the guided tour, on screen, and Esc closes it', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page);
    const start = page.getByRole('button', { name: 'Start here' });
    await start.click();
    await expect(start).toHaveAttribute('aria-expanded', 'true');
    const tour = page.getByRole('dialog', { name: 'More comes in than goes out' });
    await expect(tour).toContainText('Step 1 of');
    await expectInViewport(page, tour, 'the tour');
    await page.keyboard.press('Escape');
    await expect(tour).toBeHidden();
    await expect(start).toBeFocused();
  });
});

test.describe('accessibility of the new layout', () => {
  for (const size of [SIZES[1]!, SIZES[3]!])
    test(`axe finds no serious violations, light and dark, ${size.width} px`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      await open(page);
      // The invitation in the scenario line is part of the first look: wait for it.
      await expect(page.getByTestId('invite')).toBeVisible({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByRole('button', { name: size.wide ? 'More' : 'Menu', exact: true }).click();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const results = await new AxeBuilder({ page }).options(VIOLATIONS_ONLY).analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(serious, scheme).toEqual([]);
      }
    });
});
