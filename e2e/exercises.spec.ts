import AxeBuilder from '@axe-core/playwright';
import { VIOLATIONS_ONLY } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import {
  applyPatch,
  BUILT_IN_PACK,
  checkExercise,
  loadBuiltInPack,
  type CheckResult,
  type Exercise,
} from '../src/exercises/index.ts';
import { encodeShareQuery } from '../src/share/shareLink.ts';
import { parseScenario } from '../src/sim/parseScenario.ts';
import type { Scenario } from '../src/sim/scenario.ts';
import { openHeaderMenu } from './support/headerMenu.ts';
import { watchErrors } from './support/watchErrors.ts';

const pack = loadBuiltInPack();
const tippingPoint = pack.exercises.find((e) => e.id === 'tipping-point') as Exercise;
const PROGRESS_KEY = 'backpressure-playground:progress:v1';

/** The scenario the page runs for an exercise: its start, seeded with its first seed, patched. */
function scenarioOf(exercise: Exercise, patch: unknown = {}): Scenario {
  const seeded = { ...exercise.start, seed: exercise.seeds[0] };
  const parsed = parseScenario(applyPatch(seeded, patch));
  if (!parsed.ok) throw new Error('test scenario is invalid');
  return parsed.value;
}

/** What the same check says when Node runs it: the page must say exactly this. */
function expectedCheck(exercise: Exercise, patch: unknown = {}): CheckResult {
  return checkExercise(exercise, scenarioOf(exercise, patch));
}

const panel = (page: Page) => page.getByTestId('exercise-panel');

async function openExercise(page: Page, query: string, title: string): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpressure Playground');
  await expect(panel(page).getByRole('heading', { level: 2, name: title })).toBeVisible({
    timeout: 30_000,
  });
  // The learner's knobs sit in the exercise panel, between the goals and Check.
  await expect(page.getByTestId('exercise-knobs')).toBeVisible({ timeout: 30_000 });
}

/**
 * Moves a slider with the keyboard until its shown value reads `text`, one press at a time: each
 * press waits until the page shows its result, so a slow page is never pressed past the value.
 */
async function setSliderTo(page: Page, name: string, testId: string, text: string) {
  const slider = page.getByRole('slider', { name, exact: true });
  const shown = page.getByTestId(testId);
  await slider.focus();
  for (let i = 0; i < 200; i++) {
    const before = await shown.innerText();
    if (before === text) return;
    await slider.press('ArrowRight');
    await expect(shown).not.toHaveText(before);
  }
  throw new Error(`${name} never read ${text}`);
}

async function check(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: 'Check my answer' }).click();
  await expect(panel(page).getByTestId('check-headline')).toBeVisible({ timeout: 60_000 });
}

async function openList(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Exercises', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(page.getByTestId('exercise-list')).toBeVisible({ timeout: 15_000 });
}

/** A file dropped on the page, as a browser's drag and drop delivers it. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([fileName, content]) => {
      const target = document.querySelector('main') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        const data = new DataTransfer();
        data.items.add(new File([content], fileName, { type: 'application/json' }));
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    },
    [name, text] as const,
  );
}

/** A copy of the built-in pack under another id and title, for an instructor's pack. */
/** Where Payments sits in the pack, counted from 1 as the panel says it. */
const paymentsNumber = BUILT_IN_PACK.exercises.findIndex((e) => e.id === 'payments') + 1;

function teamPack(): string {
  return JSON.stringify({ ...BUILT_IN_PACK, id: 'team-pack', title: 'Team queues' });
}

// The machine running these may be slow and shared.
test.describe.configure({ timeout: 180_000 });

