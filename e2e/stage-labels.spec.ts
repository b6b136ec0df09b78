/**
 * No word on the stage is cut short, too small, off its canvas or on top of another, at 360, 700,
 * 1280 and 1440 px, in the playground, the embed and every compare column, through the scenarios
 * that put the most words on it (every drop reason, Kafka's partitions, credits, autoscaling, a
 * crash). Read through the stage's test hook: with `window.__stageTestHooks` set before the page
 * loads, each stage canvas carries the words it last drew, with their boxes, in `data-labels`
 * (see src/ui/stage/stageShell.ts). Every frame reported while a scenario plays out is checked.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { positionOf } from '../src/domain/scale.ts';
import { SPEED_RANGE } from '../src/domain/speed.ts';
import { labelFaults, type LabelsFrame } from './support/stageLabels.ts';

const WIDTHS = [
  { width: 360, height: 740 },
  { width: 700, height: 900 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

/** What each scenario must have shown before the check counts (any of the words, per entry). */
/** What a striped cell holds, said under the well in plain words (never "×20" on the cells). */
const PACKED = /holds (up to )?[\d,]+|up to [\d,]+|[\d,]+ per (striped )?cell|^(now )?[\d,]+ each$/;
const SCENARIOS: { preset: string; shows: RegExp[] }[] = [
  { preset: 'no-backpressure', shows: [/Out of memory|Crashed/, PACKED] },
  { preset: 'kafka', shows: [/Expired/, PACKED] },
  { preset: 'credit-window', shows: [/^Credits|^\d+\/\d+$/] },
  { preset: 'add-consumers', shows: [/Rejected/, /^W2|Worker 2|consumers/] },
  { preset: 'reject-with-retries', shows: [/Gave up/, /^Retry/] },
  { preset: 'slow-down-signal', shows: [/signals/] },
  // The pointers beside the well keyed in words at every width: a phone had bare arrow heads.
  { preset: 'drop-oldest', shows: [/Oldest/, /^next$/, /^newest$/] },
  { preset: 'drop-youngest', shows: [/Newest/] },
  { preset: 'drop-all', shows: [/Flushed/] },
  { preset: 'drop-lowest-priority', shows: [/[Pp]riority/] },
  { preset: 'latest-per-key', shows: [/Replaced/] },
  { preset: 'nginx-limit-req', shows: [/Rate/] },
];

/**
 * Every report each canvas made since the last call (recorded as it happens, see `hooked`), and its
 * width on the page now.
 */
async function takeFrames(
  canvases: Locator,
): Promise<{ frames: LabelsFrame[]; widthNow: number }[]> {
  const raw = await canvases.evaluateAll((els) =>
    els.map((el) => {
      const held = el as HTMLElement & { __labelReports?: string[] };
      const reports = held.__labelReports ?? [];
      held.__labelReports = [];
      return { reports, widthNow: el.clientWidth };
    }),
  );
  return raw.map(({ reports, widthNow }) => ({
    frames: reports.map((r) => JSON.parse(r) as LabelsFrame),
    widthNow,
  }));
}

/**
 * Checks every frame the stages report until each has shown what it should (and has reported a few
 * frames since), and returns the faults found, each with where it was seen.
 */
async function watchStages(
  canvases: Locator,
  shows: RegExp[][],
  minTimeMs: number,
  where: string,
): Promise<string[]> {
  const count = shows.length;
  await expect(canvases).toHaveCount(count, { timeout: 30_000 });
  const found = new Set<string>();
  const frames = Array.from({ length: count }, () => new Set<number>());
  const words = Array.from({ length: count }, () => new Set<string>());
  /** What stage `i` has yet to show: the words missing, too few frames, too little time. */
  const pending = (i: number): string[] => {
    const seen = [...(words[i] as Set<string>)];
    const missing = (shows[i] ?? []).filter((re) => !seen.some((w) => re.test(w)));
    const times = [...(frames[i] as Set<number>)];
    const out = missing.map((re) => `${where} #${i + 1}: nothing matching ${re} yet`);
    if (times.length < 6) out.push(`${where} #${i + 1}: ${times.length} frames so far`);
    if (Math.max(0, ...times) < minTimeMs)
      out.push(`${where} #${i + 1}: at ${Math.round(Math.max(0, ...times))} ms`);
    return out;
  };
  await expect
    .poll(
      async () => {
        for (const [i, { frames: reported, widthNow }] of (await takeFrames(canvases)).entries())
          for (const frame of reported) {
            for (const f of labelFaults(frame, { minPx: 12 }))
              found.add(`${where} #${i + 1}: ${f}`);
            // After a resize the hook may still report a frame drawn at the old width: only
            // frames drawn at the width the canvas has now count towards what it must show.
            if (Math.abs(frame.width - widthNow) > 1) continue;
            (frames[i] as Set<number>).add(frame.timeMs);
            for (const l of frame.labels) (words[i] as Set<string>).add(l.text);
          }
        return Array.from({ length: count }, (_, i) => pending(i)).flat();
      },
      { timeout: 60_000, intervals: [120] },
    )
    .toEqual([]);
  return [...found];
}

