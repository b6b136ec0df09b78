/**
 * The embeddable figure (embed.html), its loader (embed.js) and the sample article that uses both:
 * every figure renders and moves when visible, fits its frame, pauses off screen, survives a
 * sandboxed host, and the whole site works from a sub-path.
 */
import AxeBuilder from '@axe-core/playwright';
import { VIOLATIONS_ONLY } from './support/axe.ts';
import { expect as baseExpect, test, type Frame, type Page } from '@playwright/test';
import { RESIZE_MESSAGE_TYPE } from '../src/embed/embedContract.ts';
import { serveStatic, type StaticSite } from './support/staticSite.ts';
import { openHeaderMenu } from './support/headerMenu.ts';

const OUT_DIR = process.env.PW_OUT_DIR ?? 'dist';
const ARTICLE = 'examples/blog-post.html';
const FIGURES = 6;
/**
 * A page of six figures, each with its own simulation, is heavy work for a shared two-core machine:
 * waits are generous, so a slow moment is not mistaken for a broken figure.
 */
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 90_000 });

/** Console errors and uncaught exceptions, from the page and every frame in it. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.location().url}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

interface FigureState {
  playing: boolean;
  onScreen: boolean;
  simTime: number;
  /** The figure's content height and the frame's inner height, CSS px. */
  contentHeight: number;
  viewportHeight: number;
  /** Whether the frame's document can scroll at all (it should not). */
  scrolls: boolean;
  controlsLoaded: boolean;
}

function readFigure(frame: Frame): Promise<FigureState> {
  return frame.evaluate(() => {
    const root = document.getElementById('embed') as HTMLElement;
    const html = document.documentElement;
    return {
      playing: root.dataset.playing === 'true',
      onScreen: root.dataset.onScreen === 'true',
      simTime: Number(root.dataset.simTime),
      contentHeight: root.getBoundingClientRect().height,
      viewportHeight: window.innerHeight,
      scrolls: html.scrollHeight > html.clientHeight + 1,
      controlsLoaded: document.querySelector('.embed-play') !== null,
    };
  });
}

/**
 * Distinct colours in a coarse sample of the figure's stage, as it appears on screen: 1 means blank.
 * Read from a screenshot, since the stage's canvas may be drawn by a worker (OffscreenCanvas).
 */
async function stageColours(frame: Frame): Promise<number> {
  const png = await frame.locator('#embed canvas').screenshot();
  return frame.evaluate(async (base64) => {
    // Decoded by hand: the page's Content-Security-Policy lets it fetch no data: address.
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97)
      seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  }, png.toString('base64'));
}

/** Waits until the stage's picture changes: the motion a reader sees. */
async function expectStageChanges(frame: Frame): Promise<void> {
  const canvas = frame.locator('#embed canvas');
  const before = await canvas.screenshot();
  await expect.poll(async () => before.equals(await canvas.screenshot())).toBe(false);
}

/**
 * Waits until the page has drawn `count` more animation frames: the time a reader would see pass,
 * which stretches with the machine's load just as the figure's own frames do.
 */
async function animationFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        let left = n;
        const tick = () => (--left <= 0 ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    count,
  );
}

/** The frame of the n-th figure of the article (0-based), once its document has started. */
async function figureFrame(page: Page | Frame, n: number): Promise<Frame> {
  const iframe = page.locator('[data-backpressure-playground] iframe').nth(n);
  await expect(iframe).toBeAttached();
  let frame: Frame | null = null;
  await expect
    .poll(async () => {
      frame = await (await iframe.elementHandle())!.contentFrame();
      if (frame === null) return false;
      return frame.evaluate(() => document.getElementById('embed')?.dataset.simTime !== undefined);
    })
    .toBe(true);
  return frame!;
}

async function scrollToFigure(page: Page, n: number): Promise<void> {
  await page.locator('[data-backpressure-playground]').nth(n).scrollIntoViewIfNeeded();
}

/** Waits until the figure's simulated clock has moved on by at least `ms`. */
async function expectMoving(frame: Frame, ms = 200): Promise<void> {
  // The figure writes its first state once its scripts have run, which can be just after "load"
  // (a link's scenario is read first, with the checker the first download leaves out).
  await expect.poll(async () => (await readFigure(frame)).simTime).not.toBeNaN();
  const before = (await readFigure(frame)).simTime;
  await expect.poll(async () => (await readFigure(frame)).simTime).toBeGreaterThan(before + ms);
}

