/**
 * What a first-time reader tripped over: a preset click far below the stage that seemed to do
 * nothing, a real system's preset hidden under the "pick a strategy" invitation, and a typed box
 * that cut 1000000 to 100000. One page per test, waiting on state only.
 */
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByTestId('chart-depth')).toBeVisible({ timeout: 15_000 });
}

test('a preset click brings the stage into view, and a real system leads with its own story', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  const kafka = page.getByRole('button', { name: 'Kafka topic', exact: true });
  await kafka.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('scenario-line')).not.toBeInViewport();
  await kafka.click();
  await expect(page.getByTestId('scenario-name')).toHaveText('Kafka topic');
  await expect(page.getByTestId('scenario-line')).toBeInViewport();
  // Its own line, not the invitation, even once its partitions pile up.
  await expect
    .poll(async () =>
      Number((await page.getByTestId('sim-clock').textContent())?.match(/[\d.]+/)?.[0]),
    )
    .toBeGreaterThan(1);
  await expect(page.getByTestId('invite')).toHaveCount(0);
  await expect(page.getByTestId('scenario-description')).toContainText('three consumers pull');
  await expect(page.getByTestId('explanation').getByRole('heading')).toHaveText('Kafka topic');
});

test('no typed box cuts its value short, on a phone or a desktop', async ({ page }) => {
  await open(page);
  const budget = page.getByTestId('typed-queue.memoryBudgetBytes');
  for (const width of [360, 1280, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    await budget.scrollIntoViewIfNeeded();
    await expect(budget).toHaveValue('1000000');
    const clipped = await page
      .locator('.typed-number-box')
      .evaluateAll((boxes) =>
        boxes
          .filter((b) => (b as HTMLInputElement).scrollWidth > (b as HTMLInputElement).clientWidth)
          .map((b) => b.getAttribute('data-testid')),
      );
    expect(clipped, `at ${width} px`).toEqual([]);
  }
});
