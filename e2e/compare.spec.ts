import AxeBuilder from '@axe-core/playwright';
import { VIOLATIONS_ONLY } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { decodeCompareQuery } from '../src/compare/compareLink.ts';
import { createSimulation } from '../src/sim/engine.ts';
import type { Scenario } from '../src/sim/scenario.ts';
import type { Summary } from '../src/sim/types.ts';
import { decodeShareQuery } from '../src/share/shareLink.ts';
import { openHeaderMenu } from './support/headerMenu.ts';
import { watchErrors } from './support/watchErrors.ts';

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./compare.html${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare strategies');
  await expect(page.getByTestId('column-A')).toBeVisible({ timeout: 15_000 });
}

interface ColumnReading {
  letter: string;
  timeMs: number;
  summary: Summary;
}

/** Every column's time and summary, read in one go, as one moment of the page. */
async function readColumns(page: Page): Promise<ColumnReading[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid^="column-numbers-"]')).map(
      (el) => ({
        letter: (el.dataset.testid ?? '').replace('column-numbers-', ''),
        timeMs: Number(el.dataset.timeMs),
        summary: JSON.parse(el.dataset.summary ?? 'null') as Summary,
      }),
    ),
  );
}

/** Readings once the page has stopped changing (after a pause, the last refresh lands a moment later). */
async function settledColumns(page: Page): Promise<ColumnReading[]> {
  let last = await readColumns(page);
  await expect
    .poll(async () => {
      const now = await readColumns(page);
      const same = JSON.stringify(now) === JSON.stringify(last);
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

/** The scenarios of the comparison the page's address describes. */
function scenariosOf(url: string): readonly Scenario[] {
  const decoded = decodeCompareQuery(new URL(url).search);
  if (!decoded.ok) throw new Error(`the page's address is not a comparison: ${url}`);
  return decoded.comparison.columns;
}

/** What `createSimulation(scenario).advanceTo(t)` gives headless, as the page serialises it. */
function headless(scenario: Scenario, timeMs: number): Summary {
  const engine = createSimulation(scenario, { eventCapacity: 0 });
  engine.advanceTo(timeMs);
  return JSON.parse(JSON.stringify(engine.summary())) as Summary;
}

function expectLockstep(columns: readonly ColumnReading[]): void {
  expect(columns.length).toBeGreaterThanOrEqual(2);
  const [first] = columns;
  for (const column of columns) {
    expect(column.timeMs, `column ${column.letter}`).toBe(first?.timeMs);
    expect(column.summary.timeMs, `column ${column.letter}`).toBe(column.timeMs);
  }
}

function expectHeadless(columns: readonly ColumnReading[], scenarios: readonly Scenario[]): void {
  expect(columns.map((c) => c.letter)).toEqual(['A', 'B', 'C', 'D'].slice(0, scenarios.length));
  columns.forEach((column, i) => {
    expect(column.summary, `column ${column.letter}`).toEqual(
      headless(scenarios[i] as Scenario, column.timeMs),
    );
  });
}

async function pause(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Pause' });
  if (await button.isVisible()) await button.click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
}

async function pauseAtStart(page: Page): Promise<void> {
  await pause(page);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('compare-clock')).toHaveAttribute('data-time-ms', '0');
}

async function step(page: Page, times: number): Promise<void> {
  await page.getByRole('button', { name: 'Step', exact: true }).focus();
  for (let i = 0; i < times; i++) await page.keyboard.press('Enter');
}

async function setSpeed(page: Page, key: 'End' | 'Home' | 'PageUp'): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Speed' });
  await slider.focus();
  await slider.press(key);
}

const labels = (page: Page) =>
  page
    .locator('[data-testid^="column-"][data-strategy]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-strategy')));

