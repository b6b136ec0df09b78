/**
 * The article drives its figures: buttons in a page on another origin set a figure's strategy,
 * preset, seed and knobs and play, pause or reset it, through embed.js; the figure obeys only its
 * parent window and only the documented message; a value it cannot use leaves it as it was and says
 * so. And the sample article uses it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Frame, type Page } from '@playwright/test';
import { CONTROL_MESSAGE_TYPE } from '../src/embed/embedContract.ts';
import { decodeShareQuery } from '../src/share/shareLink.ts';
import { serveStatic, type StaticSite } from './support/staticSite.ts';

const OUT_DIR = process.env.PW_OUT_DIR ?? 'dist';
/** Where the figures come from: the preview server of playwright.config.ts. */
const FIGURE_ORIGIN = `http://127.0.0.1:${process.env.PW_PORT ?? 4173}`;
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 90_000 });

const button = (label: string, attributes: string) =>
  `<button type="button" data-backpressure-for="fig" ${attributes}>${label}</button>`;

/** An article on its own origin, with one figure from FIGURE_ORIGIN and prose controls for it. */
const HOST_PAGE = `<!doctype html><html lang="en"><title>Host</title><link rel="icon" href="data:,">
<main style="max-width:720px">
  <div data-backpressure-playground data-id="fig" data-preset="no-backpressure" data-seed="1"
    data-title="Figure 1"></div>
  <p>
    ${button('Block the producer', 'data-set="strategy=block"')}
    ${button('Drop the oldest', 'data-set="strategy=drop-oldest"')}
    ${button('Open drop-oldest, seed 7', 'data-set="preset=drop-oldest; seed=7"')}
    ${button('Two consumers', 'data-set="consumers.count=2"')}
    ${button('Pause', 'data-action="pause"')}
    ${button('Play', 'data-action="play"')}
    ${button('Start again', 'data-action="reset"')}
    <a href="#followed" data-backpressure-for="fig" data-set="strategy=drop-all">Drop everything</a>
    ${button('A typo', 'data-set="strategy=blok"')}
    ${button('Too many consumers', 'data-set="strategy=block; consumers.count=500"')}
  </p>
  <iframe id="stranger" src="/stranger.html" title="Someone else's frame" style="height:40px"></iframe>
</main>
<script src="${FIGURE_ORIGIN}/embed.js"></script>`;

let site: StaticSite;

test.beforeAll(async () => {
  site = await serveStatic(OUT_DIR, '/blog/', {
    '/host.html': HOST_PAGE,
    '/stranger.html': '<!doctype html><title>Stranger</title><link rel="icon" href="data:,">',
    // The sample article in a sandbox: an opaque origin for it and, through it, for its figures.
    '/sandboxed.html': `<!doctype html><title>Sandboxed host</title><link rel="icon" href="data:,">
      <iframe sandbox="allow-scripts" src="/blog/examples/blog-post.html"
        style="width:900px;height:2400px;border:0" title="The article, sandboxed"></iframe>`,
  });
});
test.afterAll(async () => {
  await site.close();
});

/** Console warnings from embed.js and errors, from the page and every frame in it. */
function watchConsole(page: Page): { warnings: string[]; errors: string[] } {
  const seen = { warnings: [] as string[], errors: [] as string[] };
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('embed.js:')) seen.warnings.push(m.text());
    if (m.type() === 'error') seen.errors.push(`${m.location().url}: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

/** The figure's frame, once it can be driven (it has put its strategy on its root). */
async function figureFrame(page: Page | Frame, n = 0): Promise<Frame> {
  const iframe = page.locator('[data-backpressure-playground] iframe').nth(n);
  await iframe.scrollIntoViewIfNeeded();
  let frame: Frame | null = null;
  await expect
    .poll(async () => {
      frame = await (await iframe.elementHandle())!.contentFrame();
      if (frame === null) return null;
      return frame.evaluate(() => document.getElementById('embed')?.dataset.strategy ?? null);
    })
    .not.toBeNull();
  return frame!;
}

const root = (frame: Frame) => frame.locator('#embed');

/** The whole scenario the figure shows, read back from its "Open in the full playground" link. */
async function scenarioOf(frame: Frame) {
  const href = await frame.getByTestId('open-full').getAttribute('href');
  const decoded = decodeShareQuery(href!.slice(href!.indexOf('?') + 1));
  if (!decoded.ok) throw new Error(`the figure's link does not decode: ${href}`);
  return decoded.scenario;
}

