/**
 * Cause and effect on a phone's first screen (360×740): the main knobs sit under the stage, so a
 * reader moves one and the well stays in view; the ways back sit beside the title's ", changed"
 * without moving the stage; the strategy's line is said once; and the knob's focus ring leaves the
 * value above it readable (at a desktop's size too, where the value sits right above the box).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LATER_BAND_H } from '../src/render/chainHeight.ts';

const stage = (page: Page) => page.locator('[data-tour="stage"]');

async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const view = page.viewportSize()!;
  return (
    box !== null &&
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= view.height + 0.5 &&
    box.x + box.width <= view.width + 0.5
  );
}

/**
 * How far the box's focus ring (its outline, drawn outside the box by width plus offset) reaches over
 * the text of its knob's value, px; 0 when they are apart.
 */
async function ringOverValue(knob: Locator): Promise<number> {
  return knob.evaluate((el) => {
    const box = el.querySelector<HTMLElement>('.typed-number-box')!;
    const output = el.querySelector('output')!;
    const style = getComputedStyle(box);
    const reach =
      style.outlineStyle === 'none'
        ? 0
        : Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
    const b = box.getBoundingClientRect();
    const ring = {
      left: b.left - reach,
      right: b.right + reach,
      top: b.top - reach,
      bottom: b.bottom + reach,
    };
    const range = document.createRange();
    range.selectNodeContents(output);
    const t = range.getBoundingClientRect();
    const x = Math.min(ring.right, t.right) - Math.max(ring.left, t.left);
    const y = Math.min(ring.bottom, t.bottom) - Math.max(ring.top, t.top);
    return x > 0 && y > 0 ? y : 0;
  });
}

test('on a phone the main knobs move with the well in view, and the ways back sit by the title', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  await expect(stage(page).locator('canvas')).toBeVisible({ timeout: 15_000 });
  const knobs = page.getByRole('group', { name: 'Producer and consumers' });
  await expect(knobs).toBeVisible({ timeout: 15_000 });
  const select = page.getByRole('combobox', { name: 'Strategy' });
  await expect(select).toBeVisible();

  // The stage, the three knobs, the switcher and the transport share the first screen.
  for (const [what, part] of [
    ['the stage', stage(page)],
    ['the knobs', knobs],
    ['the switcher', page.locator('[data-tour="strategy-switcher"]')],
    ['the transport', page.locator('[data-tour="transport"]')],
  ] as const)
    expect(await inView(page, part), what).toBe(true);
  // The strategy's line is the one above the stage; the list keeps it only as its description.
  await expect(select).toHaveAccessibleDescription(/unlimited queue/);
  expect((await page.getByTestId('strategy-summary').boundingBox())?.width ?? 0).toBeLessThan(2);

  // Two consumers, typed: the well stays where it was, in view.
  const stageTop = (await stage(page).boundingBox())!.y;
  const consumers = page.getByTestId('typed-consumers.count');
  await consumers.fill('2');
  await consumers.press('Enter');
  await expect(page.getByTestId('value-consumers.count')).toHaveText('2 workers');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await inView(page, stage(page))).toBe(true);

  // The title says ", changed", and the ways back are on the line under it, on the first screen;
  // the scenario's line stays in view under them (it was once hidden while they were there), and
  // the stage, a line lower, too.
  await expect(page.locator('.scenario-changed')).toBeVisible();
  const line = page.getByTestId('scenario-line');
  const undo = line.getByRole('button', { name: 'Undo last change' });
  await expect(undo).toBeVisible();
  await expect(line.getByRole('button', { name: 'Back to “No backpressure”' })).toBeVisible();
  expect(await inView(page, undo)).toBe(true);
  const description = page.getByTestId('scenario-line').locator('.scenario-description').first();
  await expect(description).toBeVisible();
  expect(await inView(page, description)).toBe(true);
  const undoBox = (await undo.boundingBox())!;
  const descriptionBox = (await description.boundingBox())!;
  expect(descriptionBox.y).toBeGreaterThanOrEqual(undoBox.y + undoBox.height);
  expect(await inView(page, stage(page))).toBe(true);

  // The focus ring of the box leaves the value above or beside it readable, here and on a desktop.
  const knob = page.locator('[data-knob="consumers.count"]');
  await consumers.focus();
  expect(await ringOverValue(knob)).toBe(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(() => ringOverValue(knob)).toBe(0);
  await page.setViewportSize({ width: 360, height: 740 });

  // Undo takes the change back, and the ways back go with it, the stage back where it was.
  await undo.click();
  await expect(page.getByTestId('value-consumers.count')).toHaveText('1 worker');
  await expect(page.locator('.scenario-changed')).toHaveCount(0);
  await expect(line.getByRole('button')).toHaveCount(0);
  await expect.poll(async () => (await stage(page).boundingBox())!.y).toBe(stageTop);
});

test('on a phone a chain’s knobs sit right under its last stage, the slowest named, nothing sideways', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?preset=pipeline-slow-database');
  const note = page.getByTestId('bottleneck-note');
  await expect(note).toContainText('Stage 3 (database) is the slowest stage', { timeout: 20_000 });
  const canvas = stage(page).locator('canvas');
  await expect(canvas).toHaveAttribute('aria-label', /A pipeline of 3 stages/, { timeout: 20_000 });
  // The stage starts on the first screen, as before the knobs came.
  expect((await stage(page).boundingBox())!.y).toBeLessThan(740 / 2);

  // The stage buttons wrap within the width: no sideways scrolling.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // Scrolled to the knobs, the last stage (the database, at the bottom of the column) is on the
  // same screen: the buttons, the knobs and the note take less than the screen beside its band.
  const knobs = page.locator('[data-tour="main-knobs"]');
  await knobs.scrollIntoViewIfNeeded();
  const k = (await knobs.boundingBox())!;
  const s = (await canvas.boundingBox())!;
  // Between them only the line "How to read this".
  expect(k.y - (s.y + s.height)).toBeLessThan(80);
  expect(k.height + (k.y - (s.y + s.height)) + LATER_BAND_H).toBeLessThan(740);
  expect(await inView(page, knobs)).toBe(true);

  // The note's button brings the database's knobs, in place.
  await note.getByRole('button', { name: 'Knobs for stage 3' }).click();
  await expect(page.getByRole('slider', { name: 'Consumers (stage 3: database)' })).toBeVisible();
  await expect(note).toHaveCount(0);
  expect(await inView(page, page.getByTestId('knobs-stage-3'))).toBe(true);
});

test('on a phone every card’s headline stays inside its card, a four-figure waiting count of a full queue too', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  // Two thousand places, jammed within seconds: the waiting card reads "1,996 of 2,000".
  await page.goto('./?preset=metastable-retry-storm&speed=20');
  const waiting = page.getByTestId('live-depth');
  await expect(waiting.locator('.live-value')).toContainText(/\d,\d{3} of 2,000/, {
    timeout: 60_000,
  });
  const overruns = await page.locator('.live-strip .live-item').evaluateAll((cards) =>
    cards.flatMap((card) => {
      // The card's inner edge: text in its padding reads as run past it.
      const edge =
        card.getBoundingClientRect().right - parseFloat(getComputedStyle(card).paddingRight);
      return Array.from(
        card.querySelectorAll<HTMLElement>('.live-value, .live-label, .live-detail'),
      )
        .filter((part) => {
          const range = document.createRange();
          range.selectNodeContents(part);
          return range.getBoundingClientRect().right > edge + 0.5;
        })
        .map((part) => part.textContent);
    }),
  );
  expect(overruns).toEqual([]);
});
