import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { VIOLATIONS_ONLY } from './support/axe.ts';
import { expect, test, type Download, type Page } from '@playwright/test';
import { summaryJson } from '../src/cli-support/formatSummary.ts';
import { createSimulation } from '../src/sim/engine.ts';
import { parseScenario } from '../src/sim/parseScenario.ts';
import { presetScenario } from '../src/sim/presets.ts';
import type { Scenario } from '../src/sim/scenario.ts';
import { LocalDriver } from '../src/driver/localDriver.ts';
import { decodeShareQuery, encodeShareQuery } from '../src/share/shareLink.ts';
import { watchErrors } from './support/watchErrors.ts';

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpressure Playground');
  // The settings load just after the first paint; the seed field is in them.
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toBeVisible({ timeout: 30_000 });
}

/** Paused, at simulated time zero, so what follows is the same in every page. */
async function pauseAtStart(page: Page): Promise<void> {
  const pause = page.getByRole('button', { name: 'Pause' });
  if (await pause.isVisible()) await pause.click();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('sim-clock')).toContainText('t = 0.000 s');
}

async function setSeed(page: Page, seed: number): Promise<void> {
  const field = page.getByRole('spinbutton', { name: 'Seed' });
  await field.fill(String(seed));
  await field.press('Enter');
  await expect(field).toHaveValue(String(seed));
}

async function openShareMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Share and export' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  // The panel loads on first use.
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible({ timeout: 15_000 });
}

async function download(page: Page, name: string): Promise<{ file: Download; text: string }> {
  await openShareMenu(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { file, text: await readFile(await file.path(), 'utf8') };
}

/** The clock and every live number, as the page shows them. */
async function readings(page: Page): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {
    clock: await page.getByTestId('sim-clock').innerText(),
  };
  for (const item of await page.locator('[data-testid^="live-"]').all()) {
    out[(await item.getAttribute('data-testid')) ?? '?'] = await item.getAttribute('data-value');
  }
  return out;
}

