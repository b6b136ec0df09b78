/**
 * The stage's numbers true to its picture, frame after frame of a stepped run, with the cards'
 * numbers published every 100 ms as a page does (so they are a moment older than the blocks): the
 * producer's tag, light, words and credit meter agree; the credits on the return line are credits
 * really on their way; the retry tray draws what its count says; the memory gauge shows what is held.
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../sim/engine.ts';
import { drawStage } from './drawStage.ts';
import { formatBytes, formatCount } from './format.ts';
import { pulseRadius } from './draw/wire.ts';
import { LabelLog, type DrawnLabel } from './labels.ts';
import { lampLevel } from './producerReading.ts';
import type { StageScene } from './scene.ts';
import { stageHeightFor } from './stageLayout.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { paintedFrames } from './testing/paintedFrames.ts';
import { LIGHT_THEME } from './theme.ts';

const FRAME = 1000 / 60;
/** A phone's stage and a desktop's. */
const WIDTHS = [336, 880];

interface Frame {
  scene: StageScene;
  engine: Engine;
  texts: string[];
}

/** Steps `preset` for `seconds` of wall time at `speed`, drawing every frame. */
function* frames(preset: string, width: number, seconds: number, speed = 1): Generator<Frame> {
  const h = harness(preset, width, stageHeightFor(width));
  const labels = new LabelLog();
  for (const { scene, texts } of paintedFrames(h, labels, 0, seconds * 60 - 1, speed))
    yield { scene, engine: h.engine, texts };
}

// The words of src/domain/stageWords.ts; short of room, a part-time stop is its share alone.
const STATUS = /^(sending|idle|slowed|blocked|no credit|\d+(\.\d)?%$)/;
const MENTIONS_STOP = /^(blocked|no credit|\d+(\.\d)?%$)/;
const FIRM_CREDIT = /^(no credit, waiting for more|no credit)$/;
const FIRM_BLOCK = /^(blocked, queue full|blocked)$/;
/** A share on the second line of the producer's words. */
const SHARE_LINE = /^\d+(\.\d)?%( of (the )?time)?$/;

/** What the producer says it is doing, its lines joined ("no credit" / "34% of time" on a phone). */
function statusOf(f: Frame): string {
  const i = f.texts.findIndex((t) => STATUS.test(t));
  expect(i, 'the producer says what it is doing').toBeGreaterThanOrEqual(0);
  const next = f.texts[i + 1];
  const s = f.texts[i] as string;
  return next !== undefined && /^(blocked|no credit)$/.test(s) && SHARE_LINE.test(next)
    ? `${s} ${next}`
    : s;
}

/** The credits the meter writes as in hand, or null when it draws none. */
function creditsWritten(f: Frame): number | null {
  const t = f.texts.find((x) => /^Credits:? \d+( of |\/)\d+$|^\d+\/\d+$/.test(x));
  if (t === undefined) return null;
  return Number(/(\d+)(?: of |\/)\d+$/.exec(t)?.[1]);
}

/** Whether the caption under the well says it is full ("20 of 20 waiting"). */
function captionFull(f: Frame): boolean {
  const t = f.texts.find((x) => /^\d[\d,]* (of|\/) \d[\d,]*( waiting)?$/.test(x));
  const m = t === undefined ? null : /^([\d,]+) (?:of|\/) ([\d,]+)/.exec(t);
  return m !== null && m[1] === m[2];
}

describe('the producer says one thing at a time', () => {
  for (const preset of ['block', 'credit-window', 'tcp-window', 'go-unbuffered-channel'])
    for (const width of WIDTHS)
      it(`${preset} at ${width} px: tag, light, words and credits agree in every frame`, () => {
        let tags = 0;
        for (const f of frames(preset, width, 10, 2)) {
          const s = f.scene;
          const status = statusOf(f);
          const red = lampLevel(s, 0);
          const redBrightest = red > lampLevel(s, 1) && red > lampLevel(s, 2);
          const credits = creditsWritten(f);
          const at = `${preset} at ${s.snapshot.now} ms: "${status}"`;
          // Words firmly saying it waits for credit sit over a meter with none in hand.
          if (FIRM_CREDIT.test(status)) expect(credits, at).toBe(0);
          // Words firmly saying the queue is full sit over a caption that says so.
          if (FIRM_BLOCK.test(status)) expect(captionFull(f), at).toBe(true);
          // A light burning red over all else goes with words that say it stops.
          if (redBrightest) expect(status, at).toMatch(MENTIONS_STOP);
          for (const c of s.callouts) {
            if (c.kind !== 'blocked' || c.alpha <= 0) continue;
            tags++;
            expect(f.texts, at).toContain(c.text);
            // The tag is about a stop the words mention too...
            expect(status, `${at} under the tag "${c.text}"`).toMatch(MENTIONS_STOP);
            // ...and it says "at times" unless the light is red and the numbers bear it out.
            if (!/at times$/.test(c.text)) {
              expect(redBrightest, `${at}: "${c.text}" under a light not red`).toBe(true);
              if (/credit/i.test(c.text)) expect(credits, at).toBe(0);
              else expect(captionFull(f), at).toBe(true);
            }
          }
        }
        // The first stop is called out in each of these runs.
        expect(tags).toBeGreaterThan(0);
      });
});

