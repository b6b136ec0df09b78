/**
 * The instructor's room view: an attendee makes a progress code through the exercise panel (after a
 * real passing check), two more come from the encoder with settings that pass too, the instructor
 * pastes all three at once, and opens two answers side by side in Compare. Then the page's
 * accessibility in light and dark, with the room as a reload keeps it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { decodeCompareQuery } from '../src/compare/compareLink.ts';
import { encodeRoomCode } from '../src/share/roomCode.ts';
import { VIOLATIONS_ONLY } from './support/axe.ts';
import { watchErrors } from './support/watchErrors.ts';

/** Bo answered with a faster handler, the explanation's second way; a third attendee with three consumers. */
const otherCodes = [
  encodeRoomCode({
    who: 'bo-browser-1',
    name: 'Bo',
    pack: { kind: 'built-in' },
    packId: 'backpressure-basics',
    packTitle: 'Backpressure basics',
    exercises: [
      { id: 'tipping-point', status: 'passed', answer: [['consumers.service.meanMs', 15]] },
    ],
  }),
  encodeRoomCode({
    who: 'third-browser',
    name: null,
    pack: { kind: 'built-in' },
    packId: 'backpressure-basics',
    packTitle: 'Backpressure basics',
    exercises: [
      { id: 'tipping-point', status: 'passed-after-solution', answer: [['consumers.count', 3]] },
      { id: 'out-of-memory', status: 'tried', answer: [['queue.capacity', 150]] },
    ],
  }),
];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options(VIOLATIONS_ONLY).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('three attendees’ codes make the room, and two answers open side by side in Compare', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);

  // Ana passes "The tipping point" with a second consumer, and makes her code.
  await page.goto('./?exercise=tipping-point');
  const panel = page.getByTestId('exercise-panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'The tipping point' })).toBeVisible({
    timeout: 30_000,
  });
  const consumers = page.getByRole('slider', { name: 'Consumers', exact: true });
  await consumers.focus();
  await consumers.press('ArrowRight');
  await expect(page.getByTestId('value-consumers.count')).toHaveText('2 workers');
  await panel.getByRole('button', { name: 'Check my answer' }).click();
  await expect(panel.getByTestId('check-headline')).toContainText('Passed', { timeout: 60_000 });
  await panel.getByRole('button', { name: 'Show my progress to the instructor' }).click();
  const show = page.getByTestId('show-progress');
  await expect(
    show.getByRole('heading', { name: 'Your progress, for the instructor' }),
  ).toBeFocused();
  await show.getByLabel('Your name for the room (optional)').fill('Ana');
  await show.getByRole('button', { name: 'Show the QR code' }).click();
  await expect(show.getByTestId('progress-qr')).toBeVisible();
  const anaCode = await show.getByTestId('progress-code').inputValue();
  expect(anaCode).toMatch(/^backpressure-room-v1\./);

  // The instructor pastes all three at once, the first wrapped as a chat would wrap it.
  await page.goto('./room.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Room view');
  const wrapped = anaCode.replace(/(.{60})/g, '$1\n');
  await page.getByTestId('room-codes').fill(`${wrapped}\n\n${otherCodes.join('\n')}`);
  await page.getByRole('button', { name: 'Add to the room' }).click();
  await expect(page.getByTestId('room-outcome')).toHaveText('Added 3 attendees.');
  const table = page.getByTestId('room-table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody th')).toHaveText(['Ana', 'Bo', 'Attendee 3']);
  await expect(
    table.getByRole('link', { name: 'Passed: open Ana’s answer to The tipping point' }),
  ).toBeVisible();
  await expect(table.locator('tr[data-attendee="Attendee 3"]')).toContainText('Tried');

  // A damaged code is refused in words, and the room keeps what it has.
  await page.getByTestId('room-codes').fill(otherCodes[0]!.slice(0, -4));
  await page.getByRole('button', { name: 'Add to the room' }).click();
  await expect(page.getByTestId('room-problems')).toContainText('damaged or incomplete');
  await expect(table.locator('tbody tr')).toHaveCount(3);

  // A reload keeps the room.
  await page.reload();
  await expect(page.getByTestId('room-table').locator('tbody tr')).toHaveCount(3);

  // Ana's and Bo's answers, side by side.
  const picker = page.getByTestId('room-compare');
  await expect(picker.getByLabel('Exercise')).toHaveValue('tipping-point');
  await picker.getByRole('checkbox', { name: /^Ana/ }).check();
  await picker.getByRole('checkbox', { name: /^Bo/ }).check();
  await picker.getByTestId('open-compare').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare strategies');
  await expect(page.getByTestId('column-A')).toContainText('Ana’s answer');
  await expect(page.getByTestId('column-B')).toContainText('Bo’s answer');
  await expect(page.getByTestId('column-C')).toHaveCount(0);
  const decoded = decodeCompareQuery(new URL(page.url()).search);
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
  expect(
    decoded.comparison.columns.map((c) => [
      c.consumers.count,
      'meanMs' in c.consumers.service ? c.consumers.service.meanMs : null,
    ]),
  ).toEqual([
    [2, 20],
    [1, 15],
  ]);
  expect(errors).toEqual([]);
});

test('a scanned QR code adds its attendee; the room view is accessible in light and dark', async ({
  page,
}) => {
  // A QR code holds the room's address with the code after #code=.
  await page.goto(`./room.html#code=${otherCodes[0]}`);
  await expect(page.getByTestId('room-outcome')).toHaveText('Added 1 attendee.');
  expect(new URL(page.url()).hash).toBe('');
  await page.getByTestId('room-codes').fill(otherCodes[1]!);
  await page.getByRole('button', { name: 'Add to the room' }).click();
  await expect(page.getByTestId('room-table').locator('tbody tr')).toHaveCount(2);
  await page.getByTestId('room-compare').getByRole('checkbox', { name: /^Bo/ }).check();
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  // On a phone the table scrolls inside its panel; the page itself never scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(360);
  // And it can be cleared, after asking.
  await page.getByRole('button', { name: 'Clear the room' }).click();
  await expect(page.getByRole('button', { name: 'Yes, clear the room' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, clear the room' }).click();
  await expect(page.getByText('No one in the room yet.')).toBeVisible();
});