test('an exercise worked end to end: locked knobs, a passing answer, progress kept', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openExercise(page, '?exercise=tipping-point', 'The tipping point');
  await expect(page).toHaveURL(/\?exercise=tipping-point$/);

  // The goals in words, and the knobs the learner may turn, in the panel itself.
  await expect(panel(page).getByTestId('goal-list')).toContainText('p99 latency under 500 ms');
  const yours = panel(page).getByTestId('exercise-knobs');
  await expect(yours.getByRole('slider', { name: 'Consumers', exact: true })).toBeEnabled();
  await expect(yours.getByRole('slider', { name: 'Processing time', exact: true })).toBeEnabled();

  // Fixed knobs are disabled and say why; a fixed strategy folds to one line.
  const rate = page.getByRole('slider', { name: 'Producer rate' });
  await expect(rate).toBeDisabled();
  await expect(rate).toHaveAccessibleDescription(/Fixed in this exercise/);
  await expect(page.getByTestId('strategy-fixed')).toContainText(
    'Strategy: No backpressure (fixed in this exercise)',
  );
  await expect(page.getByRole('radio', { name: /Block the producer/ })).toHaveCount(0);
  // In the advanced view too.
  await page.getByLabel(/Advanced: show every policy setting/).check();
  await expect(page.getByRole('combobox', { name: 'When the queue is full' })).toBeDisabled();

  // The answer: a second consumer.
  await setSliderTo(page, 'Consumers', 'value-consumers.count', '2 workers');
  await check(page);
  const expected = expectedCheck(tippingPoint, { consumers: { count: 2 } });
  expect(expected.passed).toBe(true);
  await expect(panel(page).getByTestId('check-headline')).toHaveText(expected.headline);
  await expect(panel(page).getByTestId('exercise-announcer')).toHaveText(expected.headline);
  await expect(panel(page).getByTestId('exercise-explanation')).toContainText(
    'a queue needs spare capacity',
  );

  // Progress is in the list, dated.
  await openList(page);
  await expect(page.getByTestId('progress-tipping-point')).toContainText('Passed on');
  await expect(page.getByTestId('exercise-count')).toHaveText(
    `1 of ${pack.exercises.length} passed`,
  );
  await page.keyboard.press('Escape');

  // A reload restores the learner's work and the pass.
  await page.reload();
  await expect(panel(page).getByTestId('exercise-note')).toContainText('Welcome back', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('value-consumers.count')).toHaveText('2 workers', {
    timeout: 30_000,
  });
  await expect(panel(page).getByTestId('exercise-explanation')).toBeVisible();

  // Looking at the solution after a pass: the welcome note goes (the settings running are no longer
  // the learner's), and the pass stays a plain pass.
  await panel(page).getByRole('button', { name: 'Show the solution' }).click();
  await panel(page).getByRole('button', { name: 'Yes, show it' }).click();
  await expect(panel(page).getByTestId('exercise-note')).toHaveCount(0);
  await openList(page);
  await expect(page.getByTestId('progress-tipping-point')).toContainText('Passed on');
  await expect(page.getByTestId('progress-tipping-point')).not.toContainText('solution shown');
  await page.keyboard.press('Escape');

  // Next, from far down by Check, opens the following exercise with its title in view and focused.
  const following = pack.exercises[1]!;
  await panel(page)
    .getByRole('button', { name: `Next: ${following.title}` })
    .click();
  const title = panel(page).getByRole('heading', { level: 2, name: following.title });
  await expect(title).toBeFocused({ timeout: 30_000 });
  await expect(title).toBeInViewport();
  expect(errors).toEqual([]);
});

test('a failing check says which goal failed, on which seed and by how much', async ({ page }) => {
  const errors = watchErrors(page);
  await openExercise(page, '?exercise=tipping-point', 'The tipping point');
  await check(page);
  const expected = expectedCheck(tippingPoint);
  if (expected.status === 'refused') throw new Error('the start is never refused');
  expect(expected.passed).toBe(false);
  const report = panel(page).getByTestId('check-report');
  await expect(report.getByTestId('check-headline')).toHaveText(expected.headline);
  const goals = report.getByTestId('goal-result');
  await expect(goals).toHaveCount(expected.goals.length);
  for (const [i, goal] of expected.goals.entries()) {
    await expect(goals.nth(i)).toHaveAttribute('data-passed', String(goal.passed));
    await expect(goals.nth(i)).toContainText(`Worst, seed ${goal.worst.seed}: ${goal.worst.text}`);
  }
  // Every seed's numbers, behind a disclosure.
  await report.getByText('Every seed’s numbers').click();
  for (const seed of expected.seeds)
    await expect(report.getByText(`Seed ${seed.seed}: not every goal met`)).toBeVisible();

  await openList(page);
  await expect(page.getByTestId('progress-tipping-point')).toHaveText('Tried');
  expect(errors).toEqual([]);
});