test('every column runs on one clock, and each is its scenario run alone to that time', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await open(page);
  expect(await labels(page)).toEqual(['No backpressure', 'Block the producer', 'Drop the oldest']);
  await setSpeed(page, 'PageUp');

  // While playing: every reading shows one simulated time for every column, and time moves on.
  // Read until the clock has moved through several refreshes, however long that takes here.
  const whilePlaying: ColumnReading[][] = [await readColumns(page)];
  const startMs = whilePlaying[0]?.[0]?.timeMs ?? 0;
  await expect
    .poll(async () => {
      const columns = await readColumns(page);
      whilePlaying.push(columns);
      return new Set(whilePlaying.map((reading) => reading[0]?.timeMs)).size;
    })
    .toBeGreaterThanOrEqual(4);
  for (const columns of whilePlaying) expectLockstep(columns);
  expect(whilePlaying.at(-1)?.[0]?.timeMs).toBeGreaterThan(startMs);

  // Paused: still one time, and each column's numbers are exactly the headless run's.
  await pause(page);
  const paused = await settledColumns(page);
  expectLockstep(paused);
  expect(paused[0]?.timeMs).toBeGreaterThan(0);
  await expect(page.getByTestId('compare-clock')).toHaveAttribute(
    'data-time-ms',
    String(paused[0]?.timeMs),
  );
  const scenarios = scenariosOf(page.url());
  expectHeadless(paused, scenarios);

  // Stepping moves every column together, to the next thing that happens in any of them.
  await step(page, 4);
  const stepped = await settledColumns(page);
  expectLockstep(stepped);
  expect(stepped[0]?.timeMs).toBeGreaterThan(paused[0]?.timeMs ?? 0);
  expectHeadless(stepped, scenarios);

  // The keyboard drives the same clock.
  await page.locator('h1').click();
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(async () => (await readColumns(page))[0]?.timeMs)
    .toBeGreaterThan(stepped[0]?.timeMs ?? 0);
  await page.keyboard.press('r');
  await expect(page.getByTestId('compare-clock')).toHaveAttribute('data-time-ms', '0');
  expect(errors).toEqual([]);
});

test('its link restores the whole comparison: the same columns, seed and numbers', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await open(page);
  await pause(page);

  // The seed and the workload are set once, for every column.
  await page.getByText('Change the workload or the seed').click();
  const seed = page.getByRole('spinbutton', { name: 'Seed' });
  await seed.fill('7');
  await seed.press('Enter');
  await expect(page.getByTestId('shared-summary')).toContainText('seed 7');
  // Column B gets a credit window; a fourth column is added.
  await page.getByRole('combobox', { name: 'Strategy of column B' }).selectOption('credit');
  await page.getByRole('button', { name: 'Add a column' }).click();
  await expect(page.getByTestId('column-D')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a column' })).toBeDisabled();

  // The address bar follows the comparison.
  await expect.poll(() => new URL(page.url()).searchParams.get('d')).not.toBeNull();
  await expect.poll(() => new URL(page.url()).searchParams.get('seed')).toBe('7');
  const url = page.url();
  const scenarios = scenariosOf(url);
  expect(scenarios.map((s) => s.seed)).toEqual([7, 7, 7, 7]);
  expect(scenarios[1]?.feedback.kind).toBe('credit');
  const shown = await labels(page);
  expect(shown).toHaveLength(4);

  await pauseAtStart(page);
  await step(page, 6);
  const here = await settledColumns(page);
  expectLockstep(here);

  const other = await context.newPage();
  const otherErrors = watchErrors(other);
  await other.goto(url);
  await expect(other.getByTestId('column-D')).toBeVisible({ timeout: 15_000 });
  await pauseAtStart(other);
  expect(await labels(other)).toEqual(shown);
  await expect(other.getByTestId('shared-summary')).toContainText('seed 7');
  await step(other, 6);
  const there = await settledColumns(other);
  expect(there).toEqual(here);
  expectHeadless(there, scenarios);
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});

