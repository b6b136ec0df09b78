import { expect, test, type Page } from '@playwright/test';

/**
 * What the canvas shows: the distinct colours in a coarse sample of its pixels (1 means blank) and
 * the brightness of its top-left corner, 0 to 255.
 */
async function sampleCanvas(page: Page): Promise<{ colours: number; corner: number }> {
  return page.getByRole('img', { name: /^Stage:/ }).evaluate(async (element) => {
    // The stage may be painted from a worker (an OffscreenCanvas), so read what the page shows.
    const image = new Image();
    image.src = (element as HTMLCanvasElement).toDataURL();
    await image.decode();
    const copy = document.createElement('canvas');
    copy.width = image.width;
    copy.height = image.height;
    const ctx = copy.getContext('2d');
    if (ctx === null) return { colours: 0, corner: NaN };
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    const at = 4 * (copy.width + 1);
    const corner = ((data[at] as number) + (data[at + 1] as number) + (data[at + 2] as number)) / 3;
    const seen = new Set<number>();
    const step = 4 * 97; // every 97th pixel is plenty to tell a drawing from a blank
    for (let i = 0; i < data.length; i += step) {
      seen.add(
        ((data[i] as number) << 16) | ((data[i + 1] as number) << 8) | (data[i + 2] as number),
      );
    }
    return { colours: seen.size, corner };
  });
}

const colourCount = async (page: Page) => (await sampleCanvas(page)).colours;

async function label(page: Page): Promise<string> {
  return (await page.getByRole('img', { name: /^Stage:/ }).getAttribute('aria-label')) ?? '';
}

test.describe('the stage', () => {
  test('draws the system and keeps its text alternative current', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./');
    const stage = page.getByRole('img', { name: /^Stage:/ });
    await expect(stage).toBeVisible();
    await expect.poll(() => colourCount(page)).toBeGreaterThan(8);

    // The label summarises the state and changes as the run goes on (at most once a second).
    await expect.poll(() => label(page)).toMatch(/^Stage: Queue \d/);
    const first = await label(page);
    expect(first).toMatch(/worker/);
    expect(first).toMatch(/done/);
    // However long a loaded machine takes to get there: the run moves, so the label does.
    await expect.poll(() => label(page)).not.toBe(first);

    // It fills the width it is given and is sized for the pixel ratio.
    const size = await stage.evaluate((el) => {
      const c = el as HTMLCanvasElement;
      const box = c.getBoundingClientRect();
      const parent = (c.parentElement as HTMLElement).getBoundingClientRect();
      return {
        css: box.width,
        parent: parent.width,
        backing: c.width,
        height: box.height,
        dpr: window.devicePixelRatio,
      };
    });
    expect(Math.abs(size.css - size.parent)).toBeLessThan(1);
    expect(size.backing).toBe(Math.round(size.css * Math.min(2, size.dpr)));
    expect(size.height).toBeGreaterThan(250);
    expect(errors).toEqual([]);
    await stage.screenshot({ path: 'test-results/stage-1280.png' });
  });

  test('reads on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('./');
    const stage = page.getByRole('img', { name: /^Stage:/ });
    await expect.poll(() => colourCount(page)).toBeGreaterThan(8);
    const box = await stage.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(375);
    expect(box?.height).toBeGreaterThanOrEqual(300);
    // A picture of a run under way rather than of its first instant: the label has moved on.
    await expect.poll(() => label(page)).toMatch(/^Stage: Queue \d/);
    const first = await label(page);
    await expect.poll(() => label(page)).not.toBe(first);
    await stage.screenshot({ path: 'test-results/stage-375.png' });
  });

  test('still renders, and still updates its numbers, with reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./');
    await expect.poll(() => colourCount(page)).toBeGreaterThan(8);
    await expect.poll(() => label(page)).toMatch(/^Stage: Queue \d/);
    const first = await label(page);
    await expect.poll(() => label(page)).not.toBe(first);
  });

  test('follows a dark colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    await expect.poll(() => colourCount(page)).toBeGreaterThan(8);
    expect((await sampleCanvas(page)).corner).toBeLessThan(80);
  });
});
