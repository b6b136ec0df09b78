/**
 * The stage is never an empty box. Its drawing code and the simulation's worker load after the
 * page, and a reader saw a blank stage for a moment on every load; now, from the first frame the
 * page paints, the stage's place holds its parts in words (the producer, the lost box, the queue,
 * the consumers, Done), until the canvas's own first frame replaces them.
 */
import { expect, test } from '@playwright/test';

interface Frame {
  /** The words shown in the stage's place before its first frame, or null when none are. */
  words: string | null;
  /** Whether the canvas has drawn its first frame (it reports its regions then). */
  drawn: boolean;
}

declare global {
  interface Window {
    __frames?: Frame[];
  }
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`from the first painted frame the stage shows its parts, at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.addInitScript(() => {
      (window as unknown as { __stageTestHooks: boolean }).__stageTestHooks = true;
      const frames: Frame[] = (window.__frames = []);
      const look = () => {
        const slot = document.querySelector('[data-testid="stage-slot"]');
        if (slot !== null) {
          const skeleton = slot.querySelector<HTMLElement>('[data-testid="stage-skeleton"]');
          const canvas = slot.querySelector('canvas');
          frames.push({
            words: skeleton && skeleton.offsetHeight > 0 ? skeleton.innerText : null,
            drawn: canvas?.dataset.regions !== undefined,
          });
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    // Slowed stage code, as on a phone's network: the page paints long before the stage can draw.
    await page.route(/\/assets\/Stage-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('./');
    const canvas = page.locator('.stage-area canvas');
    await expect(canvas).toHaveAttribute('data-labels', /Producer/, { timeout: 30_000 });
    await expect(page.getByTestId('stage-skeleton')).toHaveCount(0);
    const frames = await page.evaluate(() => window.__frames ?? []);
    expect(frames.length).toBeGreaterThan(0);
    // The first frame with the stage's place already names its parts, as the stage does.
    const first = frames[0]!.words ?? '';
    for (const word of ['Producer', 'Lost', 'Consumers', 'Done']) expect(first).toContain(word);
    // And no frame after it shows the place empty: the words stay until the canvas has drawn.
    const blank = frames.filter((f) => f.words === null && !f.drawn);
    expect(blank, `${blank.length} of ${frames.length} frames showed an empty stage`).toEqual([]);
    // The words are the stage's own: each is among those its first frames drew.
    const drawnWords = (
      JSON.parse((await canvas.getAttribute('data-labels')) ?? '{}') as {
        labels?: { text: string }[];
      }
    ).labels?.map((l) => l.text);
    for (const word of ['Producer', 'Lost', 'Consumers', 'Done'])
      expect(
        drawnWords?.some((text) => text.startsWith(word)),
        word,
      ).toBe(true);
  });
}

test('the queue-depth chart’s panel names its chart while the chart’s code loads', async ({
  page,
}) => {
  // A reader saw an empty framed box beside the strategies for a second or two on a first visit.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/Charts-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const depth = page.locator('.depth-area');
  await expect(depth).toContainText('Queue depth');
  await expect(depth).toContainText('on its way');
  release();
  await expect(depth.locator('svg').first()).toBeVisible({ timeout: 30_000 });
  await expect(depth).not.toContainText('on its way');
});

test('the stage’s own scripts are asked for together with it, not one after another', async ({
  page,
}) => {
  // Found one import after another (the stage, its attaching, its view and shell, its keys), they
  // took four round trips in turn, and a first visit showed the stage's outline for a second.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/Stage-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const asked = new Set<string>();
  page.on('request', (request) => {
    const name = /\/assets\/(attachStage|watchStageView|stageShell|stageKeys)-[^/]*\.js$/.exec(
      request.url(),
    )?.[1];
    if (name !== undefined) asked.add(name);
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  // While the stage's own script is held back, the scripts it needs are already on their way.
  await expect
    .poll(() => [...asked].sort(), { timeout: 15_000 })
    .toEqual(['attachStage', 'stageKeys', 'stageShell', 'watchStageView']);
  release();
  await expect(page.locator('.stage-area canvas')).toHaveAttribute('data-regions', /well/, {
    timeout: 30_000,
  });
});
