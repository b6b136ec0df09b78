import { describe, expect, it } from 'vitest';
import { drawStage } from './drawStage.ts';
import { LabelLog, type DrawnLabel } from './labels.ts';
import type { StageScene } from './scene.ts';
import { stageHeightFor } from './stageLayout.ts';
import { stageNumbersOfSnapshot } from './stageNumbers.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { DARK_THEME, LIGHT_THEME } from './theme.ts';
import { stageConfigOf } from './stageConfig.ts';
import { presetScenario } from '../sim/presets.ts';
import { setAt } from '../domain/path.ts';
import { DROP_REASONS } from '../sim/types.ts';

const FRAME = 1000 / 60;

function sceneAfter(
  preset: string,
  frames: number,
  speed = 1,
  reduced = false,
  width = 900,
  height = 420,
): StageScene {
  const h = harness(preset, width, height);
  let s = h.step(FRAME, speed, reduced);
  for (let i = 0; i < frames; i++) s = h.step(FRAME, speed, reduced);
  return s;
}

function draw(scene: StageScene, theme = LIGHT_THEME) {
  const ctx = createFakeContext();
  const labels = new LabelLog();
  drawStage(ctx, scene, theme, TEST_PALETTE, labels);
  return Object.assign(ctx, { labels: labels.list() });
}

/** What is wrong with a frame's words: cut short, too small, off the canvas, or overlapping. */
function faults(labels: DrawnLabel[], width: number, height: number): string[] {
  const out: string[] = [];
  labels.forEach((a, i) => {
    if (a.shortened) out.push(`shortened: ${a.text}`);
    if (a.px < 12) out.push(`small: ${a.text}`);
    if (a.x < 0 || a.y < 0 || a.x + a.w > width + 0.5 || a.y + a.h > height + 0.5)
      out.push(`off the canvas: ${a.text}`);
    for (const b of labels.slice(i + 1)) {
      const overlap =
        a.x < b.x + b.w - 0.5 &&
        b.x < a.x + a.w - 0.5 &&
        a.y < b.y + b.h - 0.5 &&
        b.y < a.y + a.h - 0.5;
      if (overlap) out.push(`overlap: ${a.text} / ${b.text}`);
    }
  });
  return out;
}