test('bad input is refused with a message, and every column keeps its last good settings', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await open(page);
  await pause(page);
  await page.getByText('Change the workload or the seed').click();
  const priorities = page.getByRole('textbox', { name: 'Priority shares' });
  await priorities.fill('six, three');
  await priorities.press('Enter');
  await expect(page.getByText(/Not applied: write one to five numbers/)).toBeVisible();
  await priorities.fill('1, 2, 3, 4, 5, 6');
  await priorities.press('Enter');
  await expect(page.getByText(/Not applied: must list between 1 and 5 weights/)).toBeVisible();
  const seed = page.getByRole('spinbutton', { name: 'Seed' });
  await seed.fill('-4');
  await seed.press('Enter');
  await expect(page.getByText(/Not applied: must be a whole number/)).toBeVisible();
  await expect(page.getByTestId('shared-summary')).toContainText('one priority');
  await expect(page.getByTestId('shared-summary')).toContainText('seed 1');
  // A good value clears the messages and applies to every column.
  await priorities.fill('6, 3, 1');
  await priorities.press('Enter');
  await expect(page.getByText(/Not applied/)).toHaveCount(0);
  await expect
    .poll(() => scenariosOf(page.url()).map((s) => s.workload.priorityWeights))
    .toEqual([
      [6, 3, 1],
      [6, 3, 1],
      [6, 3, 1],
    ]);
  expect(errors).toEqual([]);
});

test('a damaged or hostile link says so and opens the default comparison', async ({ page }) => {
  const errors = watchErrors(page);
  const hostile = `?compare=1&seed=4&a=__proto__&b=.${Buffer.from('{"queue":{"capacity":"lots"}}').toString('base64url')}`;
  await open(page, hostile);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('could not be opened');
  await expect(notice).toContainText('Column A');
  await expect(notice).toContainText('Column B, queue.capacity');
  expect(await labels(page)).toEqual(['No backpressure', 'Block the producer', 'Drop the oldest']);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  await open(page, '?compare=99&a=block&b=block');
  await expect(page.getByTestId('link-notice')).toContainText('newer version');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(errors).toEqual([]);
});

test('columns come and go between two and four, each opens in the playground', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await pause(page);
  await page.getByRole('button', { name: 'Remove column C' }).click();
  await expect(page.getByTestId('column-C')).toHaveCount(0);
  // Two is the least: no column can be removed now.
  await expect(page.getByRole('button', { name: /^Remove column/ })).toHaveCount(0);
  await expect(page.getByTestId('change-note')).toContainText('Removed column C (Drop the oldest)');

  // The address bar follows (it started bare, on the default comparison).
  await expect
    .poll(() => ['b', 'c'].map((name) => new URL(page.url()).searchParams.has(name)))
    .toEqual([true, false]);
  const scenarios = scenariosOf(page.url());
  expect(scenarios).toHaveLength(2);
  for (const [i, letter] of ['A', 'B'].entries()) {
    const href = await page.getByTestId(`open-${letter}`).getAttribute('href');
    const target = new URL(href ?? '', page.url());
    expect(target.pathname.endsWith('/index.html')).toBe(true);
    const decoded = decodeShareQuery(target.search);
    expect(decoded.ok && decoded.scenario).toEqual(scenarios[i]);
  }
  // A column's own settings change only that column; the workload stays the same for both.
  await page.getByText('Settings of column B').click();
  const capacity = page
    .getByTestId('column-B')
    .getByRole('slider', { name: 'Queue capacity' })
    .first();
  await capacity.focus();
  await capacity.press('End');
  await expect.poll(() => scenariosOf(page.url())[1]?.queue.capacity).toBe(10_000);
  const [a, b] = scenariosOf(page.url());
  expect(a?.queue.capacity).toBeNull();
  expect(b?.workload).toEqual(a?.workload);
  expect(errors).toEqual([]);
});

test('the playground’s Compare link opens its scenario as column A', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?preset=drop-oldest&seed=7');
  const link = page.getByTestId('compare-link');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpressure Playground');
  await openHeaderMenu(page);
  // The header's links load just after the first paint.
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByTestId('column-A')).toBeVisible({ timeout: 15_000 });
  const playground = decodeShareQuery('?preset=drop-oldest&seed=7');
  const [a, b] = scenariosOf(page.url());
  expect(playground.ok && playground.scenario).toEqual(a);
  expect(b?.seed).toBe(7);
  expect(await labels(page)).toEqual(['Drop the oldest', 'No backpressure']);
  expect(errors).toEqual([]);
});