/** The frame's height on the article page equals what the figure inside reports, and nothing scrolls. */
async function expectFitted(page: Page | Frame, n: number, frame: Frame): Promise<void> {
  const iframe = page.locator('[data-backpressure-playground] iframe').nth(n);
  await expect
    .poll(async () => {
      const inside = await readFigure(frame);
      const outside = await iframe.evaluate((el) => el.getBoundingClientRect().height);
      return Math.abs(outside - Math.ceil(inside.contentHeight)) <= 1 && !inside.scrolls;
    })
    .toBe(true);
}

test.describe('the sample article', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('every figure renders, moves when visible and fits its frame', async ({ page }) => {
    test.setTimeout(180_000); // six figures, each loading its own simulation
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await expect(page.locator('[data-backpressure-playground] iframe')).toHaveCount(FIGURES);
    for (let n = 0; n < FIGURES; n++) {
      await scrollToFigure(page, n);
      const frame = await figureFrame(page, n);
      await expectMoving(frame);
      await expect.poll(() => stageColours(frame)).toBeGreaterThan(8);
      await expectStageChanges(frame);
      await expect.poll(async () => (await readFigure(frame)).controlsLoaded).toBe(true);
      await expectFitted(page, n, frame);
      // The title names the figure for screen readers.
      await expect(page.locator('[data-backpressure-playground] iframe').nth(n)).toHaveAttribute(
        'title',
        new RegExp(`^Figure ${n + 1}:`),
      );
    }
    // Figures with charts grow once the charts arrive; the frame follows.
    const charted = await figureFrame(page, 3);
    await expect(charted.getByTestId('chart-drops')).toBeVisible();
    await expect(charted.getByTestId('chart-depth')).toHaveCount(0);
    await expectFitted(page, 3, charted);
    expect(errors).toEqual([]);
  });

  test('figures off screen pause, and play again when scrolled back', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await scrollToFigure(page, 0);
    const first = await figureFrame(page, 0);
    await expectMoving(first);

    await scrollToFigure(page, FIGURES - 1);
    const last = await figureFrame(page, FIGURES - 1);
    await expectMoving(last);
    await expect.poll(async () => (await readFigure(first)).onScreen).toBe(false);
    expect((await readFigure(first)).playing).toBe(false);
    // The figure on screen keeps going meanwhile: that is the time in which the first must not move
    // (after its last refresh, sent as it paused, has landed).
    await expectMoving(last, 300);
    const paused = await readFigure(first);
    await expectMoving(last, 600);
    expect((await readFigure(first)).simTime).toBe(paused.simTime);

    await scrollToFigure(page, 0);
    await expect.poll(async () => (await readFigure(first)).playing).toBe(true);
    await expectMoving(first);
    await expect.poll(async () => (await readFigure(last)).playing).toBe(false);
    expect(errors).toEqual([]);
  });

  test('a figure the reader paused stays paused after scrolling away and back', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await scrollToFigure(page, 0);
    const first = await figureFrame(page, 0);
    await expectMoving(first);
    await first.getByRole('button', { name: 'Pause the simulation' }).click();
    await expect.poll(async () => (await readFigure(first)).playing).toBe(false);
    await scrollToFigure(page, FIGURES - 1);
    await expect.poll(async () => (await readFigure(first)).onScreen).toBe(false);
    await scrollToFigure(page, 0);
    await expect.poll(async () => (await readFigure(first)).onScreen).toBe(true);
    expect((await readFigure(first)).playing).toBe(false);
    await first.getByRole('button', { name: 'Play the simulation' }).click();
    await expectMoving(first);
  });

  test('only a figure’s own frame can size it', async ({ page }) => {
    await page.goto(ARTICLE);
    await scrollToFigure(page, 0);
    const frame = await figureFrame(page, 0);
    const iframe = page.locator('[data-backpressure-playground] iframe').first();
    // Once its chart is in, the figure's height stays put, so any change below is the messages' doing.
    await expect(frame.getByTestId('chart-depth')).toBeVisible();
    await expectFitted(page, 0, frame);
    const fitted = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    const id = await frame.evaluate(() => new URLSearchParams(location.search).get('id'));
    expect(id).toBeTruthy();
    // Counts the two messages below as they arrive (the figure's own reports have other heights).
    await page.evaluate(() => {
      const counter = window as { heard?: number };
      counter.heard = 0;
      window.addEventListener('message', (event) => {
        if ((event.data as { height?: number } | null)?.height === 1234) counter.heard! += 1;
      });
    });
    // The right type and id, but from the article's own window: ignored.
    await page.evaluate(([type, id]) => window.postMessage({ type, id, height: 1234 }, '*'), [
      RESIZE_MESSAGE_TYPE,
      id,
    ] as const);
    // From the right frame, but with another figure's id: ignored.
    await frame.evaluate(
      ([type]) => parent.postMessage({ type, id: 'someone-else', height: 1234 }, '*'),
      [RESIZE_MESSAGE_TYPE] as const,
    );
    // Both have reached the article's window, and its loader, listening since the page loaded, heard
    // them before this later listener; a frame later the height is still the figure's own.
    await page.waitForFunction(() => (window as { heard?: number }).heard === 2);
    await animationFrames(page, 2);
    expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(fitted);
    // From the right frame with its own id: obeyed (and then corrected by the figure's next report).
    await frame.evaluate(([type, id]) => parent.postMessage({ type, id, height: 1234 }, '*'), [
      RESIZE_MESSAGE_TYPE,
      id,
    ] as const);
    await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(1234);
  });
});

