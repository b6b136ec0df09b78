/**
 * Reading the stage: following one message by keyboard or by pointer, with its story told in words;
 * the "How to read this" legend; moments announced to screen readers; and the stage writing the same
 * numbers as the live cards at the same instant.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  labelFaults,
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
  // One state at a time: delivered, with what it went through in brackets (no "waiting" left over),
  // the time it was held at the blocked producer too when it was.
  await expect(story).toHaveText(
    /: delivered, [\d.]+ m?s in all \((held at the producer [\d.]+ m?s, )?waited [\d.]+ m?s, processed in ([\d.]+ m?s|under 1 ms)(, by chance: each message's time is random, and 20 ms is the average)?\)\.$/,
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

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  test(`at ${size.width} px a followed block's ending stays, readable, marked where it ended, until the reader stops`, async ({
    page,
  }) => {
    // A reader saw "delivered, 6.9 s in all" for a second or two, in small grey beside "How to read
    // this", while their eyes were on the block (try 8 #10).
    await page.setViewportSize(size);
    await page.goto('./?preset=block');
    const canvas = stageCanvas(page);
    const story = page.locator('.stage-story');
    const clock = page.getByTestId('sim-clock');
    const simSeconds = async () => Number(/([\d.]+) s/.exec(await clock.innerText())?.[1] ?? '0');
    await expect.poll(async () => (await stageWords(page))?.labels.length ?? 0).toBeGreaterThan(5);
    await canvas.focus();
    await page.keyboard.press('f');
    await expect(story).toHaveText(/: delivered, /, { timeout: 15_000 });
    const ended = (await story.textContent()) ?? '';
    const id = /^Message ([\d,]+):/.exec(ended)?.[1];
    // Where it ended, on the stage: a chip by the Done box, among words it keeps clear of.
    const chipText = `Message ${id} delivered`;
    await expect
      .poll(async () => (await readLabels(canvas))?.banners?.some((b) => b.text === chipText))
      .toBe(true);
    const frame = (await readLabels(canvas))!;
    expect(labelFaults(frame)).toEqual([]);
    const chip = frame.banners!.find((b) => b.text === chipText)!;
    for (const l of frame.labels) {
      const inside =
        l.x >= chip.x - 0.5 &&
        l.y >= chip.y - 0.5 &&
        l.x + l.w <= chip.x + chip.w + 0.5 &&
        l.y + l.h <= chip.y + chip.h + 0.5;
      const apart =
        l.x + l.w <= chip.x ||
        chip.x + chip.w <= l.x ||
        l.y + l.h <= chip.y ||
        chip.y + chip.h <= l.y;
      expect(inside || apart, `"${chipText}" over "${l.text}"`).toBe(true);
    }
    // Five simulated seconds on, still told, on the line and on the stage.
    const at = await simSeconds();
    await expect.poll(simSeconds, { timeout: 30_000 }).toBeGreaterThan(at + 5);
    await expect(story).toHaveText(ended);
    expect((await readLabels(canvas))?.banners?.some((b) => b.text === chipText)).toBe(true);
    // Read like the page's text: 12 px or more, in its own colour, not the hint's grey.
    const look = await story.evaluate((el) => {
      const body = getComputedStyle(document.body).color;
      const s = getComputedStyle(el);
      return { px: parseFloat(s.fontSize), color: s.color, body };
    });
    expect(look.px).toBeGreaterThanOrEqual(12);
    expect(look.color).toBe(look.body);
    // Said once to a screen reader: the line is the polite live region, and it did not change.
    await expect(story).toHaveAttribute('aria-live', 'polite');
    // Stopped: the line goes back to its hint and the chip goes.
    await page.getByRole('button', { name: 'Stop following' }).click();
    await expect(story).not.toHaveText(/^Message /);
    await expect
      .poll(async () => (await readLabels(canvas))?.banners?.some((b) => b.text === chipText))
      .toBe(false);
    await expect(page.getByRole('button', { name: 'Stop following' })).toBeHidden();
  });
}

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  test('a tap on a block follows it; a lost one says why; no keys are offered', async ({
    page,
  }) => {
    await page.goto('./?preset=drop-oldest');
    const canvas = page.locator('[data-testid="stage"] canvas');
    await expect.poll(async () => (await stageWords(page))?.labels.length ?? 0).toBeGreaterThan(5);
    // No browser flash over the whole stage on a tap: it hid the block the stage rings (try 13).
    expect(
      await canvas.evaluate((el) =>
        getComputedStyle(el).getPropertyValue('-webkit-tap-highlight-color'),
      ),
    ).toBe('rgba(0, 0, 0, 0)');
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
    // The ending stays until the reader is done with it: a phone has a button for that, not Esc.
    await page.getByRole('button', { name: 'Pause', exact: true }).tap();
    await page.getByRole('button', { name: 'Stop following' }).tap();
    // The tap focused the stage, but a phone has no keys: Esc's line is not offered, nor F's.
    await canvas.evaluate((el) => el.focus());
    await expect(story).toHaveText('Click or tap a block to follow it.');
  });
});

test('"How to read this" explains every mark on the stage, the first-needed first, holds the run still while open, and closes back to its button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto('./?preset=kafka');
  const clock = page.getByTestId('sim-clock');
  await expect(clock).not.toHaveText('t = 0.000 s');
  const button = page.getByRole('button', { name: 'How to read this' });
  await button.click();
  const legend = page.getByRole('dialog', { name: 'How to read the stage' });
  await expect(legend).toBeVisible();
  // The run holds still behind it, and the dialog says so.
  await expect(legend.getByTestId('stage-legend-held')).toHaveText(
    'The run is paused while you read; it goes on when you close this.',
  );
  const held = await clock.innerText();
  // Half a second of frames, in which a playing run would have moved.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  await expect(clock).toHaveText(held);
  // What a reader needs first is open at once; the rest is in sections that open on demand.
  for (const words of [
    'The well',
    'Blocks',
    'Next and newest',
    'Striped cells',
    'A lost block',
    'Memory gauge',
  ])
    await expect(legend.locator('dt', { hasText: words }).first()).toBeVisible();
  const sections = legend.locator('details');
  await expect(sections.first()).not.toHaveAttribute('open');
  await expect(legend.getByText('Traffic light', { exact: true })).toBeHidden();
  for (const summary of await legend.locator('summary').all()) await summary.click();
  for (const words of [
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
  // Closed, the run goes on.
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(clock).not.toHaveText(held);
});

test('"How to read this" on a phone fits the screen and scrolls within itself; a paused run stays paused', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?preset=drop-oldest');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'How to read this' }).click();
  const legend = page.getByRole('dialog', { name: 'How to read the stage' });
  await expect(legend).toBeVisible();
  // Nothing was playing: no line about pausing.
  await expect(legend.getByTestId('stage-legend-held')).toBeHidden();
  for (const summary of await legend.locator('summary').all()) await summary.click();
  const box = await legend.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(740);
  const scrolls = await legend.evaluate((el) => el.scrollHeight > el.clientHeight);
  expect(scrolls).toBe(true);
  // The page itself stays where it was: the dialog scrolls, not the page under it.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await legend.getByRole('button', { name: 'Close' }).click();
  await expect(legend).toBeHidden();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
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
    const recordCards = () => {
      const clock = /t = ([\d.]+) s/.exec(document.querySelector('.transport')?.textContent ?? '');
      if (clock === null) return;
      w.__cards[clock[1] as string] = {
        waiting: Number(value('live-depth')).toLocaleString('en-US'),
        done: Number(value('live-delivered')).toLocaleString('en-US'),
      };
    };
    // The cards as they are now too: the stage may yet draw this instant again.
    recordCards();
    new MutationObserver(recordCards).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
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
  // Each of the stage's instants reached the page with the cards' numbers of it, in one task: the
  // stage never writes an instant the cards were not given. (These are what each side reports, not
  // what reached the screen together: the next test reads that from screenshots.)
  expect(unshown, 'stage instants the cards never showed').toEqual([]);
});

/** The stamp's squares (src/render/draw/stamp.ts): CSS px each, and bits per number. */
const STAMP_CELL = 4;
const STAMP_BITS = 12;