/** Readings once the page has stopped changing (a run in a worker reports a moment later). */
async function settledReadings(page: Page): Promise<Record<string, string | null>> {
  let last = await readings(page);
  await expect
    .poll(async () => {
      const now = await readings(page);
      const same = JSON.stringify(now) === JSON.stringify(last);
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

/**
 * The clock's text after `times` presses of Step from time zero, as the page's own driver steps,
 * worked out here. Only a step that shows on the clock tells that every press has been answered, so
 * the last one must change the text.
 */
function clockAfterSteps(scenario: Scenario, times: number): string {
  const driver = new LocalDriver(scenario);
  const texts: string[] = [];
  for (let i = 0; i < times; i++) {
    driver.step();
    texts.push(`t = ${(driver.engine.now / 1000).toFixed(3)} s`);
  }
  const [previous, last] = texts.slice(-2);
  if (last === undefined || last === previous)
    throw new Error(`step ${times} does not move the clock on; choose another number of steps`);
  return last;
}

async function step(page: Page, times: number): Promise<void> {
  await page.getByRole('button', { name: 'Step', exact: true }).focus();
  for (let i = 0; i < times; i++) await page.keyboard.press('Enter');
}

/** Changes the producer's rate with the keyboard, as a reader would. */
async function nudgeProducerRate(page: Page, presses: number): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Producer rate' });
  await slider.focus();
  for (let i = 0; i < presses; i++) await slider.press('ArrowRight');
}

/** JSON text (not an object, so a `__proto__` key stays a key) as a link's `s` parameter. */
const s = (json: string) => Buffer.from(json).toString('base64url');

/** A scenario file dropped on the page, as a browser's drag and drop delivers it. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/json' }));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(
        new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    [name, text] as const,
  );
  await expect(page.getByTestId('drop-target')).toBeVisible();
  await expect(page.getByTestId('drop-target')).toContainText('Drop a scenario file');
  await page.evaluate(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/json' }));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    [name, text] as const,
  );
  await expect(page.getByTestId('drop-target')).toBeHidden();
}

async function importFile(page: Page, name: string, text: string | Buffer): Promise<void> {
  await openShareMenu(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import a scenario file…' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

// The machine running these may be slow and shared.
test.describe.configure({ timeout: 180_000 });

test('a copied link opens the same run: the same numbers after the same steps', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = watchErrors(page);
  await open(page, '?preset=drop-oldest');
  await pauseAtStart(page);
  await setSeed(page, 4242);
  await nudgeProducerRate(page, 6);
  await page.getByRole('slider', { name: 'Queue capacity' }).focus();
  await page.keyboard.press('ArrowLeft');

  await openShareMenu(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('link-status')).toContainText('Link copied');
  const link = await page.getByTestId('share-url').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link).toMatch(/[?&]seed=4242/);
  await page.keyboard.press('Escape');

  const other = await context.newPage();
  const otherErrors = watchErrors(other);
  await other.goto(link);
  await expect(other.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('4242', {
    timeout: 30_000,
  });
  await expect(other.getByTestId('value-workload.pattern.ratePerSec')).toHaveText(
    await page.getByTestId('value-workload.pattern.ratePerSec').innerText(),
  );

  // Both start again from zero and take the same steps; every number must agree.
  const decoded = decodeShareQuery(new URL(link).search);
  if (!decoded.ok) throw new Error(`the copied link does not open: ${link}`);
  const clock = clockAfterSteps(decoded.scenario, 25);
  await pauseAtStart(page);
  await pauseAtStart(other);
  await step(page, 25);
  await step(other, 25);
  // Each page has shown the result of its last step (the worker answers each step in turn).
  await expect(page.getByTestId('sim-clock')).toContainText(clock);
  await expect(other.getByTestId('sim-clock')).toContainText(clock);
  const mine = await readings(page);
  expect(mine.clock).not.toContain('t = 0.000 s');
  expect(await readings(other)).toEqual(mine);

  // The summaries (every counter, to full precision) agree as well.
  const a = JSON.parse((await download(page, 'Summary (JSON)')).text);
  const b = JSON.parse((await download(other, 'Summary (JSON)')).text);
  expect(a.produced).toBeGreaterThan(0);
  expect(b).toEqual(a);
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});

test('the address bar follows the scenario, so a reload restores it', async ({ page }) => {
  await open(page);
  await setSeed(page, 777);
  await page.waitForURL(/seed=777/);
  // The address is written a moment after each change: wait for the one the strategy makes.
  const seedOnly = page.url();
  await page.getByRole('radio', { name: /Drop the oldest/ }).check();
  await page.waitForURL((url) => url.href !== seedOnly && /seed=777/.test(url.href));
  const before = await page.getByTestId('value-workload.pattern.ratePerSec').innerText();
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('777', {
    timeout: 30_000,
  });
  await expect(page.getByRole('radio', { name: /Drop the oldest/ })).toBeChecked();
  await expect(page.getByTestId('value-workload.pattern.ratePerSec')).toHaveText(before);
  await expect(page.getByTestId('problems-notice')).toHaveCount(0);
});

test('copying a link where the clipboard is refused selects it for copying by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', {
      value: () => Promise.reject(new DOMException('Refused for the test', 'NotAllowedError')),
    });
  });
  await open(page);
  await openShareMenu(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('link-status')).toContainText('The link is selected');
  const field = page.getByTestId('share-url');
  await expect(field).toBeFocused();
  const selected = await field.evaluate((el: HTMLInputElement) =>
    el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
  );
  expect(selected).toBe(await field.inputValue());
});

test.describe('hostile or damaged links open the defaults and say why', () => {
  const cases: [string, string, string][] = [
    ['__proto__ in the scenario', `?v=1&s=${s('{"__proto__":{"polluted":true}}')}`, '__proto__'],
    ['an enormous number', `?v=1&s=${s('{"queue":{"capacity":1e308}}')}`, 'queue.capacity'],
    ['a seed out of range', '?preset=drop-oldest&seed=99999999999999', 'seed'],
    ['truncated base64', `?v=1&s=${s('{"queue":{"capacity":5}}').slice(0, 9)}`, 's'],
    ['an unknown field', `?v=1&s=${s('{"bogus":1}')}`, 'bogus'],
    ['an unknown preset', '?preset=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'preset'],
  ];
  // One page follows every link in turn: each is a fresh load of its own, from a warm cache.
  test('each of them', async ({ page }) => {
    const errors = watchErrors(page);
    for (const [what, query, field] of cases) {
      await test.step(what, async () => {
        await open(page, query);
        const notice = page.getByTestId('problems-notice');
        await expect(notice).toContainText(
          'This link could not be opened, so the playground shows its defaults instead.',
        );
        await expect(notice.locator('li code')).toHaveText([field]);
        // It heads the page, above the stage, where a reader who just followed the link looks first.
        const noticeBox = await notice.boundingBox();
        const stageBox = await page.getByRole('region', { name: 'The system' }).boundingBox();
        expect(noticeBox!.y).toBeLessThan(stageBox!.y);
        // The defaults are running: the first preset, playing.
        await expect(page.getByRole('radio', { name: /No backpressure/ })).toBeChecked();
        await expect.poll(() => page.getByTestId('sim-clock').innerText()).not.toContain('0.000');
        expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
        expect(errors, what).toEqual([]);

        await notice.getByRole('button', { name: 'Dismiss' }).click();
        await expect(notice).toHaveCount(0);
      });
    }
  });
});

test('the series downloads as CSV and the summary as JSON, matching the page', async ({ page }) => {
  await open(page, '?preset=drop-oldest&seed=3');
  const speed = page.getByRole('slider', { name: 'Speed' });
  await speed.focus();
  await speed.press('End');
  await expect
    .poll(async () =>
      Number(/t = ([\d.]+) s/.exec(await page.getByTestId('sim-clock').innerText())?.[1]),
    )
    .toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Pause' }).click();
  // The page and both files, taken together: the page must read the same before and after the
  // downloads, or a last refresh from the worker landed meanwhile and the round starts again.
  let shown: Record<string, string | null> = {};
  let csv!: Awaited<ReturnType<typeof download>>;
  let summary!: Awaited<ReturnType<typeof download>>;
  await expect(async () => {
    shown = await settledReadings(page);
    csv = await download(page, 'Time series (CSV)');
    await expect(page.getByTestId('download-status')).toContainText(csv.file.suggestedFilename());
    summary = await download(page, 'Summary (JSON)');
    expect(await readings(page)).toEqual(shown);
  }).toPass();
  const clockMs = Math.round(Number(/t = ([\d.]+) s/.exec(shown.clock ?? '')?.[1]) * 1000);
  expect(clockMs).toBeGreaterThan(0);

  expect(csv.file.suggestedFilename()).toBe(
    `backpressure-drop-oldest-seed3-at-${clockMs / 1000}s-series.csv`,
  );
  const lines = csv.text.trimEnd().split('\n');
  const header = lines[0]?.split(',') ?? [];
  expect(header.slice(0, 3)).toEqual(['t', 'depth', 'inService']);
  expect(header).toContain('drop:evicted-oldest');
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line.split(',')).toHaveLength(header.length);
  const lastT = Number(lines.at(-1)?.split(',')[0]);
  expect(lastT).toBeLessThanOrEqual(clockMs);

  expect(summary.file.suggestedFilename()).toMatch(/-summary\.json$/);
  const json = JSON.parse(summary.text);
  // The clock shows whole milliseconds; the run itself stops between them.
  expect(json.seed).toBe(3);
  expect(Math.abs(json.timeMs - clockMs)).toBeLessThanOrEqual(0.5);
  expect(json.durationSec).toBe(json.timeMs / 1000);
  expect(json.dropped.total).toBeGreaterThan(0);
  expect(String(json.delivered)).toBe(shown['live-delivered']);
  expect(String(json.queueDepth.now)).toBe(shown['live-depth']);
});

test('an exported scenario imports again, as a new run that can be undone', async ({ page }) => {
  await open(page, '?preset=drop-oldest');
  await setSeed(page, 31);
  await nudgeProducerRate(page, 4);
  const exported = await download(page, 'Scenario (JSON)');
  expect(exported.file.suggestedFilename()).toBe('drop-oldest-seed31.scenario.json');
  const scenario = JSON.parse(exported.text);
  expect(scenario).toMatchObject({ version: 1, seed: 31, queue: { whenFull: 'drop-oldest' } });
  expect(scenario).not.toHaveProperty('$schema');
  const rate = await page.getByTestId('value-workload.pattern.ratePerSec').innerText();

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Go buffered channel', exact: true }).click();
  await expect(page.getByRole('radio', { name: /Block the producer/ })).toBeChecked();

  await importFile(page, exported.file.suggestedFilename(), exported.text);
  const result = page.getByTestId('import-result');
  await expect(result).toContainText(`from ${exported.file.suggestedFilename()} as a new run`);
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('31');
  await expect(page.getByRole('radio', { name: /Drop the oldest/ })).toBeChecked();
  await expect(page.getByTestId('value-workload.pattern.ratePerSec')).toHaveText(rate);
  await expect(page.getByTestId('sim-clock')).toBeVisible();
  const again = await download(page, 'Scenario (JSON)');
  expect(JSON.parse(again.text)).toEqual(scenario);

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('radio', { name: /Block the producer/ })).toBeChecked();
  await expect(page.getByTestId('import-result')).toHaveCount(0);
});

test.describe('an invalid file is refused by field, and changes nothing', () => {
  const files: [string, string | Buffer, string[]][] = [
    [
      'wrong values',
      JSON.stringify({ seed: 'x', queue: { capacity: -3 }, bogus: 1 }),
      ['seed', 'queue.capacity', 'bogus'],
    ],
    ['not JSON', '{ "seed": 4,\n  "queue" }', []],
    ['a list', '[1, 2, 3]', []],
    ['too large', Buffer.alloc(1_200_000, 32), []],
    // Once a stack overflow: the import failed without a word.
    ['nested too deeply', `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`, []],
  ];
  // One page takes every bad file in turn: each must leave it exactly as it was.
  test('each of them', async ({ page }) => {
    await open(page, '?preset=credit-window&seed=12');
    await openShareMenu(page);
    const link = await page.getByTestId('share-url').inputValue();
    for (const [i, [what, content, fields]] of files.entries()) {
      await test.step(what, async () => {
        // A name of its own, so the result read is this file's, not the one before.
        const name = `bad-${i + 1}.scenario.json`;
        await importFile(page, name, content);
        const result = page.getByTestId('import-result');
        await expect(result).toContainText(`${name} was not loaded, and nothing changed`);
        await expect(result).toHaveAttribute('role', 'alert');
        const listed = await result.locator('li code').allInnerTexts();
        expect(listed.sort()).toEqual([...fields].sort());
        if (fields.length === 0) await expect(result.locator('li')).toHaveCount(1);
        if (what === 'not JSON') await expect(result).toContainText('line 2, column 11');
        if (what === 'too large') await expect(result).toContainText('1.2 MB');
        if (what === 'nested too deeply')
          await expect(result).toContainText('is nested too deeply (more than 64 levels)');
        await expect(page.getByTestId('share-url')).toHaveValue(link);
        await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('12');
        // Nothing to undo: no way back is offered.
        await expect(page.getByRole('button', { name: 'Undo last change' })).toHaveCount(0);
        // The settings' own notice stays quiet: the file's problems are not the scenario's.
        await expect(page.getByTestId('problems-notice')).toHaveCount(0);
      });
    }
  });
});

test('a scenario file dropped on the page loads, and a bad one is explained', async ({ page }) => {
  await open(page);
  await dropFile(page, 'dropped.json', JSON.stringify({ name: 'Dropped in', seed: 55 }));
  await expect(page.getByTestId('import-result')).toContainText(
    'Loaded “Dropped in” from dropped.json as a new run.',
  );
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('55');

  await page.keyboard.press('Escape');
  await dropFile(page, 'worse.json', JSON.stringify({ consumers: { count: 0 } }));
  await expect(page.getByTestId('import-result')).toContainText('worse.json was not loaded');
  await expect(page.getByTestId('import-result').locator('code')).toHaveText(['consumers.count']);
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('55');

  // A drag that leaves the page without dropping takes the target away again.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{}'], 'x.json'));
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
  });
  await expect(page.getByTestId('drop-target')).toBeVisible();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{}'], 'x.json'));
    document.body.dispatchEvent(new DragEvent('dragleave', { dataTransfer: data, bubbles: true }));
  });
  await expect(page.getByTestId('drop-target')).toBeHidden();
});

test.describe('a chart as an image', () => {
  test('is copied to the clipboard as a PNG with room for its title and legend', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    // A chart of the section below the stage, where each has its image button.
    const chart = page.getByTestId('chart-drops');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.chart-plot svg')).toBeVisible({ timeout: 15_000 });
    const plot = await chart.locator('.chart-plot svg').boundingBox();
    await page.getByRole('button', { name: 'Copy as image: Drops chart' }).click();
    await expect(chart.getByRole('status')).toHaveText('Copied the “Drops” chart as an image.');
    const image = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item!.getType('image/png');
      const bitmap = await createImageBitmap(blob);
      return { width: bitmap.width, height: bitmap.height, type: blob.type };
    });
    expect(image.type).toBe('image/png');
    // Twice the CSS size, with padding, a title row and a legend row around the plot.
    expect(image.width).toBe(2 * (Math.round(plot!.width) + 24));
    expect(image.height).toBeGreaterThan(2 * (Math.round(plot!.height) + 40));
  });

  test('is downloaded when the browser will not take images', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'write', {
        value: () => Promise.reject(new DOMException('Refused for the test', 'NotAllowedError')),
      });
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '?preset=drop-oldest&seed=8');
    await expect(page.getByTestId('chart-drops').locator('.chart-plot svg')).toBeVisible({
      timeout: 15_000,
    });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Copy as image: Drops chart' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(
      /^backpressure-drop-oldest-seed8-at-[\d.]+s-drops\.png$/,
    );
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    await expect(page.getByTestId('chart-drops').getByRole('status')).toContainText(
      'does not allow copying images, so the chart was downloaded',
    );
    // The dark theme's background travels into the picture: its first pixel is dark.
    const corner = await page.evaluate(
      async (data) => {
        const blob = new Blob([new Uint8Array(data)], { type: 'image/png' });
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return [...context.getImageData(2, 2, 1, 1).data];
      },
      [...bytes],
    );
    expect(corner[0]! + corner[1]! + corner[2]!).toBeLessThan(3 * 80);
  });
});

test('the share panel has no serious accessibility problems, in light and dark', async ({
  page,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await open(page);
    await page.getByRole('button', { name: 'Pause' }).click();
    await importFile(page, 'bad.json', '{"seed": -1}');
    await expect(page.getByTestId('import-result')).toBeVisible();
    const results = await new AxeBuilder({ page })
      .options(VIOLATIONS_ONLY)
      .include('.share-menu')
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  }
});

test.describe('the browser and Node give the same run, number for number', () => {
  /**
   * Waves of arrivals, log-normal service and jittered exponential backoff: every sampler and
   * pattern that needs exp, log, sin or cos, which browsers and Node round differently unless the
   * core brings its own (src/sim/portableMath).
   */
  const curves = parseScenario({
    ...presetScenario('reject-with-retries'),
    name: 'Waves, log-normal service, jittered backoff',
    workload: { pattern: { kind: 'sine', meanRatePerSec: 90, amplitudePerSec: 60, periodMs: 700 } },
    consumers: { count: 2, service: { kind: 'lognormal', meanMs: 18, sigma: 0.8 } },
  });
  if (!curves.ok) throw new Error(JSON.stringify(curves.problems));
  // In the worker, and once with the engine on the page itself.
  const runs: readonly (readonly [string, Scenario, string])[] = [
    ['reject-with-retries', presetScenario('reject-with-retries'), '?preset=reject-with-retries'],
    ['add-consumers', presetScenario('add-consumers'), '?preset=add-consumers'],
    ['kafka', presetScenario('kafka'), '?preset=kafka'],
    ['kafka on the page', presetScenario('kafka'), '?preset=kafka&sim=main'],
    [
      'waves, log-normal service, jittered backoff',
      curves.value,
      `?${encodeShareQuery(curves.value)}`,
    ],
  ];
  for (const [name, scenario, query] of runs) {
    test(name, async ({ page }) => {
      await open(page, `${query.replace(/&?seed=\d+/, '')}&seed=5`);
      const speed = page.getByRole('slider', { name: 'Speed' });
      await speed.focus();
      await speed.press('End');
      await expect
        .poll(async () =>
          Number(/t = ([\d.]+) s/.exec(await page.getByTestId('sim-clock').innerText())?.[1]),
        )
        .toBeGreaterThan(5);
      await page.getByRole('button', { name: 'Pause' }).click();
      await settledReadings(page);
      const fromBrowser = JSON.parse((await download(page, 'Summary (JSON)')).text);

      // The same scenario, run in this Node process to the very time the browser stopped at.
      const sim = createSimulation({ ...scenario, seed: 5 }, { eventCapacity: 0 });
      sim.advanceTo(fromBrowser.timeMs);
      const fromNode = summaryJson(sim.summary(), {
        scenarioName: scenario.name,
        seed: 5,
        durationSec: fromBrowser.timeMs / 1000,
      });
      expect(fromBrowser.produced).toBeGreaterThan(100);
      expect(fromBrowser).toEqual(JSON.parse(JSON.stringify(fromNode)));
    });
  }
});