test.describe('embed.html on its own', () => {
  test('reads its options, reports the bad ones, and uses the defaults for them', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 720, height: 900 });
    await page.goto(
      'embed.html?preset=drop-oldest&seed=7&controls=full&charts=depth,latency&speed=500&theme=dark',
    );
    const notice = page.getByTestId('embed-notice');
    await expect(notice).toContainText('speed: "500" is not a number from 0.25 to 100');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByTestId('speed-value')).toHaveText('1×');
    await expect(
      page.getByRole('group', { name: 'What happens when the consumers fall behind?' }),
    ).toBeVisible();
    await expect(page.getByTestId('chart-depth')).toBeVisible();
    await expect(page.getByTestId('chart-latency')).toBeVisible();
    await expect(page.getByTestId('chart-drops')).toHaveCount(0);
    // Only the charts asked for, in the order asked, and none of the playground's chart tools.
    await expect(page.locator('[data-testid^="chart-"]')).toHaveCount(2);
    await expect(page.getByRole('button', { name: /Copy as image/ })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Charts to show' })).toHaveCount(0);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
    // The way out: the same scenario in the playground beside it, in a new tab.
    const link = page.getByRole('link', { name: /Open in the full playground/ });
    await expect(link).toHaveAttribute('href', './index.html?preset=drop-oldest&seed=7');
    await expect(link).toHaveAttribute('target', '_blank');
    expect(errors).toEqual([]);
  });

  test('a damaged scenario link opens the defaults and says why', async ({ page }) => {
    await page.goto('embed.html?preset=no-such-preset');
    await expect(page.getByTestId('embed-notice')).toContainText('no-such-preset');
    await expectMoving(page.mainFrame());
  });

  test('controls=none shows only the overlay; autoplay=0 waits for it', async ({ page }) => {
    await page.goto('embed.html?preset=block&controls=none&autoplay=0');
    const play = page.getByRole('button', { name: 'Play the simulation' });
    await expect(play).toBeVisible();
    await expect(page.getByRole('button', { name: 'Step' })).toHaveCount(0);
    // Half a second of frames at 60 Hz, in which a playing figure would have moved.
    await animationFrames(page, 30);
    expect((await readFigure(page.mainFrame())).simTime).toBe(0);
    await play.focus();
    await page.keyboard.press('Enter');
    await expectMoving(page.mainFrame());
    await expect(page.getByRole('button', { name: 'Pause the simulation' })).toBeFocused();
  });

  test('waits for the reader when reduced motion is asked for', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('embed.html?preset=drop-oldest');
    await expect(page.getByRole('button', { name: 'Play the simulation' })).toBeVisible();
    await animationFrames(page, 30);
    expect((await readFigure(page.mainFrame())).simTime).toBe(0);
  });

  test('stops while the tab is hidden and comes back without a jump', async ({ page }) => {
    await page.goto('embed.html?preset=drop-oldest');
    const frame = page.mainFrame();
    await expectMoving(frame);
    /** Hides or shows the tab, as far as the page can tell; returns when, on the page's clock. */
    const setHidden = (hidden: boolean) =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
        document.dispatchEvent(new Event('visibilitychange'));
        return performance.now();
      }, hidden);
    const hiddenAt = await setHidden(true);
    // The last refresh, sent as the figure stopped, has landed once the time stays put for a while.
    let hidden = (await readFigure(frame)).simTime;
    await expect
      .poll(async () => {
        await animationFrames(page, 10);
        const now = (await readFigure(frame)).simTime;
        const settled = now === hidden;
        hidden = now;
        return settled;
      })
      .toBe(true);
    // Hidden for 90 frames of the page (1.5 s at 60 Hz): the figure's clock stands still.
    await animationFrames(page, 90);
    expect((await readFigure(frame)).simTime).toBe(hidden);
    const shownAt = await setHidden(false);
    const resumed = async () =>
      frame.evaluate(() => ({
        simTime: Number(document.getElementById('embed')?.dataset.simTime),
        at: performance.now(),
      }));
    await expect.poll(async () => (await resumed()).simTime).toBeGreaterThan(hidden);
    // Resumed where it stopped: it moved on by the time since it was shown (at 1x, plus at most one
    // frame's allowance), not by the time it spent hidden as well.
    const after = await resumed();
    expect(shownAt - hiddenAt).toBeGreaterThan(1000);
    expect(after.simTime - hidden).toBeLessThanOrEqual(after.at - shownAt + 250);
  });

  test('fits a phone and passes the accessibility checks, light and dark', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const theme of ['light', 'dark']) {
      await page.goto(`embed.html?preset=drop-oldest&controls=full&charts=depth&theme=${theme}`);
      await expect(page.getByTestId('chart-depth')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const results = await new AxeBuilder({ page }).options(VIOLATIONS_ONLY).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(serious).toEqual([]);
    }
  });
});

