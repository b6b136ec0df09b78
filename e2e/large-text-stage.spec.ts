/**
 * "Large text" in the Display menu enlarges the stage's own words, not only the page's: the labels
 * drawn on the canvas grow, and still sit apart, uncut and on the canvas, on a phone and a desktop.
 * Read through the stage's test hook (`data-labels`, see src/ui/stage/stageShell.ts).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openHeaderMenu } from './support/headerMenu.ts';
import { labelFaults, readLabels, stageCanvas, withStageHooks } from './support/stageLabels.ts';
import { watchErrors } from './support/watchErrors.ts';

/** The font size the stage wrote `word` in, once it has. */
async function pxOf(canvas: Locator, word: string): Promise<number> {
  let px = 0;
  await expect
    .poll(async () => {
      px = (await readLabels(canvas))?.labels.find((l) => l.text === word)?.px ?? 0;
      return px;
    })
    .toBeGreaterThan(0);
  return px;
}

async function turnOnLargeText(page: Page): Promise<void> {
  await openHeaderMenu(page);
  await page.getByRole('button', { name: 'Display' }).click();
  // By keyboard, as a presenter at a lectern might.
  const box = page.getByRole('checkbox', { name: /Large text/ });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
}

for (const { width, height } of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`Large text enlarges the stage's words, which still fit, at ${width} px`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await withStageHooks(page);
    await page.goto('./?preset=drop-oldest&speed=4');
    const canvas = stageCanvas(page);
    const before = await pxOf(canvas, 'Producer');
    await turnOnLargeText(page);
    await expect.poll(() => pxOf(canvas, 'Producer')).toBeGreaterThan(before);
    // Every frame drawn while the well fills and drops, until the first loss has been called out.
    const found = new Set<string>();
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          const frame = await readLabels(canvas);
          for (const l of frame?.labels ?? []) seen.add(l.text);
          if (frame !== null) for (const f of labelFaults(frame)) found.add(f);
          return [...seen].some((t) => /Oldest/.test(t)) && seen.size > 8;
        },
        { timeout: 30_000, intervals: [150] },
      )
      .toBe(true);
    expect([...found]).toEqual([]);
    const frame = await readLabels(canvas);
    expect(Math.min(...(frame?.labels ?? []).map((l) => l.px))).toBeGreaterThan(12);
    expect(errors).toEqual([]);
  });
}