/**
 * Asks the page for the stage's test hook, and keeps every report each canvas makes (on the canvas,
 * until `takeFrames` takes them): polling the attribute alone would see one report in several.
 */
async function hooked(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.addInitScript(() => {
    (window as unknown as { __stageTestHooks: boolean }).__stageTestHooks = true;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement & { __labelReports?: string[] };
        const raw = el.dataset.labels;
        if (raw !== undefined) (el.__labelReports ??= []).push(raw);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-labels'] });
  });
}

/**
 * Loads the next preset in the same page, as its chip in the preset list does: a page load costs the
 * machine more than watching the scenario does. Paused first, so that every frame the hook reports
 * after the new run's first (at 0 ms) is the new run's, never one of the old run's still on its way.
 */
async function switchPreset(page: Page, canvas: Locator, preset: string): Promise<void> {
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // The chip sits far below the stage on a phone; its click handler is what matters here.
  await page.locator(`[data-preset="${preset}"]`).dispatchEvent('click');
  await expect
    .poll(async () => {
      const labels = await canvas.getAttribute('data-labels');
      return labels === null ? null : (JSON.parse(labels) as LabelsFrame).timeMs;
    })
    .toBe(0);
  // The old run's reports end here: what the new run must show counts from its own frames.
  await takeFrames(canvas);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
}

test.describe.configure({ timeout: 180_000 });

for (const { width, height } of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test('the playground’s stage fits every word, through every scenario', async ({ page }) => {
      await hooked(page, width, height);
      const problems: string[] = [];
      const canvas = page.locator('[data-testid="stage"] canvas');
      for (const [i, { preset, shows }] of SCENARIOS.entries()) {
        if (i === 0) await page.goto(`./?preset=${preset}&speed=4`);
        else await switchPreset(page, canvas, preset);
        problems.push(...(await watchStages(canvas, [shows], 2000, preset)));
      }
      expect(problems).toEqual([]);
    });

    test('the embedded figure’s stage fits every word', async ({ page }) => {
      await hooked(page, width, height);
      const problems: string[] = [];
      for (const { preset, shows } of SCENARIOS.filter((_, i) => i % 2 === 0)) {
        await page.goto(`./embed.html?preset=${preset}&speed=4`);
        const canvas = page.locator('[data-testid="stage"] canvas');
        problems.push(...(await watchStages(canvas, [shows], 2000, `embed ${preset}`)));
      }
      expect(problems).toEqual([]);
    });

    test('every compare column’s stage fits every word', async ({ page }) => {
      await hooked(page, width, height);
      const problems: string[] = [];
      const sets = [
        ['no-backpressure', 'kafka', 'reject-with-retries', 'add-consumers'],
        ['credit-window', 'drop-all', 'latest-per-key', 'nginx-limit-req'],
      ];
      for (const set of sets) {
        const columns = set.map((p, i) => `${'abcd'[i]}=${p}`).join('&');
        await page.goto(`./compare.html?compare=1&${columns}`);
        // A phone's columns start without their stages (the table of differences comes first).
        const showStages = page.getByRole('checkbox', { name: 'Show each column’s stage' });
        await expect(showStages).toBeVisible({ timeout: 15_000 });
        await showStages.check();
        const stages = page.locator('[data-testid^="column-stage-"]');
        await expect(stages).toHaveCount(4);
        // At 10× each column reaches its words (and 2 simulated seconds) in a tenth of the time.
        await page.locator('#compare-speed').fill(String(positionOf(10, SPEED_RANGE)));
        await expect(page.getByTestId('compare-speed-value')).toHaveText('10×');
        // A column paints only while on screen: each is brought into view and watched in turn.
        for (let i = 0; i < 4; i++) {
          await stages.nth(i).scrollIntoViewIfNeeded();
          const canvas = stages.nth(i).locator('canvas');
          const where = `compare ${set[i]}`;
          problems.push(...(await watchStages(canvas, [[/^Done$/]], 2000, where)));
        }
      }
      expect(problems).toEqual([]);
    });
  });
}

test('the words fit under reduced motion too, where the wire counts what is on its way', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const { width, height } of [WIDTHS[0], WIDTHS[3]].filter((w) => w !== undefined)) {
    await hooked(page, width, height);
    await page.goto('./?preset=slow-down-signal&speed=2');
    // Reduced motion waits for Play in nothing but the embed: the playground runs.
    const canvas = page.locator('[data-testid="stage"] canvas');
    expect(await watchStages(canvas, [[/signals/]], 2000, `reduced ${width}`)).toEqual([]);
  }
});

test('the hook reports the same way when the stage paints on the page’s own thread', async ({
  page,
}) => {
  await hooked(page, 700, 900);
  await page.goto('./?sim=main&preset=drop-oldest&speed=4');
  const canvas = page.locator('[data-testid="stage"] canvas');
  expect(await watchStages(canvas, [[/Oldest/]], 2000, 'on the main thread')).toEqual([]);
});