async function expectMoving(frame: Frame): Promise<void> {
  const simTime = async () => Number(await root(frame).getAttribute('data-sim-time'));
  const before = await simTime();
  await expect.poll(simTime).toBeGreaterThan(before + 200);
}

test.describe('prose controls on another origin', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('set the figure’s strategy, preset, seed and a knob, and mark the pressed strategy', async ({
    page,
  }) => {
    const seen = watchConsole(page);
    await page.goto(`${site.origin}/host.html`);
    const frame = await figureFrame(page);
    // Two origins: the article's server and the figure's.
    expect(new URL(frame.url()).origin).toBe(FIGURE_ORIGIN);
    expect(new URL(page.url()).origin).not.toBe(FIGURE_ORIGIN);
    const block = page.getByRole('button', { name: 'Block the producer' });
    const dropOldest = page.getByRole('button', { name: 'Drop the oldest' });
    await expect(root(frame)).toHaveAttribute('data-strategy', 'none');
    await expect(block).toHaveAttribute('aria-pressed', 'false');

    await block.click();
    await expect(root(frame)).toHaveAttribute('data-strategy', 'block');
    await expect(block).toHaveAttribute('aria-pressed', 'true');
    await expect(dropOldest).toHaveAttribute('aria-pressed', 'false');
    expect((await scenarioOf(frame)).queue).toMatchObject({ capacity: 20, whenFull: 'block' });

    await page.getByRole('button', { name: 'Two consumers' }).click();
    await expect.poll(async () => (await scenarioOf(frame)).consumers.count).toBe(2);
    await expect(root(frame)).toHaveAttribute('data-strategy', 'block');
    // Not a choice between alternatives, so no pressed state.
    await expect(page.getByRole('button', { name: 'Two consumers' })).not.toHaveAttribute(
      'aria-pressed',
    );

    await page.getByRole('button', { name: 'Open drop-oldest, seed 7' }).click();
    await expect(root(frame)).toHaveAttribute('data-preset', 'drop-oldest');
    await expect(root(frame)).toHaveAttribute('data-seed', '7');
    await expect(dropOldest).toHaveAttribute('aria-pressed', 'true');
    await expect(block).toHaveAttribute('aria-pressed', 'false');

    // Keyboard: a focused control is pressed with Enter like any button.
    await block.focus();
    await page.keyboard.press('Enter');
    await expect(root(frame)).toHaveAttribute('data-strategy', 'block');

    // A link drives the figure as well, instead of being followed; it stays a link (no pressed state).
    const link = page.getByRole('link', { name: 'Drop everything' });
    await link.click();
    await expect(root(frame)).toHaveAttribute('data-strategy', 'drop-all');
    expect(new URL(page.url()).hash).toBe('');
    await expect(link).not.toHaveAttribute('aria-pressed');

    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(root(frame)).toHaveAttribute('data-preset', 'no-backpressure');
    await expect(root(frame)).toHaveAttribute('data-seed', '1');
    await expect(root(frame)).toHaveAttribute('data-strategy', 'none');
    expect((await scenarioOf(frame)).consumers.count).toBe(1);
    await expect(block).toHaveAttribute('aria-pressed', 'false');
    expect(seen.warnings).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  test('play and pause the figure', async ({ page }) => {
    await page.goto(`${site.origin}/host.html`);
    const frame = await figureFrame(page);
    await expectMoving(frame);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(root(frame)).toHaveAttribute('data-playing', 'false');
    await expect(frame.getByRole('button', { name: 'Play the simulation' })).toBeVisible();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(root(frame)).toHaveAttribute('data-playing', 'true');
    await expectMoving(frame);
  });

  test('a message from another window, or of another shape, changes nothing', async ({ page }) => {
    const seen = watchConsole(page);
    await page.goto(`${site.origin}/host.html`);
    const frame = await figureFrame(page);
    await expect(root(frame)).toHaveAttribute('data-strategy', 'none');
    const control = (set: string) => ({ type: CONTROL_MESSAGE_TYPE, id: 'fig', set, action: null });

    // From the parent, but not in the documented shape (or for another figure): ignored.
    await page.evaluate(
      ([origin, good]) => {
        const figure = document.querySelector('iframe')!.contentWindow!;
        const wrong: unknown[] = [
          'strategy=drop-all',
          { ...good, set: ['strategy', 'drop-all'] },
          { ...good, extra: 'field' },
          { ...good, type: 'backpressure-playground:resize' },
          { ...good, id: 'another-figure' },
          { ...good, id: undefined },
        ];
        for (const data of wrong) figure.postMessage(data, origin);
      },
      [FIGURE_ORIGIN, control('strategy=drop-all')] as const,
    );
    // The right shape from windows that are not the parent: a frame of the article's own origin
    // beside the figure, and the figure itself.
    const stranger = page.frame({ url: /stranger\.html$/ })!;
    await stranger.evaluate((good) => {
      const figure = parent.document.querySelector('iframe')!.contentWindow!;
      figure.postMessage(good, '*');
    }, control('strategy=drop-all'));
    await frame.evaluate((good) => window.postMessage(good, '*'), control('strategy=drop-all'));

    // Then a good message from the parent: once it has been obeyed, the others have been read.
    await page.evaluate(
      ([origin, good]) =>
        document.querySelector('iframe')!.contentWindow!.postMessage(good, origin),
      [FIGURE_ORIGIN, control('seed=5')] as const,
    );
    await expect(root(frame)).toHaveAttribute('data-seed', '5');
    await expect(root(frame)).toHaveAttribute('data-strategy', 'none');
    // Not meant for the figure, so not worth a note either.
    await expect(frame.getByTestId('embed-notice')).toHaveCount(0);
    expect(seen.errors).toEqual([]);
  });

  test('a value the figure cannot use keeps it as it was, and says why', async ({ page }) => {
    const seen = watchConsole(page);
    await page.goto(`${site.origin}/host.html`);
    const frame = await figureFrame(page);
    const problem = frame.getByTestId('embed-control-problem');

    await page.getByRole('button', { name: 'A typo' }).click();
    await expect(problem).toContainText('strategy: "blok" is not a strategy; the strategies are');
    await expect(problem).toContainText('nothing changed');
    await expect(root(frame)).toHaveAttribute('data-strategy', 'none');
    await expect
      .poll(() => seen.warnings.join('\n'))
      .toContain('could not use a control: strategy');

    // One bad value in a list refuses all of it: the strategy stays too.
    await page.getByRole('button', { name: 'Too many consumers' }).click();
    await expect(problem).toContainText(
      'consumers.count: "500" is not a whole number from 1 to 100 workers.',
    );
    await expect(root(frame)).toHaveAttribute('data-strategy', 'none');
    expect((await scenarioOf(frame)).consumers.count).toBe(1);

    // The reader can dismiss the note; the next control that works needs none.
    await frame.getByTestId('embed-notice').getByRole('button', { name: 'Dismiss' }).click();
    await expect(frame.getByTestId('embed-notice')).toHaveCount(0);
    await page.getByRole('button', { name: 'A typo' }).click();
    await expect(problem).toBeVisible();
    await page.getByRole('button', { name: 'Block the producer' }).click();
    await expect(root(frame)).toHaveAttribute('data-strategy', 'block');
    await expect(problem).toHaveCount(0);
    expect(seen.errors).toEqual([]);
  });
});

test('the sample article’s “Try it” buttons drive figure 1', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('examples/blog-post.html');
  const frame = await figureFrame(page, 0);
  const tryIt = page.getByRole('group', { name: 'Try it on figure 1' });
  await tryIt.scrollIntoViewIfNeeded();
  const block = tryIt.getByRole('button', { name: 'Block the producer' });
  await block.click();
  await expect(root(frame)).toHaveAttribute('data-strategy', 'block');
  await expect(block).toHaveAttribute('aria-pressed', 'true');
  await tryIt.getByRole('button', { name: 'Start again' }).click();
  await expect(root(frame)).toHaveAttribute('data-strategy', 'none');
  await expect(block).toHaveAttribute('aria-pressed', 'false');
  await tryIt.getByRole('button', { name: 'Add a second consumer' }).click();
  await expect.poll(async () => (await scenarioOf(frame)).consumers.count).toBe(2);
  const results = await new AxeBuilder({ page }).include('.try-it').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the article drives its figure inside <iframe sandbox="allow-scripts"> too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${site.origin}/sandboxed.html`);
  const article = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
  await expect.poll(() => article.evaluate(() => self.origin)).toBe('null');
  const frame = await figureFrame(article, 0);
  expect(await frame.evaluate(() => self.origin)).toBe('null');
  const block = article.getByRole('button', { name: 'Block the producer' });
  await block.click();
  await expect(root(frame)).toHaveAttribute('data-strategy', 'block');
  await expect(block).toHaveAttribute('aria-pressed', 'true');
});
