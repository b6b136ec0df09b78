/**
 * An attendee's last findings in exercise mode, in one visit at 1280×800: rejection with retries off
 * is "Reject the newcomer" above the stage and in both strategy lists; the starting strategy stays in
 * the lists after switching away; the Lost card shows what is held back while Payments runs; and the
 * exercise list, cut at the window's foot, fades there to say more follows, with every entry
 * reachable by Tab.
 */
import { expect, test } from '@playwright/test';
import { watchErrors } from './support/watchErrors.ts';

test('one name for rejection, the way back kept, held back live, the list says more follows', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?exercise=payments');
  const knobs = page.getByTestId('exercise-knobs');
  const strategy = knobs.getByTestId('exercise-strategy');
  await expect(strategy).toBeVisible({ timeout: 30_000 });
  // The strategy and the settings under it are one choice and its parts, not two choices.
  await expect(strategy).toHaveAccessibleDescription(/the settings below are its parts/);

  // One name, and no promise of retries that are off.
  const description = page.getByTestId('scenario-description');
  await expect(description).toContainText('Reject the newcomer: A full queue');
  await expect(description).not.toContainText(/retr/i);
  const switcher = page.locator('#strategy');
  await expect(switcher.getByRole('radio', { name: 'Reject the newcomer' })).toBeChecked();
  await expect(switcher.getByRole('radio', { name: 'Reject with retries' })).toHaveCount(0);
  await expect(strategy.locator('option:checked')).toHaveText('Reject the newcomer');

  // Away to blocking and back again, in either list.
  await strategy.selectOption('block');
  await expect(switcher.getByRole('radio', { name: 'Block the producer' })).toBeChecked();
  await expect(strategy.locator('option', { hasText: 'Reject the newcomer' })).toHaveCount(1);
  await expect(switcher.getByRole('radio', { name: 'Reject the newcomer' })).toBeEnabled();

  // While it blocks, the Lost card counts what is held back, and the count grows.
  const lost = page.getByTestId('live-dropped');
  const held = async () =>
    Number(
      /held back so far: ([\d,]+)/.exec((await lost.textContent()) ?? '')?.[1]?.replace(/,/g, '') ??
        NaN,
    );
  await expect.poll(held, { timeout: 20_000 }).toBeGreaterThan(0);
  const first = await held();
  await expect.poll(held, { timeout: 20_000 }).toBeGreaterThan(first);

  await switcher.getByRole('radio', { name: 'Reject the newcomer' }).check();
  await expect(strategy).toHaveValue('drop-incoming');
  await expect(description).toContainText('Reject the newcomer: A full queue');

  // The exercise list at 1280×800: longer than the window, it fades at its foot.
  await page.getByRole('button', { name: 'Exercises', exact: true }).click();
  const list = page.getByTestId('exercise-list');
  const last = list.getByRole('link', { name: 'Where do you put the bound?' });
  await expect(last).toBeAttached({ timeout: 20_000 });
  const panel = list.locator('xpath=ancestor::*[contains(@class, "popover-panel")][1]');
  expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight + 1)).toBe(true);
  const fade = await panel.evaluate((el) => {
    const after = getComputedStyle(el, '::after');
    return {
      position: after.position,
      height: parseFloat(after.height),
      image: after.backgroundImage,
    };
  });
  expect(fade.position).toBe('sticky');
  expect(fade.height).toBeGreaterThan(16);
  expect(fade.image).toContain('gradient');
  // Every entry is reached with Tab, and the one reached last is shown clear of the fade.
  await list.getByRole('link').first().focus();
  const isLast = () => last.evaluate((el) => el === document.activeElement);
  for (let i = 0; i < 40 && !(await isLast()); i++) await page.keyboard.press('Tab');
  await expect(last).toBeFocused();
  const box = (await last.boundingBox())!;
  const frame = (await panel.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height - fade.height + 1);
  expect(errors).toEqual([]);
});