describe('the producer names its state at every width', () => {
  // A reader on a phone met a bare "34%" in Credit window's producer box: 34% of what? The share
  // never stands alone; short of room it goes to a second line under the state's own word.
  for (const preset of ['block', 'credit-window', 'slow-down-signal', 'reject-with-retries'])
    for (const [width, fontScale] of [
      [336, 1],
      [336, 1.25],
      [880, 1],
      [880, 1.25],
    ] as const)
      it(`${preset} at ${width} px, text ×${fontScale}: never a share alone`, () => {
        const h = harness(preset, width, stageHeightFor(width, fontScale), fontScale);
        const labels = new LabelLog();
        const said = new Set<string>();
        for (const { texts } of paintedFrames(h, labels, 0, 8 * 60, 2)) {
          const i = texts.findIndex((t) => STATUS.test(t));
          expect(i, 'the producer says what it is doing').toBeGreaterThanOrEqual(0);
          const s = texts[i] as string;
          said.add(s.replace(/\d+(\.\d)?%/, 'N%'));
          expect(s, `${preset}: "${s}" alone`).not.toMatch(/^\d+(\.\d)?%$/);
        }
        // Each of these runs has the producer do more than send.
        if (preset !== 'reject-with-retries')
          expect([...said].some((t) => /^(blocked|no credit|slowed)/.test(t))).toBe(true);
      });
});

describe('the producer’s words stay inside its box', () => {
  // A reader at 1440 px saw Block the producer's "blocked 23% of the time" sit on the box's bottom
  // edge: the light under the name is taller than the name and rate beside it, and the line under
  // the light had been pressed against the border to stay in.
  const MARGIN = 2;
  for (const preset of ['block', 'credit-window', 'nginx-limit-req'])
    for (const width of [336, 676, 880, 1280])
      for (const fontScale of [1, 1.25])
        it(`${preset} at ${width} px, text ×${fontScale}: ${MARGIN} px clear of every edge`, () => {
          const h = harness(preset, width, stageHeightFor(width, fontScale), fontScale);
          const labels = new LabelLog();
          let seen = 0;
          for (const { scene } of paintedFrames(h, labels, 0, 4 * 60, 2)) {
            const b = scene.layout.producer;
            const mine = labels
              .list()
              .filter((l) => l.x >= b.x && l.x < b.x + b.w && l.y >= b.y && l.y < b.y + b.h);
            // The name, the rate and what it is doing.
            expect(mine.length).toBeGreaterThanOrEqual(3);
            for (const l of mine) {
              seen++;
              const at = `"${l.text}" at ${scene.snapshot.now} ms`;
              expect(l.x, at).toBeGreaterThanOrEqual(b.x + MARGIN);
              expect(l.y, at).toBeGreaterThanOrEqual(b.y + MARGIN);
              expect(l.x + l.w, at).toBeLessThanOrEqual(b.x + b.w - MARGIN);
              expect(l.y + l.h, `${at}, box ends at ${b.y + b.h}`).toBeLessThanOrEqual(
                b.y + b.h - MARGIN,
              );
            }
          }
          expect(seen).toBeGreaterThan(0);
        });
});

describe('the Lost box’s words stay inside it', () => {
  // On a phone the stage is fitted to 260 px tall, and under a credit window the Lost box has its
  // least height: "none yet" sat on its bottom edge.
  for (const preset of ['credit-window', 'tcp-window', 'drop-oldest'])
    for (const height of [260, stageHeightFor(336)])
      it(`${preset} at 336 × ${height} px`, () => {
        const h = harness(preset, 336, height);
        const labels = new LabelLog();
        let seen = 0;
        for (const { scene } of paintedFrames(h, labels, 0, 3 * 60, 2)) {
          const b = scene.layout.bin;
          for (const l of labels.list()) {
            if (l.x < b.x || l.x >= b.x + b.w || l.y < b.y || l.y >= b.y + b.h) continue;
            seen++;
            expect(l.y + l.h, `"${l.text}", box ends at ${b.y + b.h}`).toBeLessThanOrEqual(
              b.y + b.h - 2,
            );
          }
        }
        // Its heading at least.
        expect(seen).toBeGreaterThan(0);
      });
});

