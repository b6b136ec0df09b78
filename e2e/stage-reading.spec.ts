/**
 * Reading the stage: following one message by keyboard or by pointer, with its story told in words;
 * the "How to read this" legend; moments announced to screen readers; and the stage writing the same
 * numbers as the live cards at the same instant.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  readLabels,
  stageCanvas,
  withStageHooks,
  type LabelsFrame,
} from './support/stageLabels.ts';

const stageWords = (page: Page) => readLabels(stageCanvas(page));

test.beforeEach(async ({ page }) => {
  await withStageHooks(page);
});

test('a keyboard reader follows the next message to leave and hears its story', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?preset=block');
  const stage = page.getByRole('img', { name: /^Stage:/ });
  const story = page.locator('.stage-story');
  await expect.poll(async () => (await stageWords(page))?.labels.length ?? 0).toBeGreaterThan(5);
  // Paused, so the followed message is still waiting when its story is read (running, the head of
  // a blocking queue can be delivered before a loaded machine looks).
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await stage.focus();
  // Focused and following nothing, the line under the stage lists the keys.
  await expect(story).toContainText('F follows the next to leave');
  await page.keyboard.press('f');
  // Waiting, or (paused the moment it was handed over) already on its way to the consumer.
  await expect(story).toHaveText(
    /^Message [\d,]+: (waiting, (next to leave|\d+ ahead of it)|joined behind \d+)/,
  );
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // The head of a blocking queue is taken by the consumer: the story ends with its delivery.
  // One state at a time: delivered, with what it went through in brackets (no "waiting" left over).
  await expect(story).toHaveText(
    /: delivered, [\d.]+ m?s in all \(waited [\d.]+ m?s, processed in [\d.]+ m?s\)\.$/,
    { timeout: 10_000 },
  );
  // The stage's keys are its own: the arrow did not step (and so pause) the run.
  await stage.focus();
  await page.keyboard.press('n');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(story).toContainText('F follows the next to leave');
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  test('a tap on a block follows it; a lost one says why; no keys are offered', async ({
    page,
  }) => {
    await page.goto('./?preset=drop-oldest');
    const canvas = page.locator('[data-testid="stage"] canvas');
    await expect.poll(async () => (await stageWords(page))?.labels.length ?? 0).toBeGreaterThan(5);
    const story = page.locator('.stage-story');
    const followed = /^Message [\d,]+: /;
    // Keep clicking on the full well until a block is under the pointer. Each click waits a moment
    // for its story, so no later click picks another block while the first one's story is on its way.
    await expect
      .poll(
        async () => {
          const now = (await story.textContent()) ?? '';
          if (followed.test(now)) return now;
          const box = await canvas.boundingBox();
          if (box === null) return '';
          await canvas.tap({ position: { x: box.width * 0.48, y: box.height * 0.72 } });
          return story
            .filter({ hasText: followed })
            .textContent({ timeout: 5_000 })
            .catch(() => '');
        },
        { timeout: 30_000 },
      )
      .toMatch(followed);
    // The followed block's story ends by telling how it ended, however busy the machine: a block
    // picked from a picture a few frames old may have left already, and its story hears that too.
    await expect(story).toHaveText(
      /: (pushed out as the oldest waiting, to make room for a newer message|delivered, [\d.]+ m?s in all( \(.*\))?)\.$/,
      { timeout: 15_000 },
    );
    // The tap focused the stage, but a phone has no keys: Esc's line is not offered, nor F's.
    await page.getByRole('button', { name: 'Pause', exact: true }).tap();
    await canvas.evaluate((el) => el.focus());
    await expect(story).toHaveText('Click or tap a block to follow it.');
  });
});

test('"How to read this" explains every mark on the stage, and closes back to its button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto('./?preset=kafka');
  const button = page.getByRole('button', { name: 'How to read this' });
  await button.click();
  const legend = page.getByRole('dialog', { name: 'How to read the stage' });
  await expect(legend).toBeVisible();
  for (const words of [
    'Blocks',
    'Next and newest',
    'Striped cells and “×N”',
    'Memory gauge',
    'Partitions',
    'Traffic light',
    'Credit meter',
    'The wire',
    'Retry tray',
    'Out of memory',
    'Done',
  ])
    await expect(legend.getByText(words, { exact: true }).first()).toBeVisible();
  // Every drop reason, each with its swatch.
  for (const reason of ['Lost in out-of-memory crash', 'Replaced by newer (same key)', 'Expired'])
    await expect(legend.locator('dt', { hasText: reason }).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(legend).toBeHidden();
  await expect(button).toBeFocused();
});

test('a moment is called out on the stage and told to screen readers', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Every word any stage reports, from the start: a callout lasts only a few seconds.
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { __stageWordsSeen: Set<string> }).__stageWordsSeen = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const raw = (r.target as HTMLElement).dataset.labels;
        if (raw === undefined) continue;
        for (const l of (JSON.parse(raw) as LabelsFrame).labels) seen.add(l.text);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-labels'] });
  });
  await page.goto('./?preset=block');
  await expect(page.getByTestId('stage-moments')).toHaveText(
    'The queue is full, so the producer is blocked until there is room.',
  );
  await expect
    .poll(() =>
      page.evaluate(() => [
        ...(window as unknown as { __stageWordsSeen: Set<string> }).__stageWordsSeen,
      ]),
    )
    // Blocked about a third of the time under a mostly green light: the tag says "at times".
    .toContain('Producer blocked at times');
});

test('the stage and the cards state the same numbers at the same instant', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?preset=add-consumers');
  await expect(page.locator('[data-testid="stage"] canvas')).toHaveAttribute('data-labels', /Done/);
  // Record, as it happens, every instant the cards show (with the clock beside them) and every
  // set of words the stage reports.
  await page.evaluate(() => {
    const w = window as unknown as {
      __cards: Record<string, { waiting: string; done: string }>;
      __stage: Record<string, string[]>;
    };
    w.__cards = {};
    w.__stage = {};
    const value = (id: string) =>
      document.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.dataset.value ?? '';
    new MutationObserver(() => {
      const clock = /t = ([\d.]+) s/.exec(document.querySelector('.transport')?.textContent ?? '');
      if (clock === null) return;
      w.__cards[clock[1] as string] = {
        waiting: Number(value('live-depth')).toLocaleString('en-US'),
        done: Number(value('live-delivered')).toLocaleString('en-US'),
      };
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    const canvas = document.querySelector('[data-testid="stage"] canvas') as HTMLElement;
    new MutationObserver(() => {
      const frame = JSON.parse(canvas.dataset.labels ?? '{}') as {
        timeMs: number;
        labels: { text: string }[];
      };
      w.__stage[(frame.timeMs / 1000).toFixed(3)] = frame.labels.map((l) => l.text);
    }).observe(canvas, { attributes: true, attributeFilter: ['data-labels'] });
  });
  const recorded = () =>
    page.evaluate(() => {
      const w = window as unknown as {
        __cards: Record<string, { waiting: string; done: string }>;
        __stage: Record<string, string[]>;
      };
      return { cards: w.__cards, stage: w.__stage };
    });
  await expect
    .poll(async () => Object.keys((await recorded()).stage).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(15);
  const { cards, stage } = await recorded();
  // The stage only ever writes the numbers of an instant the cards showed (never the newer ones of
  // its own frame), and at that instant both say the same.
  const disagreements: string[] = [];
  const unshown: string[] = [];
  for (const [time, words] of Object.entries(stage)) {
    const card = cards[time];
    if (card === undefined) {
      unshown.push(time);
      continue;
    }
    const done = words[words.indexOf('Done') + 1];
    if (!words.some((w) => w.startsWith(`${card.waiting} of `)))
      disagreements.push(`at ${time} s the cards say ${card.waiting} waiting`);
    if (done !== card.done)
      disagreements.push(`at ${time} s the stage says ${done} done, the cards ${card.done}`);
  }
  expect(disagreements).toEqual([]);
  // On a busy machine the page can take two of the worker's frames in one of its own, and the cards
  // then never show the first (issue 10 keeps this open: the page should acknowledge each one). The
  // stage may run ahead of the cards that rarely, never as a rule.
  const instants = Object.keys(stage).length;
  expect(
    unshown.length,
    `stage instants the cards never showed: ${unshown.join(', ')}`,
  ).toBeLessThanOrEqual(Math.floor(instants / 5));
});

test('a crash reads "consumer down, restarting in …" on the stage', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?preset=no-backpressure&speed=4');
  await expect
    .poll(async () => (await stageWords(page))?.labels.map((l) => l.text).join(' | ') ?? '', {
      // The first crash comes after about 10 simulated seconds, and the banner stays for 3: on a
      // busy machine the page runs well below 4×, so this waits for the state, not for a time.
      timeout: 50_000,
    })
    // On one line, or on two where the well is narrower than the words (the banner keeps within it).
    .toMatch(/consumer down,( \|)? restarting in [\d.]+ m?s/);
});
