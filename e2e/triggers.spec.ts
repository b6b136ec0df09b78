/**
 * Trouble at the press of a button: the playground's Spike, Slow the consumers and Outage buttons
 * reach the running simulation, and each shows on the charts as a shaded band; the failures that do
 * not heal have their own group of presets.
 */
import { expect, test } from '@playwright/test';

test('an outage pressed live shows as a band on the charts', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('?preset=metastable-with-retry-budget&speed=4');
  const trouble = page.getByRole('group', { name: 'Cause trouble' });
  await expect(trouble.getByRole('button', { name: 'Outage' })).toBeVisible({ timeout: 30_000 });
  await trouble.getByRole('button', { name: 'Outage' }).click();
  await trouble.getByRole('button', { name: 'Spike' }).click();
  await expect
    .poll(() => page.locator('.trigger-band-outage').count(), { timeout: 30_000 })
    .toBeGreaterThan(0);
  await expect
    .poll(() => page.locator('.trigger-band-spike').count(), { timeout: 30_000 })
    .toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('the failures that do not heal are presets of their own, their outage drawn as a band', async ({
  page,
}) => {
  await page.goto('?speed=10');
  const group = page.getByRole('group', { name: 'Failures that do not heal' });
  await group.getByRole('button', { name: 'Retry storm that does not heal' }).click();
  // The scenario's own outage, at 5 s, shades the charts once the run reaches it.
  await expect
    .poll(() => page.locator('.trigger-band-outage').count(), { timeout: 60_000 })
    .toBeGreaterThan(0);
});

test('a band’s name stays inside the plot, off the axes’ numbers, even at the right edge', async ({
  page,
}) => {
  // Try 9: "Spike" pressed a moment before sat past the Drops chart's plot, under its right
  // axis' numbers. Read at the redraw that first shows the band: at its narrowest, by the edge.
  await page.goto('');
  const drops = page.getByTestId('chart-drops');
  await drops.scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () =>
        Number(/t = ([\d.]+) s/.exec(await page.getByTestId('sim-clock').innerText())?.[1]),
      { timeout: 60_000 },
    )
    .toBeGreaterThan(8);
  await page
    .getByRole('group', { name: 'Cause trouble' })
    .getByRole('button', { name: 'Spike' })
    .click();
  const placed = await (
    await page.waitForFunction(
      () => {
        const labels = Array.from(
          document.querySelectorAll('[data-testid="chart-drops"] text.recharts-label'),
        ).filter((t) => t.textContent === 'Spike');
        if (labels.length === 0) return null;
        // Read once the band is drawn on the axis of its own frame: Recharts 3 can draw a new band
        // on the frame before's time scale for one redraw (the band past the plot's right edge,
        // its name with it; a known limit, in the closing note of 2026-12-07).
        const stale = labels.some((t) => {
          const svg = t.closest('svg') as SVGSVGElement;
          const grid = svg.querySelector('.recharts-cartesian-grid') as SVGGElement;
          const band = svg.querySelector('.recharts-reference-area-rect');
          return (
            band !== null && band.getBoundingClientRect().left >= grid.getBoundingClientRect().right
          );
        });
        if (stale) return null;
        return labels.map((t) => {
          const box = t.getBoundingClientRect();
          const svg = t.closest('svg') as SVGSVGElement;
          const grid = svg.querySelector('.recharts-cartesian-grid') as SVGGElement;
          const plot = grid.getBoundingClientRect();
          const onNumbers = Array.from(svg.querySelectorAll('.recharts-cartesian-axis-tick-value'))
            .map((e) => e.getBoundingClientRect())
            .filter(
              (b) =>
                b.right > box.left &&
                b.left < box.right &&
                b.bottom > box.top &&
                b.top < box.bottom,
            ).length;
          return {
            inside: box.left >= plot.left - 0.5 && box.right <= plot.right + 0.5,
            onNumbers,
            fromEdge: Math.round(plot.right - box.left),
          };
        });
      },
      null,
      { timeout: 30_000, polling: 'raf' },
    )
  ).jsonValue();
  expect(placed).not.toBeNull();
  for (const p of placed ?? []) expect(p).toMatchObject({ inside: true, onNumbers: 0 });
});