test('a check shows its progress and can be cancelled', async ({ page }) => {
  // The check worker's script is held back, so the check is still starting when cancelled.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/checkWorker-.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openExercise(page, '?exercise=tipping-point', 'The tipping point');
  await panel(page).getByRole('button', { name: 'Check my answer' }).click();
  await expect(panel(page).getByRole('progressbar')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(panel(page).getByTestId('exercise-announcer')).toHaveText(
    'Check cancelled. Nothing was recorded.',
  );
  await expect(panel(page).getByRole('button', { name: 'Check my answer' })).toBeVisible();
  release();
});

test('without Web Workers the check runs on the page and says the same', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', { value: undefined });
  });
  const errors = watchErrors(page);
  await openExercise(page, '?exercise=payments', 'Payments: lose nothing');
  const payments = pack.exercises.find((e) => e.id === 'payments') as Exercise;
  await check(page);
  await expect(panel(page).getByTestId('check-headline')).toHaveText(
    expectedCheck(payments).headline,
  );
  expect(errors).toEqual([]);
});

test('the store refuses a link whose answer changes a fixed field, and says so', async ({
  page,
}) => {
  // A share link to a scenario whose producer differs from the exercise's, opened as its answer.
  const answer = scenarioOf(tippingPoint, { workload: { pattern: { ratePerSec: 10 } } });
  await openExercise(
    page,
    `?exercise=tipping-point&${encodeShareQuery(answer, null)}`,
    'The tipping point',
  );
  await expect(panel(page).getByTestId('exercise-note')).toContainText(
    'changes settings this exercise keeps fixed',
  );
  await expect(page.getByTestId('problems-notice')).toContainText('workload.pattern.ratePerSec');
  await expect(page.getByTestId('value-workload.pattern.ratePerSec')).toHaveText('50 messages/s');
  // The address is the exercise's own link again.
  await expect(page).toHaveURL(/\?exercise=tipping-point$/);
});

test('an invalid pack file shows its problems by field and changes nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await openList(page);
  const before = page.url();
  const broken = structuredClone(BUILT_IN_PACK) as unknown as {
    exercises: { goals: { value: number }[]; knobs: string[] }[];
  };
  broken.exercises[0]!.goals[0]!.value = -5;
  broken.exercises[1]!.knobs = ['queue.nonsense'];
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Load a pack file…' }).click(),
  ]);
  await chooser.setFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const problems = page.getByTestId('pack-problems');
  await expect(problems).toContainText('broken.json was not loaded');
  await expect(problems).toContainText('exercises.0.goals.0.value');
  await expect(problems).toContainText('exercises.1.knobs.0');
  // The built-in exercises are still the ones listed, and the playground is as it was.
  await expect(page.getByTestId('exercise-list')).toContainText('Backpressure basics');
  await expect(page.getByTestId('exercise-count')).toHaveText(
    `0 of ${pack.exercises.length} passed`,
  );
  expect(page.url()).toBe(before);
  await expect(page.getByTestId('exercise-panel')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a dropped pack goes to the exercises, a dropped scenario to the importer', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Exercises', exact: true })).toBeVisible({
    timeout: 15_000,
  });
  await dropFile(page, 'team.json', teamPack());
  await expect(page.getByTestId('exercise-list')).toContainText('Team queues', { timeout: 15_000 });
  await expect(page.getByTestId('pack-status')).toContainText('Loaded “Team queues” (team.json)');
  const link = page.getByRole('link', { name: 'Payments: lose nothing' });
  await expect(link).toHaveAttribute('href', /\?pack-file=team-pack&exercise=payments$/);
  await link.click();
  const place = new RegExp(`Exercise ${paymentsNumber} of \\d+ · Team queues`);
  await expect(panel(page).getByText(place)).toBeVisible({
    timeout: 30_000,
  });
  await expect(page).toHaveURL(/\?pack-file=team-pack&exercise=payments$/);
  // The pack was remembered, so its link survives a reload.
  await page.reload();
  await expect(panel(page).getByText(place)).toBeVisible({
    timeout: 30_000,
  });

  await panel(page).getByRole('button', { name: 'Back to the free playground' }).click();
  await dropFile(page, 'mine.json', JSON.stringify({ name: 'Dropped', queue: { capacity: 7 } }));
  await expect(page.getByTestId('import-result')).toContainText('Loaded “Dropped”', {
    timeout: 15_000,
  });
  expect(errors).toEqual([]);
});