for (const place of ['the worker', 'the page'] as const) {
  test(`in every frame a reader sees, the stage writes the numbers the cards show (${place})`, async ({
    page,
  }) => {
    // The stage stamps the numbers it writes (Done, waiting) as squares in its corner; the cards'
    // numbers are spelt the same way in squares just under them, changed in the very task that
    // changes the cards (a MutationObserver runs before the page draws its next frame). Each
    // screenshot is one frame as the reader saw it: both rows of squares must spell the same.
    await page.addInitScript(() => {
      (window as unknown as { __stageStamp: boolean }).__stageStamp = true;
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(
      place === 'the page' ? './?preset=add-consumers&sim=main' : './?preset=add-consumers',
    );
    const canvas = page.locator('[data-testid="stage"] canvas');
    await expect(canvas).toHaveAttribute('data-labels', /Done/);
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    const box = await canvas.boundingBox();
    if (box === null) throw new Error('no stage');
    const x = Math.round(box.x);
    const y = Math.round(box.y);
    await page.evaluate(
      ({ x, y, cell, bits }) => {
        const strip = document.createElement('div');
        strip.style.cssText = `position:fixed;left:${x}px;top:${y + cell}px;display:flex;z-index:99999;pointer-events:none`;
        const squares = Array.from({ length: 2 * bits }, () => {
          const square = document.createElement('div');
          square.style.cssText = `width:${cell}px;height:${cell}px;flex:none`;
          strip.append(square);
          return square;
        });
        document.body.append(strip);
        const value = (id: string) =>
          Number(document.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.dataset.value);
        const show = () =>
          [value('live-delivered'), value('live-depth')].forEach((v, k) => {
            for (let b = 0; b < bits; b++)
              (squares[k * bits + b] as HTMLElement).style.background =
                (Math.round(v) >> b) & 1 ? '#000' : '#fff';
          });
        show();
        new MutationObserver(show).observe(document.querySelector('.live') as HTMLElement, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      },
      { x, y, cell: STAMP_CELL, bits: STAMP_BITS },
    );
    const clip = { x, y, width: 2 * STAMP_BITS * STAMP_CELL, height: 2 * STAMP_CELL };
    const shots: string[] = [];
    for (let i = 0; i < 80; i++) shots.push((await page.screenshot({ clip })).toString('base64'));
    const frames = await page.evaluate(
      async ({ shots, cell, bits }) => {
        const read = async (base64: string) => {
          // Decoded by hand: the page's Content-Security-Policy lets it fetch no data: address.
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const copy = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = copy.getContext('2d') as OffscreenCanvasRenderingContext2D;
          ctx.drawImage(bitmap, 0, 0);
          const row = (top: number) => {
            const squares: string[] = [];
            for (let i = 0; i < 2 * bits; i++) {
              const [r] = ctx.getImageData(i * cell + cell / 2, top + cell / 2, 1, 1).data;
              squares.push((r as number) < 64 ? '1' : (r as number) > 192 ? '0' : '?');
            }
            const number = (k: number) =>
              squares.slice(k * bits, (k + 1) * bits).includes('?')
                ? '?'
                : String(
                    parseInt(
                      squares
                        .slice(k * bits, (k + 1) * bits)
                        .reverse()
                        .join(''),
                      2,
                    ),
                  );
            return `Done ${number(0)}, ${number(1)} waiting`;
          };
          return { stage: row(0), cards: row(cell) };
        };
        return Promise.all(shots.map(read));
      },
      { shots, cell: STAMP_CELL, bits: STAMP_BITS },
    );
    const disagreements = frames
      .map((f, i) => `frame ${i}: the stage says ${f.stage}, the cards ${f.cards}`)
      .filter((_, i) => frames[i]!.stage !== frames[i]!.cards);
    expect(disagreements).toEqual([]);
    // The run moved while the frames were taken, and both rows were read.
    expect(new Set(frames.map((f) => f.stage)).size).toBeGreaterThan(5);
    expect(frames.filter((f) => f.stage.includes('?'))).toEqual([]);
  });
}

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