test('a link restores the speed, the advanced knobs and the chart shown large', async ({
  page,
}) => {
  await open(page, '?preset=drop-oldest&seed=4&speed=10&advanced=1&chart=latency');
  await expect(page.getByTestId('speed-value')).toHaveText('10×');
  await expect(page.getByRole('checkbox', { name: /Advanced/ })).toBeChecked();
  await expect(page.getByTestId('chart-latency')).toBeVisible();
  // Shown large, alone among the charts below the stage (the depth chart keeps its place beside it).
  await expect(page.locator('.charts-area [data-testid^="chart-"]')).toHaveCount(1);
  await expect(page.getByTestId('problems-notice')).toHaveCount(0);
  // And the address keeps saying so after a change.
  await page.getByRole('button', { name: 'All charts' }).click();
  await page.waitForURL((url) => !url.searchParams.has('chart') && url.searchParams.has('speed'));
});

test('a link with unusable view options opens its scenario and says what was ignored', async ({
  page,
}) => {
  await open(page, '?preset=block&seed=4&speed=fast&chart=pie');
  await expect(page.getByRole('radio', { name: /Block the producer/ })).toBeChecked();
  await expect(page.getByTestId('speed-value')).toHaveText('1×');
  const notice = page.getByTestId('problems-notice');
  await expect(notice).toContainText('some of its display options');
  await expect(notice).toContainText('speed');
  await expect(notice).toContainText('chart');
});