test('no serious or critical accessibility violations', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page);
  await pause(page);
  await expect(page.getByTestId('compare-chart-depth')).toBeVisible({ timeout: 15_000 });
  // Open what is folded away, so its controls are checked too.
  await page.getByText('Change the workload or the seed').click();
  await page.getByText('Settings of column A').click();
  await page.getByTestId('column-A').getByText('Every other policy setting').click();
  const results = await new AxeBuilder({ page }).options(VIOLATIONS_ONLY).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
});

test('works on a phone 360 px wide', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page);
  await expect(page.getByTestId('compare-chart-depth')).toBeVisible({ timeout: 15_000 });
  // Once the run has put numbers of their full width in the table.
  await expect
    .poll(async () => Number(await page.getByTestId('compare-clock').getAttribute('data-time-ms')))
    .toBeGreaterThan(1500);
  // Nothing may stick out sideways; the table scrolls in its own box.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // The comparison comes first: the differences before the stacked columns, whose stages start
  // hidden (each made its column about 1,400 px tall).
  await expect(page.getByRole('checkbox', { name: 'Show each column’s stage' })).not.toBeChecked();
  await expect(page.getByTestId('column-A').locator('canvas')).toHaveCount(0);
  const table = await page.locator('.compare-differences').boundingBox();
  const columnA = await page.getByTestId('column-A').boundingBox();
  expect(table!.y).toBeLessThan(columnA!.y);
  // Each measure is a card: every column's value in it, under its column's letter and name, the
  // best and worst marked, and nothing wider than the screen (the table needed sideways scrolling).
  await expect(page.getByTestId('differences')).toHaveCount(0);
  const cards = page.getByTestId('difference-cards');
  await expect(cards).toBeVisible();
  expect(await cards.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  // So are the settings that differ: each a card, every column's value within the screen.
  const settings = page.getByTestId('settings-diff');
  await expect(settings.locator('table')).toHaveCount(0);
  const settingCards = settings.locator('.difference-card');
  expect(await settingCards.count()).toBeGreaterThan(0);
  for (const cell of await settings.locator('dd').all()) {
    const box = await cell.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  }
  const measures = cards.locator('.difference-card');
  expect(await measures.count()).toBeGreaterThanOrEqual(5);
  for (const card of await measures.all()) {
    await expect(card.locator('h3')).not.toBeEmpty();
    const cells = card.locator('.card-cell');
    await expect(cells).toHaveCount(3);
    for (const [i, cell] of (await cells.all()).entries()) {
      await expect(cell.locator('dt')).toContainText(['A', 'B', 'C'][i]!);
      await expect(cell.locator('.cell-value')).not.toBeEmpty();
      const cellBox = (await cell.boundingBox())!;
      expect(cellBox.x + cellBox.width).toBeLessThanOrEqual(360);
    }
  }
  await expect(cards.locator('.card-cell[data-rank="best"] .rank-best').first()).toBeVisible();
  // Every row of the laptop's table is a card here.
  const rowIds = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid^="card-"]')).map((el) =>
      el.dataset.testid!.replace('card-', ''),
    ),
  );
  expect(rowIds).toContain('delivered');
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    ),
  ).toBe(true);
  // The columns stack, each the full width.
  const boxes = await Promise.all(
    ['A', 'B', 'C'].map((l) => page.getByTestId(`column-${l}`).boundingBox()),
  );
  for (const box of boxes) expect(box?.width ?? 0).toBeGreaterThan(300);
  expect(boxes[1]?.y ?? 0).toBeGreaterThan(boxes[0]?.y ?? 0);
  expectLockstep(await readColumns(page));
  // The explanation of the marks is read whole.
  const note = page.locator('#differences-note');
  await expect(note).toContainText('difference from column A');
  const panel = await page.locator('.compare-differences').boundingBox();
  const noteBox = await note.boundingBox();
  expect(noteBox!.x + noteBox!.width).toBeLessThanOrEqual(panel!.x + panel!.width);
  expect(await note.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await page.screenshot({ path: 'test-results-cmp/screenshots/compare-360.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('a column about to run out of memory is not marked best before it has', async ({ page }) => {
  // A reader read "No backpressure: Lost 0% ▲ best" at 6 s, just before it lost everything.
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page);
  await expect
    .poll(async () => Number(await page.getByTestId('compare-clock').getAttribute('data-time-ms')))
    .toBeGreaterThan(1500);
  await pause(page);
  // Well before its crash (at about 7 s): the simulated clock never runs ahead of the wall's.
  const at = Number(await page.getByTestId('compare-clock').getAttribute('data-time-ms'));
  expect(at).toBeLessThan(6000);
  const lost = page.getByTestId('row-lost').locator('td');
  await expect(lost.nth(0)).toHaveAttribute('data-value', '0');
  await expect(lost.nth(0)).toHaveAttribute('data-rank', '');
  await expect(page.getByTestId('differences-not-ranked')).toContainText(
    'Column A is not marked yet',
  );
  // The others are still marked against each other.
  await expect(lost.nth(2)).toHaveAttribute('data-rank', 'worst');
});

