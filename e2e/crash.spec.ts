/**
 * A crash (an outage that resets): the stage calls it out when the preset's crash comes, and the
 * Crash button beside the charts puts another one into the running simulation, drawn as a band.
 */
import { expect, test, type Page } from '@playwright/test';

async function stageWords(page: Page): Promise<string[]> {
  const raw = await page.locator('[data-testid="stage"] canvas').getAttribute('data-labels');
  if (raw === null) return [];
  return (JSON.parse(raw) as { labels: { text: string }[] }).labels.map((l) => l.text);
}

test('a crash is called out on the stage, and the Crash button causes another', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    (window as unknown as { __stageTestHooks: boolean }).__stageTestHooks = true;
  });
  await page.goto('?preset=retry-waves-no-jitter&speed=2');
  // The preset's crash at 5 s of simulated time.
  await expect
    .poll(async () => (await stageWords(page)).some((w) => w.startsWith('Crash')), {
      timeout: 30_000,
      intervals: [100],
    })
    .toBe(true);
  const trouble = page.getByRole('group', { name: 'Cause trouble' });
  await trouble.getByRole('button', { name: 'Crash' }).click();
  await expect
    .poll(() => page.locator('.trigger-band-outage').count(), { timeout: 30_000 })
    .toBeGreaterThan(1);
  expect(errors).toEqual([]);
});
