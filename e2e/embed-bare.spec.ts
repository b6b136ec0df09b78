/**
 * A bare figure: `<iframe src="embed.html?…">` at a fixed size, without embed.js to fit the frame
 * to it. The figure fits the frame instead: its name, the whole stage and the play/pause control
 * show within the frame, in an article column (700 × 450) and on a phone (360 × 640). The play/pause
 * leads the transport's row, beside Step, and nothing lies over the stage.
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
    // The figure's one play/pause and the transport's row under the stage (the controls come just
    // after the first moving frame).
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
    // The play/pause leads the transport's row, beside Step, not over the stage: the stage is
    // told of nothing lying over it.
    const row = await frame.evaluate(() => {
      const toggle = (document.querySelector('.embed-play') as HTMLElement).getBoundingClientRect();
      const step = Array.from(document.querySelectorAll('.transport-buttons button'))
        .find((b) => b.textContent === 'Step')!
        .getBoundingClientRect();
      return {
        inRow: document.querySelector('.transport-buttons .embed-play') !== null,
        sameLine: Math.abs(toggle.top + toggle.height / 2 - (step.top + step.height / 2)) < 2,
        gap: step.left - toggle.right,
      };
    });
    expect(row.inRow).toBe(true);
    expect(row.sameLine).toBe(true);
    expect(row.gap).toBeLessThan(24);
    const told = () =>
      frame.evaluate(() => {
        const canvas = document.querySelector('#embed-stage canvas') as HTMLCanvasElement;
        const drawn = JSON.parse(canvas.dataset.labels ?? '{}') as {
          banners?: { kind: string }[];
        };
        if (drawn.banners === undefined) return 'not drawn yet';
        return drawn.banners.some((x) => x.kind === 'page') ? 'something' : 'nothing';
      });
    await expect.poll(told).toBe('nothing');
  }
});
