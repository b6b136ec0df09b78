/**
 * A bare figure: `<iframe src="embed.html?…">` at a fixed size, without embed.js to fit the frame
 * to it. The figure fits the frame instead: its name, the whole stage and the play/pause control
 * show within the frame, in an article column (700 × 450) and on a phone (360 × 640).
 */
import { expect, test, type Frame } from '@playwright/test';

const FRAMES = [
  { width: 700, height: 450 },
  { width: 360, height: 640 },
];

test('a bare frame of fixed size shows the name, the stage and play/pause within it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  // A page of the author's own, with two bare frames side by side, nothing else.
  await page.route('**/bare-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Bare frames</title><link rel="icon" href="data:,">
<body style="margin:8px;display:flex;gap:8px;align-items:flex-start">${FRAMES.map(
        (f) =>
          `<iframe src="embed.html?preset=add-consumers" width="${f.width}" height="${f.height}" style="border:0" title="Figure ${f.width}"></iframe>`,
      ).join('')}</body></html>`,
    }),
  );
  await page.goto('bare-host.html');
  for (const [n, size] of FRAMES.entries()) {
    const iframe = page.locator('iframe').nth(n);
    const frame = (await (await iframe.elementHandle())?.contentFrame()) as Frame;
    const inside = page.frameLocator('iframe').nth(n);
    await expect(inside.getByTestId('embed-name')).toHaveText('Add consumers');
    // The transport's Play/Pause (the controls come just after the first moving frame).
    const toggle = inside.locator('.transport-buttons button').first();
    await expect(toggle).toHaveText(/Pause|Play/);
    // Nothing the reader needs is under the frame's bottom edge, once the stage has fitted itself.
    const bottoms = () =>
      frame.evaluate(() => {
        const bottom = (selector: string) =>
          document.querySelector(selector)?.getBoundingClientRect().bottom ?? Infinity;
        return Math.max(
          bottom('#embed-name'),
          bottom('#embed-stage canvas'),
          bottom('.transport-buttons button'),
          bottom('.embed-play'),
        );
      });
    await expect
      .poll(bottoms, { message: `${size.width} × ${size.height}` })
      .toBeLessThanOrEqual(size.height);
    // The stage is drawn at the height it is shown, and is still a stage (not squeezed to nothing).
    const stage = await frame.evaluate(() => {
      const canvas = document.querySelector('#embed-stage canvas') as HTMLCanvasElement;
      return { shown: canvas.getBoundingClientRect().height, scroll: window.scrollY };
    });
    expect(stage.shown).toBeGreaterThanOrEqual(300);
    expect(stage.scroll).toBe(0);
    await expect(inside.locator('#embed-stage canvas')).toHaveAttribute('aria-label', /Stage: /);
  }
});