test('a pack at an address opens by link, and a failed download says so', async ({ page }) => {
  const errors = watchErrors(page);
  await page.route('**/packs/team.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: teamPack() }),
  );
  await page.route('**/packs/gone.json', (route) => route.abort('internetdisconnected'));
  await openExercise(
    page,
    '?pack=packs%2Fteam.json&exercise=rate-limit',
    'A rate limit that lets people through',
  );
  await expect(panel(page).getByText(/· Team queues/)).toBeVisible();
  await expect(page).toHaveURL(/\?pack=packs%2Fteam.json&exercise=rate-limit$/);

  await page.goto('./?pack=packs%2Fgone.json&exercise=rate-limit');
  const problems = panel(page).getByTestId('route-problems');
  await expect(problems).toContainText('could not be downloaded', { timeout: 30_000 });
  await expect(panel(page).getByRole('button', { name: 'Try again' })).toBeVisible();
  await panel(page).getByRole('button', { name: 'Back to the free playground' }).click();
  await expect(page.getByTestId('exercise-panel')).toHaveCount(0);
  await expect(page).toHaveURL(/\?preset=no-backpressure/);

  // The address field takes the same relative address the link does.
  await openList(page);
  await page.getByLabel('Or the pack’s address').fill('packs/team.json');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.getByTestId('pack-status')).toContainText('Loaded “Team queues”', {
    timeout: 30_000,
  });
  // A failed network request is logged by the browser itself; nothing else may be.
  expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});

// Once a stack overflow while locating the syntax error: "Loading the exercise pack…" forever.
test('a pack at an address nested too deeply is refused in words', async ({ page }) => {
  const errors = watchErrors(page);
  await page.route('**/packs/deep.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: `{"format": "backpressure-exercises", "exercises": [${'['.repeat(20_000)}`,
    }),
  );
  await page.goto('./?pack=packs%2Fdeep.json&exercise=rate-limit');
  await expect(panel(page).getByTestId('route-problems')).toContainText(
    'is nested too deeply (more than 64 levels)',
    { timeout: 30_000 },
  );
  expect(errors).toEqual([]);
});

test('corrupt stored progress is reported once and reset, without a crash', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"packs":{'), PROGRESS_KEY);
  await openExercise(page, '?exercise=tipping-point', 'The tipping point');
  await expect(page.getByTestId('progress-notice')).toContainText(
    'could not be read (the stored data is damaged), so it was reset',
  );
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
  await page.reload();
  await expect(panel(page).getByRole('heading', { name: 'The tipping point' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByTestId('progress-notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('leaving an exercise brings the free playground back', async ({ page }) => {
  await page.goto('./?preset=drop-oldest');
  await openList(page);
  await page.getByRole('link', { name: 'Out of memory' }).click();
  await expect(panel(page).getByRole('heading', { name: 'Out of memory' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page).toHaveURL(/\?exercise=out-of-memory$/);
  await expect(page.getByRole('slider', { name: 'Producer rate' })).toBeDisabled();
  await panel(page).getByRole('button', { name: 'Back to the free playground' }).click();
  await expect(page.getByTestId('exercise-panel')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: /Drop the oldest/ })).toBeChecked();
  await expect(page.getByRole('slider', { name: 'Producer rate' })).toBeEnabled();
  await expect(page).toHaveURL(/\?preset=drop-oldest/);
});

test('exercise mode has no serious accessibility problems', async ({ page }) => {
  await openExercise(page, '?exercise=tipping-point', 'The tipping point');
  await check(page);
  await panel(page)
    .getByRole('button', { name: /Show a hint/ })
    .click();
  await openList(page);
  const results = await new AxeBuilder({ page }).options(VIOLATIONS_ONLY).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
});

test('on a 360 px phone the exercise reads and checks without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const errors = watchErrors(page);
  await openExercise(page, '?exercise=tipping-point', 'The tipping point');
  await check(page);
  await expect(panel(page).getByTestId('check-headline')).toHaveText(
    expectedCheck(tippingPoint).headline,
  );
  await panel(page).getByRole('button', { name: 'Show the solution' }).click();
  await panel(page).getByRole('button', { name: 'Yes, show it' }).click();
  await expect(page.getByTestId('value-consumers.count')).toHaveText('2 workers');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await panel(page).boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);

  // On a phone the list is in the header's menu: opening an exercise from it closes the menu too.
  await openHeaderMenu(page);
  await page.getByRole('button', { name: 'Exercises', exact: true }).click();
  await page
    .getByTestId('exercise-list')
    .getByRole('link', { name: pack.exercises[1]!.title })
    .click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(pack.exercises[1]!.title);
  await expect(page.getByTestId('header-menu').getByRole('button').first()).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  expect(errors).toEqual([]);
});
