/**
 * The Theory panel in the browser: a scenario theory solves shows the same expected values as
 * `theoryFor` computes here, and measured values that close in on them, within the statistical
 * tolerance of shared/reference/queueing.md, once enough messages have passed; scenarios theory does
 * not solve show why; the panel fits a phone and passes the accessibility checks.
 */
import AxeBuilder from '@axe-core/playwright';
import { VIOLATIONS_ONLY } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { parseScenario } from '../src/sim/parseScenario.ts';
import { presetScenario } from '../src/sim/presets.ts';
import type { Scenario } from '../src/sim/scenario.ts';
import { theoryFor } from '../src/sim/theory.ts';
import { encodeShareQuery } from '../src/share/shareLink.ts';
import { watchErrors } from './support/watchErrors.ts';

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./?${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpressure Playground');
  // The panel loads just after the first paint.
  await expect(page.getByRole('heading', { name: 'Queueing theory' })).toBeVisible({
    timeout: 30_000,
  });
}

async function fullSpeed(page: Page): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Speed' });
  await slider.focus();
  await slider.press('End');
  await expect(page.getByTestId('speed-value')).toHaveText('100×');
}

const row = (page: Page, id: string) => page.getByTestId(`theory-${id}`);
/** A number from a data attribute; NaN where the page has none (no value yet). */
const numberAttribute = (value: string | null) => (value === null ? NaN : Number(value));
const expectedOf = async (page: Page, id: string) =>
  numberAttribute(await row(page, id).getAttribute('data-expected'));
const measuredOf = async (page: Page, id: string) =>
  numberAttribute(await row(page, id).getAttribute('data-measured'));
const delivered = async (page: Page) =>
  Number(await page.getByTestId('theory-convergence').getAttribute('data-delivered'));

/**
 * The first row of shared/reference/queueing.md, M/M/1/K with K = 10 and ρ = 0.9, on a 2 ms service
 * time: 450 messages a second, 9 waiting places plus the one in service.
 */
