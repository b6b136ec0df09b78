/**
 * In an exercise the knobs the learner may turn sit in the exercise panel, next to the goals and
 * Check, with the stage beside them; each knob takes a typed value; a change starts the run again.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadBuiltInPack } from '../src/exercises/index.ts';

const pack = loadBuiltInPack();

async function openExercise(page: Page, id: string): Promise<void> {
  await page.goto(`./?exercise=${id}`);
  await expect(page.getByTestId('exercise-knobs')).toBeVisible({ timeout: 30_000 });
}

/**
 * Opens the next exercise from the Exercises list, as a learner does: in the same page, which costs
 * the machine far less than a page load each (the first opens by its link).
 */
async function openFromList(page: Page, id: string, title: string): Promise<void> {
  const button = page.getByRole('button', { name: 'Exercises', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.locator(`.exercise-list li[data-exercise="${id}"] a`).click();
  await expect(page.locator('#exercise-title')).toHaveText(title);
  await expect(page.getByTestId('exercise-knobs')).toBeVisible();
}

/** Whether the whole of `locator` lies inside the viewport as it is scrolled now. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  // A pixel of slack: scrolling to an edge leaves sub-pixel remainders.
  return box.y >= -1 && box.y + box.height <= size.height + 1 && box.x >= 0;
}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

// One page per exercise, looked at on a laptop and then, resized, on a phone: loading an exercise is
// most of the cost, and the layout follows the window's width as it changes.
test('in every built-in exercise the knobs and Check are in view together, on a laptop and a phone', async ({
  page,
}) => {
  test.setTimeout(180_000);
  for (const [i, exercise] of pack.exercises.entries()) {
    await page.setViewportSize(SIZES[0]!);
    if (i === 0) await openExercise(page, exercise.id);
    else await openFromList(page, exercise.id, exercise.title);
    for (const size of SIZES) {
      const where = `${exercise.id} at ${size.width}×${size.height}`;
      await page.setViewportSize(size);
      // The header folds its tools into a menu on a narrow screen: the layout has followed.
      const menu = size.width >= 1024 ? 'More' : 'Menu';
      await expect(page.getByRole('button', { name: menu, exact: true })).toBeVisible();
      // On a phone the goals and Check sit right under the stage, on the first screen with it; a
      // laptop has the whole exercise beside the stage instead.
      const goalBar = page.getByTestId('goal-bar');
      if (size.width < 1024) {
        await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        await expect(goalBar.getByTestId('goal-bar-goal')).toHaveCount(exercise.goals.length);
        // A chain's stage is taller than the screen: its top is in view, the bar over its foot.
        const stage = await page.locator('.stage-area').boundingBox();
        expect(stage!.y, `${where}: the stage`).toBeGreaterThanOrEqual(0);
        expect(stage!.y + Math.min(stage!.height, 300), `${where}: the stage`).toBeLessThan(
          (await goalBar.boundingBox())!.y + 1,
        );
        expect(await inViewport(page, goalBar), `${where}: the goals`).toBe(true);
        expect(
          await inViewport(page, goalBar.getByRole('button', { name: 'Check', exact: true })),
          `${where}: the goals' Check`,
        ).toBe(true);
      } else await expect(goalBar).toBeHidden();
      const knobs = page.getByTestId('exercise-knobs').locator('.knob');
      await expect(knobs.first()).toBeVisible();
      const check = page.getByRole('button', { name: 'Check my answer' });
      // Scrolled so that Check sits at the bottom of the screen, the first knob is above it.
      // (Scrolled again while the page settles: a part loading above it can move it after a scroll.)
      await expect
        .poll(
          async () => {
            await check.evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
            return inViewport(page, check);
          },
          { message: `${where}: Check`, timeout: 5_000 },
        )
        .toBe(true);
      expect(await inViewport(page, knobs.first()), `${where}: the first knob`).toBe(true);
      if (size.width >= 1024)
        expect(await inViewport(page, page.locator('.stage-area')), `${where}: the stage`).toBe(
          true,
        );
      // A strategy on one line is "fixed" only where no setting it is made of is open below.
      const fixedLine = page.getByTestId('strategy-fixed');
      if (size.width >= 1024 && (await fixedLine.count()) > 0) {
        const shaping = page.locator(
          ['queue.capacity', 'queue.whenFull', 'queue.conflateByKey', 'feedback']
            .map((p) => `.exercise-knobs [data-knob="${p}"]`)
            .join(', '),
        );
        await expect(fixedLine, `${where}: the strategy's line`).toContainText(
          (await shaping.count()) > 0 ? '(set by your settings below)' : '(fixed in this exercise)',
        );
      }
      // Where a strategy is chosen, it says it sets the settings under it: in a line of its own
      // on a laptop, beside its label on a phone.
      const strategyKnob = page.locator('.exercise-knobs [data-knob="strategy"]');
      if ((await strategyKnob.count()) > 0)
        await expect(
          strategyKnob.locator(size.width >= 1024 ? '.strategy-parts' : '.strategy-parts-short'),
          `${where}: the strategy's parts`,
        ).toBeVisible();
    }
  }
});

test('on a phone, Check under the stage checks the answer and marks each goal', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await openExercise(page, 'tipping-point');
  const bar = page.getByTestId('goal-bar');
  const goals = bar.getByTestId('goal-bar-goal');
  await expect(goals).toHaveCount(2);
  for (const goal of await goals.all())
    await expect(goal).toHaveAttribute('data-status', 'unchecked');
  await expect(bar.getByTestId('goal-bar-summary')).toHaveText('Not checked yet.');
  await bar.getByRole('button', { name: 'Check', exact: true }).click();
  // The check's report in the panel below and the bar agree, goal by goal.
  const results = page.getByTestId('goal-result');
  await expect(results).toHaveCount(2, { timeout: 90_000 });
  for (const [i, result] of (await results.all()).entries()) {
    const passed = (await result.getAttribute('data-passed')) === 'true';
    await expect(goals.nth(i)).toHaveAttribute('data-status', passed ? 'met' : 'missed');
  }
  // The start is meant to fail.
  await expect(bar.getByTestId('goal-bar-summary')).toContainText('Not yet');
  expect(await inViewport(page, bar), 'the goals after the check').toBe(true);
});

test('a knob takes a typed value, refuses one it cannot read, and a change starts the run again', async ({
  page,
}) => {
  await openExercise(page, 'tipping-point');
  const clock = page.getByTestId('sim-clock');
  const seconds = async () => Number((await clock.innerText()).match(/([\d.]+) s/)?.[1]);
  await expect.poll(seconds).toBeGreaterThan(2);

  const box = page.getByTestId('typed-consumers.service.meanMs');
  await box.fill('fast');
  await box.press('Enter');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/Type a number between/);
  await expect(page.getByTestId('value-consumers.service.meanMs')).toHaveText('20 ms');

  await box.fill('15');
  await box.press('Enter');
  await expect(page.getByTestId('value-consumers.service.meanMs')).toHaveText('15 ms');
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
  // The run started again from zero with the change, as the check will run it.
  await expect.poll(seconds).toBeLessThan(2);
});
