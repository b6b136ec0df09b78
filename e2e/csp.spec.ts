/**
 * The built pages carry a Content-Security-Policy (build/contentSecurityPolicy.ts), and everything
 * they do runs within it: the playground with its workers, charts, downloads and chart pictures, an
 * exercise check and a pack from another site; the comparison; the game; the embed, on its own and
 * inside another site's page, sandboxed too. Violations are caught in every frame as the browser
 * reports them (`securitypolicyviolation` events and its console messages), and one test makes a
 * violation on purpose, so that "none" means the watch works.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { BUILT_IN_PACK } from '../src/exercises/index.ts';
import { CONTENT_SECURITY_POLICY } from '../build/contentSecurityPolicy.ts';
import { serveStatic, type StaticSite } from './support/staticSite.ts';

const OUT_DIR = process.env.PW_OUT_DIR ?? 'dist';
const PAGES = ['index.html', 'embed.html', 'compare.html', 'game.html', 'room.html'];

test.describe.configure({ timeout: 90_000 });

/** Violations as every frame of the page reports them, and the console's errors. */
async function watchPolicy(
  page: Page,
): Promise<{ violations: () => Promise<string[]>; errors: string[] }> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text()))
      errors.push(`${m.location().url}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    errors,
    violations: async () => {
      const all: string[] = [];
      for (const frame of page.frames()) {
        const seen = await frame
          .evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])
          .catch(() => [] as string[]);
        all.push(...seen.map((v) => `${frame.url()}: ${v}`));
      }
      return all;
    },
  };
}

test('every built page carries the policy, right after its charset', async () => {
  for (const name of PAGES) {
    const html = await readFile(`${OUT_DIR}/${name}`, 'utf8');
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
    expect(html, name).toContain(meta);
    // Before anything the policy governs: a meta policy covers only what follows it.
    expect(html.indexOf(meta), name).toBeLessThan(html.search(/<script|<link/));
  }
});

test('a violation is caught, so that none means none', async ({ page }) => {
  const watch = await watchPolicy(page);
  await page.goto('./game.html');
  await expect(page.getByRole('heading', { name: 'You are the consumer' })).toBeVisible();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
  });
  await expect.poll(watch.violations).toEqual([expect.stringContaining('script-src')]);
  expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
  // And the pack loader may not reach a plain-http address on another site.
  expect(
    await page.evaluate(() =>
      fetch('http://packs.example.test/p.json').then(
        () => 'fetched',
        () => 'refused',
      ),
    ),
  ).toBe('refused');
  await expect.poll(watch.violations).toContainEqual(expect.stringContaining('connect-src'));
});

test('the playground runs within the policy: worker, charts, downloads and a chart picture', async ({
  page,
}) => {
  const watch = await watchPolicy(page);
  await page.goto('./?preset=drop-oldest&seed=8');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpressure Playground');
  // The simulation runs in its worker and the clock moves.
  await expect(page.getByTestId('sim-clock')).not.toContainText('t = 0.000 s', { timeout: 30_000 });
  await expect(page.getByTestId('chart-drops').locator('.chart-plot svg')).toBeVisible({
    timeout: 20_000,
  });
  await page.getByRole('button', { name: 'Share and export' }).click();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible({ timeout: 15_000 });
  for (const name of ['Time series (CSV)', 'Summary (JSON)', 'Scenario (JSON)']) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    expect((await readFile(await file.path(), 'utf8')).length).toBeGreaterThan(0);
  }
  // The chart's picture is drawn from a data: SVG and saved through a blob: address.
  await page.evaluate(() =>
    Object.defineProperty(navigator.clipboard, 'write', {
      value: () => Promise.reject(new DOMException('Refused for the test', 'NotAllowedError')),
    }),
  );
  const [picture] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Copy as image: Drops chart' }).click(),
  ]);
  expect((await readFile(await picture.path())).subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(await watch.violations()).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('an exercise check runs in its worker, with a pack from another site', async ({ page }) => {
  const watch = await watchPolicy(page);
  const pack = { ...BUILT_IN_PACK, id: 'elsewhere', title: 'From elsewhere' };
  await page.route('https://packs.example.test/**', (route) =>
    route.fulfill({
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify(pack),
    }),
  );
  const exercise = BUILT_IN_PACK.exercises[0]!;
  await page.goto(
    `./?pack=${encodeURIComponent('https://packs.example.test/team.json')}&exercise=${exercise.id}`,
  );
  const panel = page.getByTestId('exercise-panel');
  await expect(panel.getByText(/· From elsewhere/)).toBeVisible({ timeout: 30_000 });
  await panel.getByRole('button', { name: 'Check my answer' }).click();
  await expect(panel.getByTestId('check-report')).toBeVisible({ timeout: 60_000 });
  expect(await watch.violations()).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('the comparison and the game run within the policy', async ({ page }) => {
  const watch = await watchPolicy(page);
  await page.goto('./compare.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.chart-plot svg').first()).toBeVisible({ timeout: 30_000 });
  await page.goto('./game.html?seed=3&speed=4');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect
    .poll(() => page.getByTestId('game-time').getAttribute('data-value'), { timeout: 20_000 })
    .not.toBe('0');
  expect(await watch.violations()).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test.describe('the embed', () => {
  let site: StaticSite;
  const SUB_PATH = '/blog/tools/playground/';

  test.beforeAll(async () => {
    const figure = `<div data-backpressure-playground data-preset="drop-oldest" data-charts="depth,drops" data-controls="full"></div>`;
    site = await serveStatic(OUT_DIR, SUB_PATH, {
      '/post.html': `<!doctype html><title>A host's post</title><link rel="icon" href="data:,">
        <p>A figure:</p>${figure}<script src="${SUB_PATH}embed.js"></script>`,
      '/sandboxed.html': `<!doctype html><title>Sandboxed host</title><link rel="icon" href="data:,">
        <iframe sandbox="allow-scripts" src="${SUB_PATH}embed.html?preset=block&charts=depth"
          style="width:800px;height:900px;border:0" title="A sandboxed figure"></iframe>`,
    });
  });
  test.afterAll(async () => {
    await site.close();
  });

  test('runs within the policy on its own, in a host page and in a sandbox', async ({ page }) => {
    const watch = await watchPolicy(page);
    for (const address of [
      `${site.url}embed.html?preset=drop-oldest&charts=all&controls=full`,
      `${site.origin}/post.html`,
      `${site.origin}/sandboxed.html`,
    ]) {
      await page.goto(address);
      const frame = address.includes('embed.html')
        ? page.mainFrame()
        : await (await page.locator('iframe').elementHandle())!.contentFrame();
      expect(frame, address).not.toBeNull();
      await expect
        .poll(
          () => frame!.evaluate(() => Number(document.getElementById('embed')?.dataset.simTime)),
          {
            timeout: 30_000,
          },
        )
        .toBeGreaterThan(0);
      await expect(frame!.locator('.chart-plot svg').first()).toBeVisible({ timeout: 20_000 });
      expect(await watch.violations(), address).toEqual([]);
    }
    expect(watch.errors).toEqual([]);
  });
});
