/**
 * A bare figure: `<iframe src="embed.html?…">` at a fixed size, without embed.js to fit the frame
 * to it. The figure fits the frame instead: its name, the whole stage and the play/pause control
 * show within the frame, in an article column (700 × 450) and on a phone (360 × 640). And the stage
 * knows where its play/pause button lies over it, so its moment chips keep clear of the button.
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
  // The stage's test hook: the words and boxes it drew, in every frame of the page.
  await page.addInitScript(() => {
    (window as unknown as { __stageTestHooks: boolean }).__stageTestHooks = true;
  });
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
    // The figure's one play/pause, over the stage, and the transport's row under it (the controls
    // come just after the first moving frame).
    const toggle = inside.locator('.embed-play');
    await expect(toggle).toHaveAccessibleName(/Pause|Play/);
    await expect(inside.locator('.transport-buttons button').first()).toBeVisible();
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
    // The play/pause button over the stage is what the stage was told lies over it.
    const told = () =>
      frame.evaluate(() => {
        const canvas = document.querySelector('#embed-stage canvas') as HTMLCanvasElement;
        const c = canvas.getBoundingClientRect();
        const b = (document.querySelector('.embed-play') as HTMLElement).getBoundingClientRect();
        const drawn = JSON.parse(canvas.dataset.labels ?? '{}') as {
          banners?: { kind: string; x: number; y: number; w: number; h: number }[];
        };
        const page = (drawn.banners ?? []).find((x) => x.kind === 'page');
        if (page === undefined) return 'none';
        const off = Math.max(
          Math.abs(page.x - (b.left - c.left)),
          Math.abs(page.y - (b.top - c.top)),
          Math.abs(page.w - b.width),
          Math.abs(page.h - b.height),
        );
        return off < 1 ? 'the button' : `${off} px off`;
      });
    await expect.poll(told).toBe('the button');
  }
});