function referenceScenario(): Scenario {
  const parsed = parseScenario({
    name: 'M/M/1/10 at ρ = 0.9',
    seed: 7,
    workload: { pattern: { kind: 'steady', ratePerSec: 450 }, spacing: 'poisson' },
    queue: { capacity: 9, whenFull: 'reject' },
    consumers: { count: 1, service: { kind: 'exponential', meanMs: 2 } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** Per-arrival relative variances from the reference, for |measured/exact − 1| ≤ z·sqrt(v/N). */
const VARIANCE = {
  rejectedFraction: 125.8,
  meanInSystem: 13.2,
  meanLatencyMs: 12.4,
  throughputPerSec: 0.71,
} as const;
const Z = 4;
/** Enough messages to hold blocking within about 12% and L, W within about 4%. */
const ENOUGH_DELIVERED = 150_000;

// The machine running these may be slow and shared.
test.describe.configure({ timeout: 180_000 });

test('a scenario theory solves: expected values as theoryFor gives them, measured ones close in', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const scenario = referenceScenario();
  const theory = theoryFor(scenario);
  if (theory.kind !== 'steady') throw new Error('the reference scenario should be solvable');
  await open(page, encodeShareQuery(scenario));

  const panel = page.getByTestId('theory');
  await expect(panel).toHaveAttribute('data-kind', 'steady');
  await expect(panel).toContainText('M/M/1/10');
  await expect(panel.getByRole('table')).toContainText('Expected in the long run');
  for (const [id, value] of Object.entries(theory.expected)) {
    // Not rows for a rejecting queue (its losses are its rejections).
    if (
      ['arrivalRatePerSec', 'offeredLoad', 'producerBlockedFraction', 'lostFraction'].includes(id)
    )
      continue;
    expect(await expectedOf(page, id), id).toBe(value);
  }
  // The reference's own numbers, in this scenario's units.
  expect(await expectedOf(page, 'rejectedFraction')).toBeCloseTo(0.0508137, 6);
  expect(await expectedOf(page, 'meanLatencyMs')).toBeCloseTo(2 * 4.6466, 3);

  await fullSpeed(page);
  await expect
    .poll(() => delivered(page), { timeout: 120_000, intervals: [1000] })
    .toBeGreaterThanOrEqual(ENOUGH_DELIVERED);
  const n = await delivered(page);
  for (const [id, v] of Object.entries(VARIANCE)) {
    const exact = theory.expected[id as keyof typeof VARIANCE];
    const measured = await measuredOf(page, id);
    const tolerance = Z * Math.sqrt(v / n);
    expect(
      Math.abs(measured / exact - 1),
      `${id}: measured ${measured}, theory ${exact}, ${n} delivered`,
    ).toBeLessThanOrEqual(tolerance);
  }
  await expect(page.getByTestId('theory-convergence')).toContainText('of simulated time');
  expect(errors).toEqual([]);
});

test('after a change the run is measured again from the change', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, encodeShareQuery(referenceScenario()));
  await expect(page.getByTestId('theory-table')).toContainText('since the run began');
  const slider = page.getByRole('slider', { name: 'Producer rate' });
  await slider.focus();
  await slider.press('ArrowLeft');
  await expect(page.getByTestId('theory-table')).toContainText('since your change at');
  // The expected values follow the new scenario.
  const rate = Number(await slider.inputValue());
  expect(rate).toBeLessThan(450);
  expect(errors).toEqual([]);
});

test('a queue that drops its oldest message is solved as the same queue rejecting newcomers', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await open(page, 'preset=drop-oldest');
  const theory = theoryFor(presetScenario('drop-oldest'));
  if (theory.kind !== 'steady') throw new Error('drop-oldest should be solvable');
  const panel = page.getByTestId('theory');
  await expect(panel).toHaveAttribute('data-kind', 'steady');
  await expect(panel).toContainText('Theory solves this scenario exactly.');
  await expect(panel).toContainText('M/M/1/21');
  await expect(panel).toContainText('changes which message is lost, not how many or when');
  expect(await expectedOf(page, 'lostFraction')).toBe(theory.expected.lostFraction);
  expect(await expectedOf(page, 'meanInSystem')).toBe(theory.expected.meanInSystem);
  // Waiting times are not the queue's averages here, so there are no rows for them.
  await expect(row(page, 'meanWaitMs')).toHaveCount(0);
  await expect(row(page, 'meanLatencyMs')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('scenarios theory does not solve say why; an overloaded unbounded queue has no steady state', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await open(page, 'preset=drop-all');
  const panel = page.getByTestId('theory');
  await expect(panel).toHaveAttribute('data-kind', 'unsolvable');
  await expect(panel).toContainText('Theory has no exact answer for this scenario.');
  const expected = theoryFor(presetScenario('drop-all'));
  if (expected.kind !== 'unsolvable') throw new Error('drop-all should be unsolvable');
  await expect(page.getByTestId('theory-reasons').getByRole('listitem')).toHaveText(
    expected.reasons,
  );
  await expect(page.getByTestId('theory-table')).toHaveCount(0);

  await open(page, 'preset=no-backpressure');
  await expect(panel).toHaveAttribute('data-kind', 'unstable');
  await expect(page.getByTestId('theory-unstable')).toContainText(
    'No steady state: the queue grows without end',
  );
  await expect(panel).toContainText('once about 196 messages wait (as few as 123');
  expect(errors).toEqual([]);
});

test('the panel fits 360 px, reads in dark mode and passes the accessibility checks', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, encodeShareQuery(referenceScenario()));
  const table = page.getByTestId('theory-table');
  await table.scrollIntoViewIfNeeded();
  const fits = await table.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.right <= document.documentElement.clientWidth && box.left >= 0;
  });
  expect(fits).toBe(true);
  await expect(table.getByRole('columnheader')).toHaveText([
    'Quantity',
    'Theory',
    'Measured',
    'Apart',
  ]);
  await expect(table.getByRole('rowheader').first()).toContainText('Messages waiting');
  const results = await new AxeBuilder({ page })
    .options(VIOLATIONS_ONLY)
    .include('[data-testid="theory"]')
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
});