test('desktop screenshot', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page);
  await expect(page.getByTestId('compare-chart-depth')).toBeVisible({ timeout: 15_000 });
  // A run under way, with lines in the charts, rather than its first instant.
  await expect
    .poll(async () => Number(await page.getByTestId('compare-clock').getAttribute('data-time-ms')))
    .toBeGreaterThan(3000);
  // A laptop keeps the table, the phone's cards are not drawn.
  await expect(page.getByTestId('differences')).toBeVisible();
  await expect(page.getByTestId('difference-cards')).toHaveCount(0);
  await page.screenshot({ path: 'test-results-cmp/screenshots/compare-1280.png', fullPage: true });
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test(`at ${size.width}×${size.height} the first screen shows every column's stage, and says what they share in plain words`, async ({
    page,
  }) => {
    // A newcomer's first screen was all text and settings ("2.05 KB to 8.19 KB · seed 1"), and
    // the stages started below the fold (try 8 #14).
    await page.setViewportSize(size);
    await open(page);
    // Once the line under the clock has said why every column delivers the same (it takes a row).
    await expect(page.getByTestId('same-deliveries')).toBeVisible({ timeout: 10_000 });
    for (const letter of ['A', 'B', 'C']) {
      const canvas = page.getByTestId(`column-stage-${letter}`).locator('canvas');
      // The drawing code loads on first use: until it has sized the canvas it is 150 px tall (CI
      // on a busy machine read it so).
      await expect
        .poll(async () => (await canvas.boundingBox())?.height ?? 0, { timeout: 15_000 })
        .toBeGreaterThan(200);
      const box = (await canvas.boundingBox())!;
      expect(box.y + box.height, `column ${letter}'s stage`).toBeLessThanOrEqual(size.height);
    }
    // What every column gets, in a sentence; the settings' own line is folded with their controls.
    await expect(page.getByTestId('shared-plain')).toHaveText(
      /^Exactly the same messages, 70 a second arriving at random, 2 to 8 KB each/,
    );
    await expect(page.getByTestId('shared-summary')).toBeHidden();
    // The line goes when No backpressure runs out of memory (about 8 s in); its row stays, so the
    // stages do not move.
    const stageTop = async () => (await page.getByTestId('column-stage-A').boundingBox())!.y;
    const before = await stageTop();
    await expect(page.getByTestId('same-deliveries')).toBeHidden({ timeout: 30_000 });
    expect(await stageTop()).toBe(before);
    await page.getByText('Change the workload or the seed').click();
    await expect(page.getByTestId('shared-summary')).toContainText('seed 1');
  });
}