describe('the credits on the return line', () => {
  for (const preset of ['credit-window', 'tcp-window'])
    for (const width of WIDTHS)
      for (const speed of [0.25, 1, 4])
        it(`${preset} at ${width} px, ${speed}×: never more dots than credits on their way`, () => {
          let dots = 0;
          for (const f of frames(preset, width, 6, speed)) {
            const s = f.scene;
            const drawn = s.pulses.filter((p) => p.kind === 'credit').length;
            dots += drawn;
            const inFlight = f.engine.inspect().creditsInFlight;
            const at = `${preset} at ${s.snapshot.now} ms`;
            expect(drawn, `${at}: dots against credits in flight`).toBeLessThanOrEqual(inFlight);
            // A reader adding the dots to the credits in hand never counts past the window.
            const window = s.snapshot.producer.window as number;
            expect(drawn + (creditsWritten(f) ?? 0), at).toBeLessThanOrEqual(window);
          }
          if (speed < 4) expect(dots).toBeGreaterThan(0);
        });
});

describe('the retry tray', () => {
  for (const preset of ['reject-with-retries', 'retry-waves-no-jitter'])
    for (const width of WIDTHS)
      it(`${preset} at ${width} px: draws exactly its count, or fewer and "+k" for the rest`, () => {
        let counted = 0;
        for (const f of frames(preset, width, 8, 2)) {
          const s = f.scene;
          const count = s.numbers.retryWaiting;
          const at = `${preset} at ${s.snapshot.now} ms`;
          const written = f.texts.find((t) => /^Retry(ing)?:? [\d,]+/.test(t));
          if (count === 0) {
            expect(s.tray.length, at).toBe(0);
            continue;
          }
          counted++;
          expect(written, at).toMatch(new RegExp(`^Retry(ing)?:? ${formatCount(count)}( |$)`));
          const more = f.texts.find((t) => /^\+[\d,]+( more)?$/.test(t));
          const marked = more === undefined ? 0 : Number(more.replace(/\D/g, ''));
          // Blocks still flying in are in view, and count as shown: one for each such flight.
          const flying = s.flights.filter((f) => f.reason === -1).length;
          expect(s.trayComing, at).toBeLessThanOrEqual(flying);
          expect(
            s.tray.length + s.trayComing + marked,
            `${at}: blocks and "+k" against ${count}`,
          ).toBe(count);
          expect(s.tray.length, at).toBeLessThanOrEqual(count);
        }
        expect(counted).toBeGreaterThan(0);
      });
});

describe('the memory gauge', () => {
  for (const width of WIDTHS)
    it(`at ${width} px shows the memory held now, and nothing over the top while restarting`, () => {
      let restarting = 0;
      for (const f of frames('no-backpressure', width, 14, 2)) {
        const n = f.scene.numbers;
        const at = `at ${f.scene.snapshot.now} ms`;
        // Never the overflow of a crash that has already emptied the queue.
        expect(
          f.texts.filter((t) => /^\+/.test(t)),
          at,
        ).toEqual([]);
        const held = formatBytes(n.memoryBytes);
        const said = f.texts.filter((t) => t.includes(held) || /restart|memory ran out/.test(t));
        // The budget beside what is held; while restarting the word alone ("restarting / of 1 MB"
        // read as one phrase).
        if (width >= 560)
          expect(
            f.texts.some((t) => t.startsWith('of 1 MB')),
            at,
          ).toBe(!n.crashed);
        if (!n.crashed) {
          expect(said.length, `${at}: ${held} held`).toBeGreaterThan(0);
          continue;
        }
        restarting++;
        // Down, it holds nothing, and the gauge says so (or that the consumer restarts).
        expect(n.memoryBytes, at).toBe(0);
        expect(said.length, at).toBeGreaterThan(0);
        // (At the gauge where it has room; on a phone under the well; the banner says it anyway.)
        expect(f.texts.join(' '), at).toMatch(/restarting|memory ran out/);
        expect(
          f.texts.filter((t) => /restart/.test(t) && /B\b/.test(t)),
          at,
        ).toEqual([]);
      }
      expect(restarting).toBeGreaterThan(0);
    });
});

describe('the return line’s label', () => {
  for (const preset of ['credit-window', 'slow-down-signal'])
    for (const width of WIDTHS)
      for (const fontScale of [1, 1.25])
        it(`${preset} at ${width} px, text ×${fontScale}: no dot ever runs through it`, () => {
          const h = harness(preset, width, stageHeightFor(width, fontScale), fontScale);
          const labels = new LabelLog();
          let crossed = 0;
          for (let i = 0; i < 60 * 6; i++) {
            const scene = h.step(FRAME, 0.5);
            drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, labels);
            const words = labels.list().find((l) => /^(credits|slow-down|signals)/.test(l.text));
            expect(words, 'the line is named').toBeDefined();
            const b = words as DrawnLabel;
            expect(b.y, `${b.text} on the canvas`).toBeGreaterThanOrEqual(0);
            const r = pulseRadius(scene) + 1;
            for (const p of scene.pulses) {
              if (p.x + r <= b.x || p.x - r >= b.x + b.w) continue;
              crossed++;
              expect(
                p.y - r,
                `a dot at ${p.x.toFixed(0)} under "${b.text}"`,
              ).toBeGreaterThanOrEqual(b.y + b.h);
            }
          }
          expect(crossed, 'dots pass under the label').toBeGreaterThan(0);
        });
});
