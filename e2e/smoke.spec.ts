import { expect, test } from '@playwright/test';

test('the app shell loads without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpressure Playground');
  expect(errors).toEqual([]);
});

test('the simulation runs in a worker, and on the main thread when asked', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const [query, workers] of [
    ['./', 1],
    ['./?sim=main', 0],
  ] as const) {
    await page.goto(query);
    const clockMs = async () =>
      Number(/t = ([\d.]+) s/.exec(await page.getByTestId('sim-clock').innerText())?.[1]) * 1000;
    await expect.poll(clockMs, { timeout: 20_000 }).toBeGreaterThan(0);
    // The stage draws either way: its text alternative follows the run.
    await expect(page.locator('canvas').first()).toHaveAttribute('aria-label', /Stage: Queue/, {
      timeout: 20_000,
    });
    expect(page.workers().length).toBe(workers);
  }
  expect(errors).toEqual([]);
});
