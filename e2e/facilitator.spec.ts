/**
 * What a facilitator stumbled on, on a phone (360 × 740): knob units that broke inside a word, the
 * header's menu left open behind the glossary, the room timer's setup inside the menu, a room table
 * whose marks hid off to the side, a Compare that would not say why it could not open, and answers
 * of one strategy that Compare could not tell apart. One page, waiting for state only.
 */
import { expect, test } from '@playwright/test';
import { encodeRoomCode, type RoomExercise } from '../src/share/roomCode.ts';
import { openHeaderMenu } from './support/headerMenu.ts';
import { watchErrors } from './support/watchErrors.ts';

const code = (who: string, name: string, exercises: RoomExercise[]) =>
  encodeRoomCode({
    who,
    name,
    pack: { kind: 'built-in' },
    packId: 'backpressure-basics',
    packTitle: 'Backpressure basics',
    exercises,
  });

const ana = code('ana-browser', 'Ana', [
  { id: 'tipping-point', status: 'passed', answer: [['consumers.count', 2]] },
  { id: 'out-of-memory', status: 'tried', answer: [['queue.capacity', 150]] },
]);
const bo = code('bo-browser', 'Bo', [
  { id: 'tipping-point', status: 'passed', answer: [['consumers.service.meanMs', 15]] },
]);

test.use({ viewport: { width: 360, height: 740 } });

test('a facilitator’s phone: knobs, the menu’s dialogs, the room and its Compare', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await page.goto('./?exercise=tipping-point');
  const panel = page.getByTestId('exercise-panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'The tipping point' })).toBeVisible({
    timeout: 30_000,
  });

  // No unit breaks inside a word or sticks out of its knob.
  const units = page.locator('.knob .typed-number-unit');
  await expect(units.first()).toBeVisible();
  const badUnits = await units.evaluateAll((els) =>
    els.flatMap((el) => {
      const knob = el.closest('.knob')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      const words = [...(el.textContent ?? '').matchAll(/\S+/g)].filter((m) => {
        const range = document.createRange();
        range.setStart(el.firstChild!, m.index);
        range.setEnd(el.firstChild!, m.index + m[0].length);
        return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size > 1;
      });
      return words.length > 0 || box.right > knob.right + 0.5 ? [el.textContent] : [];
    }),
  );
  expect(badUnits).toEqual([]);

  // What is typed after Enter replaces the value just applied.
  const box = panel.getByTestId('typed-consumers.service.meanMs');
  await box.fill('15');
  await box.press('Enter');
  await page.keyboard.type('12');
  await box.press('Enter');
  await expect(box).toHaveValue('12');

  // The menu closes as the glossary opens, and focus comes back to its button.
  await openHeaderMenu(page);
  const menuButton = page.getByTestId('header-menu').getByRole('button').first();
  await page
    .getByTestId('header-menu')
    .getByRole('button', { name: 'Glossary', exact: true })
    .click();
  await expect(page.getByTestId('glossary')).toBeVisible();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('glossary')).toHaveCount(0);
  await expect(menuButton).toBeFocused();
  // A term in the story opens the glossary at it.
  await panel.locator('.exercise-story .term-link').first().click();
  await expect(page.getByTestId('glossary').locator('dt:focus')).toHaveCount(1);
  await page.keyboard.press('Escape');

  // The room timer's setup is a dialog of its own.
  await openHeaderMenu(page);
  await page.getByTestId('header-menu').getByRole('button', { name: 'Room timer…' }).click();
  const setup = page.getByRole('dialog', { name: 'Room timer' });
  await expect(setup).toBeVisible();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await setup.getByRole('button', { name: 'Close' }).click();
  await expect(setup).toHaveCount(0);

  // The room: with one attendee, Compare says why it cannot open.
  await page.goto('./room.html');
  await page.getByTestId('room-codes').fill(ana);
  await page.getByRole('button', { name: 'Add to the room' }).click();
  await expect(page.getByTestId('room-compare-unavailable')).toContainText(
    'only one attendee is in the room so far',
  );
  await page.getByTestId('room-codes').fill(bo);
  await page.getByRole('button', { name: 'Add to the room' }).click();
  // Each row's progress reads without scrolling the table, and the table says it scrolls.
  await expect(page.getByTestId('room-scroll-hint')).toBeVisible();
  const anaRow = page.locator('tr[data-attendee="Ana"] .room-progress-line');
  await expect(anaRow).toHaveText('✓\u00a01 · ◐\u00a02');
  await anaRow.scrollIntoViewIfNeeded();
  const line = await anaRow.boundingBox();
  expect(line!.x + line!.width).toBeLessThanOrEqual(360);

  const picker = page.getByTestId('room-compare');
  await picker.getByRole('checkbox', { name: /^Ana/ }).check();
  await picker.getByRole('checkbox', { name: /^Bo/ }).check();
  await picker.getByRole('link', { name: 'Open in Compare' }).click();
  // One strategy, two answers: the columns go by the attendees' names, and the settings show.
  await expect(page.locator('#column-A-title')).toContainText('Ana’s answer');
  await expect(page.locator('#column-B-title')).toContainText('Bo’s answer');
  const settings = page.getByTestId('settings-diff');
  await expect(settings.getByTestId('setting-consumers.count')).toContainText('2 workers');
  await expect(settings.getByTestId('setting-consumers.service.meanMs')).toContainText('15 ms');
  expect(errors).toEqual([]);
});