describe('drawStage', () => {
  it('draws every part of the stage with its words', () => {
    const ctx = draw(sceneAfter('drop-oldest', 300));
    const texts = ctx.texts().join(' | ');
    for (const word of ['Producer', 'Consumers', 'Done', 'Lost', 'of 20 waiting', 'next']) {
      expect(texts).toContain(word);
    }
    // The reason's name, in its short form where the full one does not fit.
    expect(texts).toMatch(/Reason evicted-oldest|Oldest out/);
    // The line that used to read like a link now says what a block is.
    expect(texts).toContain('each block is one message');
  });

  it('never uses shadows or filters, which are slow on canvas', () => {
    const ctx = draw(sceneAfter('no-backpressure', 300));
    expect(ctx.written.has('shadowBlur')).toBe(false);
    expect(ctx.written.has('filter')).toBe(false);
  });

  it('fills a full well in a few batched fills, not one per block', () => {
    const scene = sceneAfter('block', 600);
    expect(scene.sprites.length).toBeGreaterThanOrEqual(15);
    const ctx = draw(scene);
    const rects = ctx.count('rect');
    expect(rects).toBeGreaterThanOrEqual(scene.sprites.length);
    // Panels, lamps, belts and the like take a fixed number of fills; blocks add one per colour.
    expect(ctx.count('fill')).toBeLessThan(60);
  });

  it('says the consumer is down and when it restarts, over the emptied well', () => {
    const h = harness('no-backpressure');
    let s = h.step(FRAME);
    for (let i = 0; i < 60 * 14 && !s.snapshot.crashed; i++) s = h.step(FRAME);
    expect(s.snapshot.crashed).toBe(true);
    const texts = draw(s).texts();
    expect(texts).toContain('Out of memory');
    // On one line where the well is wide enough, else on two: the banner stays within the walls.
    const joined = texts.join(' ');
    expect(joined).toMatch(/consumer down, restarting in \d/);
    // The gauge holds nothing now and says it restarts where that fits, never "of 1 MB" under it.
    expect(texts.filter((t) => /^of .*B/.test(t))).toEqual([]);
    expect(texts.some((t) => /^\+[\d.]+ KB/.test(t))).toBe(false);
  });

  it('on a phone, says what the number under "Crashed" counts down to', () => {
    // A reader on a phone read "Crashed / 1.5 s" as neither the time since nor the time to go.
    const h = harness('no-backpressure', 340, 300);
    let s = h.step(FRAME);
    for (let i = 0; i < 60 * 14 && !s.snapshot.crashed; i++) s = h.step(FRAME);
    expect(s.snapshot.crashed).toBe(true);
    const texts = draw(s).texts();
    expect(texts.some((t) => /^(Out of memory|Crashed)$/.test(t))).toBe(true);
    const at = texts.findIndex((t) => /^[\d.]+ s$/.test(t));
    if (at >= 0) expect(texts[at - 1]).toBe('back in');
    else expect(texts.some((t) => /(restarting|back) in [\d.]+ s/.test(t))).toBe(true);
  });

  it('draws the wire only when there is feedback, with its delay', () => {
    expect(
      draw(sceneAfter('drop-oldest', 10))
        .texts()
        .some((t) => t.includes('delay')),
    ).toBe(false);
    expect(
      draw(sceneAfter('credit-window', 60))
        .texts()
        .some((t) => t.includes('credits return · 50 ms delay')),
    ).toBe(true);
    expect(
      draw(sceneAfter('credit-window', 60))
        .texts()
        .some((t) => t.startsWith('Credits')),
    ).toBe(true);
  });

  it('still draws, without moving stripes, under reduced motion and in the dark', () => {
    const scene = sceneAfter('drop-oldest', 120, 1, true);
    const ctx = draw(scene, DARK_THEME);
    const offsets = ctx.calls.filter((c) => c.name === 'set:lineDashOffset').map((c) => c.args[0]);
    expect(offsets.every((o) => o === 0)).toBe(true);
    expect(ctx.calls[0]).toEqual({ name: 'set:fillStyle', args: [DARK_THEME.bg] });
  });

  it('packs a long queue into striped rows, says once under the well what one holds, and writes nothing on the cells', () => {
    const scene = sceneAfter('kafka', 600, 4);
    expect(scene.packUnit).toBeGreaterThan(1);
    const { labels } = draw(scene);
    const texts = labels.map((l) => l.text);
    expect(
      texts.filter((t) => new RegExp(`(holds|up to) ${scene.packUnit}\\b`).test(t)),
    ).toHaveLength(1);
    // No "×N" anywhere, and no words inside the well: a chip over the rows covered the cells
    // beside it, and numbers on the cells disagreed with the caption.
    expect(texts.filter((t) => t.includes('×'))).toEqual([]);
    const w = scene.layout.well;
    const inWell = labels.filter(
      (l) => l.x < w.x + w.w && l.x + l.w > w.x && l.y < w.y + w.h && l.y + l.h > w.y,
    );
    expect(inWell.map((l) => l.text)).toEqual([]);
  });

  it('draws the cell of the newcomer on its way in as taken, in its colour, with a dashed edge', () => {
    // A reader saw "20 of 20 waiting" over a well with an empty cell while the newcomer waited over
    // the mouth: the caption counts it, so its cell is drawn taken.
    const h = harness('block', 900, 420);
    let checked = 0;
    for (let i = 0; i < 300 && checked < 5; i++) {
      const scene = h.step(FRAME);
      const cell = scene.spokenFor[0];
      if (cell === undefined) continue;
      const ctx = createFakeContext();
      drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE, new LabelLog());
      const colour = TEST_PALETTE.blocks[cell.style]?.color;
      let fill = '';
      let filled = false;
      let dashed = false;
      let dash: unknown[] = [];
      let stroke = '';
      for (const c of ctx.calls) {
        if (c.name === 'set:fillStyle') fill = String(c.args[0]);
        if (c.name === 'set:strokeStyle') stroke = String(c.args[0]);
        if (c.name === 'setLineDash') dash = c.args[0] as unknown[];
        const [x, y] = c.args as number[];
        const at = (dx: number) =>
          Math.abs((x as number) - (cell.x - cell.size / 2 + dx)) < 0.01 &&
          Math.abs((y as number) - (cell.y - cell.size / 2 + dx)) < 0.01;
        if (c.name === 'fillRect' && fill === colour && at(0)) filled = true;
        if (c.name === 'strokeRect' && stroke === colour && dash.length > 0 && at(0.75))
          dashed = true;
      }
      expect(filled, 'a faint square of its colour').toBe(true);
      expect(dashed, 'a dashed edge').toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('writes the numbers it was given, not the frame’s own', () => {
    const scene = sceneAfter('drop-oldest', 300);
    const published = stageNumbersOfSnapshot(scene.snapshot, 61, 47);
    scene.numbers = { ...published, waiting: 5, delivered: 1234, timeMs: scene.snapshot.now - 50 };
    const texts = draw(scene).texts();
    expect(texts).toContain('5 of 20 waiting');
    expect(texts).toContain('1,234');
    expect(texts).toContain('47/s');
    expect(texts).not.toContain(`${scene.snapshot.waiting} of 20 waiting`);
  });

  it('fits every word, at least 12 px, apart and on the canvas, from a phone to a desktop', () => {
    const presets = [
      'no-backpressure',
      'kafka',
      'credit-window',
      'reject-with-retries',
      'add-consumers',
      'slow-down-signal',
      'drop-lowest-priority',
      'nginx-limit-req',
    ];
    for (const width of [360, 700, 900, 1280]) {
      const height = stageHeightFor(width);
      for (const preset of presets) {
        const scene = sceneAfter(preset, 420, 4, false, width, height);
        const { labels } = draw(scene);
        expect(faults(labels, width, height), `${preset} at ${width} px`).toEqual([]);
      }
    }
  }, 120_000);
});

/** The fill colour of each fillRect drawn, in order, with its box. */
function filledRects(ctx: ReturnType<typeof draw>) {
  const out: { color: string; x: number; y: number; w: number; h: number }[] = [];
  let color = '';
  for (const c of ctx.calls) {
    if (c.name === 'set:fillStyle') color = String(c.args[0]);
    if (c.name === 'fillRect') {
      const [x, y, w, h] = c.args as number[];
      out.push({ color, x: x as number, y: y as number, w: w as number, h: h as number });
    }
  }
  return out;
}

describe('the lines under the well’s caption (try 6a)', () => {
  it('counts the requests the rate limit holds back before the queue, from the published numbers', () => {
    // The Nginx preset's burst waits at the limit, not in the well: a reader saw "0 of 50 waiting"
    // and half a second at the slowest 1% and could not find where it waited.
    const scene = sceneAfter('nginx-limit-req', 30);
    expect(scene.snapshot.rateDelayed).toBeGreaterThan(0);
    scene.numbers = { ...stageNumbersOfSnapshot(scene.snapshot, 80, 50), rateDelayed: 7 };
    const texts = draw(scene).texts();
    expect(texts).toContain('7 of 20 waiting at the rate limit');
    // On a phone, in fewer words, whole.
    const phone = sceneAfter('nginx-limit-req', 30, 1, false, 360, stageHeightFor(360));
    phone.numbers = { ...stageNumbersOfSnapshot(phone.snapshot, 80, 50), rateDelayed: 12 };
    const { labels } = draw(phone);
    const line = labels.find((l) => /^12\b.*limit/.test(l.text));
    expect(line?.shortened).toBe(false);
  });

  it('has no such line where nothing waits at a limit (none, or nodelay)', () => {
    for (const preset of ['drop-oldest', 'nginx-limit-req-nodelay']) {
      const texts = draw(sceneAfter(preset, 30)).texts().join(' | ');
      expect(texts, preset).not.toMatch(/rate limit/);
    }
  });

  it('keys the priorities from low to high with the marks the well gives them', () => {
    for (const width of [360, 900]) {
      const scene = sceneAfter('drop-lowest-priority', 60, 1, false, width, stageHeightFor(width));
      const ctx = draw(scene);
      const low = ctx.labels.find((l) => l.text === 'priority: low' || l.text === 'low');
      const high = ctx.labels.find((l) => l.text === 'high');
      expect(low, `${width} px`).toBeDefined();
      expect(high, `${width} px`).toBeDefined();
      if (width >= 900) expect(low?.text).toBe('priority: low');
      // Between the words, on their line, one block of each level's colour, lowest first.
      const between = filledRects(ctx).filter(
        (r) =>
          r.x >= low!.x + low!.w &&
          r.x + r.w <= high!.x &&
          r.y < low!.y + low!.h &&
          r.y + r.h > low!.y,
      );
      expect(
        between.map((r) => r.color),
        `${width} px`,
      ).toEqual(TEST_PALETTE.blocks.slice(0, 3).map((b) => b.color));
    }
    // Where blocks show keys, there is no such key.
    expect(draw(sceneAfter('drop-oldest', 60)).texts()).not.toContain('high');
  });

  it('sends the belt’s stream in the marks the well shows: priorities where it shows them', () => {
    const priorities = stageConfigOf(presetScenario('drop-lowest-priority')).beltStyles;
    expect(new Set(priorities)).toEqual(new Set([0, 1, 2]));
    // Mostly low, as the messages are (6 : 3 : 1).
    expect(priorities.filter((p) => p === 0).length).toBeGreaterThan(priorities.length / 2);
    const keys = stageConfigOf(
      setAt(presetScenario('drop-oldest'), 'workload.keyCount', 3),
    ).beltStyles;
    expect(keys).toEqual([0, 1, 2]);
  });
});

describe('the pointers beside the well say what they point at', () => {
  // On a phone the gutter beside the well has room for the pointers only; a reader saw two bare
  // arrow heads and had to guess. A line under the caption keys them there, under a credit window
  // too (its meter and taller producer had left the key out there).
  const cases = [
    ...['no-backpressure', 'drop-oldest', 'block', 'slow-down-signal'].flatMap((p) =>
      [336, 880].map((w) => [p, w] as const),
    ),
    ['credit-window', 336],
    ['tcp-window', 336],
  ] as const;
  for (const [preset, width] of cases)
    it(`${preset} at ${width} px: "next" and "newest" are written, clear of every other word`, () => {
      const h = harness(preset, width, stageHeightFor(width));
      let scene = h.step(FRAME);
      for (let i = 0; i < 150; i++) scene = h.step(FRAME);
      expect(scene.marks.length).toBe(1);
      const labels = new LabelLog();
      drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, labels);
      const list = labels.list();
      const texts = list.map((l) => l.text);
      expect(texts).toContain('next');
      // The desktop writes "newest" beside its pointer where it stands clear of "next".
      if (width < 560) expect(texts).toContain('newest');
      for (const word of list.filter((l) => l.text === 'next' || l.text === 'newest'))
        for (const other of list)
          if (other !== word)
            expect(
              word.x + word.w <= other.x ||
                other.x + other.w <= word.x ||
                word.y + word.h <= other.y ||
                other.y + other.h <= word.y,
              `"${word.text}" over "${other.text}"`,
            ).toBe(true);
    });
});

describe('a value replaced by a newer one of its key', () => {
  it('fades under the blocks at rest, never over a live block', () => {
    // In Keep the latest per key a reader saw the fading replaced block lie over the newest one.
    const CONFLATED = DROP_REASONS.indexOf('conflated');
    const h = harness('latest-per-key', 880, stageHeightFor(880));
    let overlapping = 0;
    for (let i = 0; i < 60 * 12; i++) {
      const scene = h.step(FRAME, 1);
      const replaced = scene.flights.filter((f) => f.reason === CONFLATED && f.alpha > 0);
      if (replaced.length === 0) continue;
      const ctx = draw(scene);
      for (const f of replaced) {
        const fh = f.size / 2;
        const at = ctx.calls.findIndex(
          (c) => c.name === 'fillRect' && c.args[0] === f.x - fh && c.args[1] === f.y - fh,
        );
        expect(at).toBeGreaterThanOrEqual(0);
        for (const s of scene.sprites) {
          const sh = s.size / 2;
          if (Math.abs(s.x - f.x) >= sh + fh || Math.abs(s.y - f.y) >= sh + fh) continue;
          overlapping++;
          // The live block is drawn after it, over it.
          let live = -1;
          ctx.calls.forEach((c, k) => {
            if (
              (c.name === 'rect' || c.name === 'fillRect') &&
              c.args[0] === s.x - sh &&
              c.args[1] === s.y - sh
            )
              live = k;
          });
          expect(live, `frame ${i}`).toBeGreaterThan(at);
        }
      }
    }
    expect(overlapping).toBeGreaterThan(0);
  });
});