test.describe('the Embed panel of the playground', () => {
  test('gives snippets for the scenario on screen that work when pasted into a page', async ({
    page,
    context,
    baseURL,
  }) => {
    const errors = watchErrors(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?preset=drop-oldest&seed=7');
    await openHeaderMenu(page);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const panel = page.getByRole('group', { name: 'Embed this scenario' });
    const loader = panel.getByTestId('embed-loader-snippet');
    await expect(loader).toHaveValue(/data-preset="drop-oldest" data-seed="7"/);
    await expect(panel.getByTestId('embed-iframe-snippet')).toHaveValue(
      new RegExp(`^<iframe src="${baseURL}embed.html\\?preset=drop-oldest&amp;seed=7"`),
    );

    // The choices change the snippets.
    await panel.getByLabel('Controls').selectOption('none');
    await panel.getByRole('checkbox', { name: 'Drops' }).check();
    await expect(loader).toHaveValue(/data-controls="none" data-charts="drops"/);

    await panel.getByRole('button', { name: 'Copy loader snippet' }).click();
    await expect(panel.getByText('Copied. Paste it into the page’s HTML.')).toBeVisible();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await loader.inputValue());

    // Pasted into a page of its own, the snippet makes a working, fitted figure.
    await page.route('**/pasted.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Pasted</title><link rel="icon" href="data:,"><main style="max-width:700px">${snippet}</main>`,
      }),
    );
    await page.goto('pasted.html');
    const frame = await figureFrame(page, 0);
    await expectMoving(frame);
    await expectFitted(page, 0, frame);
    await expect(frame.getByTestId('chart-drops')).toBeVisible();
    await expect(frame.getByRole('button', { name: 'Step' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('served from a sub-path', () => {
  let site: StaticSite;
  const SUB_PATH = '/blog/tools/playground/';

  test.beforeAll(async () => {
    site = await serveStatic(OUT_DIR, SUB_PATH, {
      // A host that puts the whole article in a sandbox: scripts only, an opaque origin.
      '/sandboxed.html': `<!doctype html><title>Sandboxed host</title><link rel="icon" href="data:,">
        <iframe sandbox="allow-scripts" src="${SUB_PATH}${ARTICLE}"
          style="width:800px;height:2400px;border:0" title="The article, sandboxed"></iframe>`,
    });
  });
  test.afterAll(async () => {
    await site.close();
  });

  test('the playground, the article and its figures load from the sub-path', async ({ page }) => {
    const errors = watchErrors(page);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(site.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpressure Playground');
    await page.goto(`${site.url}${ARTICLE}`);
    await scrollToFigure(page, 0);
    const frame = await figureFrame(page, 0);
    expect(frame.url().startsWith(`${site.url}embed.html?`)).toBe(true);
    await expectMoving(frame);
    await expectFitted(page, 0, frame);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the article works inside <iframe sandbox="allow-scripts">', async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`${site.origin}/sandboxed.html`);
    const article = await (await page.locator('iframe').elementHandle())!.contentFrame();
    expect(article).not.toBeNull();
    // The sandbox gives the article, and through it every figure, the opaque origin "null".
    await expect.poll(() => article!.evaluate(() => self.origin)).toBe('null');
    await article!.locator('[data-backpressure-playground]').first().scrollIntoViewIfNeeded();
    const frame = await figureFrame(article!, 0);
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    await expectMoving(frame);
    await expectFitted(article!, 0, frame);
    expect(errors).toEqual([]);
  });
});
