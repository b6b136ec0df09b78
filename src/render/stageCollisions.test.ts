/**
 * What the labels check did not see: the chips, banners and blocks that come and go. Driven through
 * the animator and drawStage, frame by frame, at a phone's and a desktop's stage widths.
 */
import { describe, expect, it } from 'vitest';
import { boxesTouch } from './calloutPlace.ts';
import { ARRIVALS_LOST, crashBannerRoom } from './draw/well.ts';
import { drawStage } from './drawStage.ts';
import { LabelLog, type DrawnBanner, type DrawnLabel } from './labels.ts';
import { stageObstacles } from './obstacles.ts';
import { RetryTray, traySlots } from './retryTray.ts';
import type { StageScene } from './scene.ts';
import { momentAnchor } from './stageAnimator.ts';
import { stageHeightFor, trayBlockSize } from './stageLayout.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';
import type { SimSnapshot } from '../sim/snapshot.ts';

const FRAME = 1000 / 60;
/** The stage's width inside a 360 px phone and a 1440 px desktop. */
const WIDTHS = [336, 880];

/** The index of the last call that `match`es, or -1. */
function lastIndex<T>(list: readonly T[], match: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (match(list[i] as T)) return i;
  return -1;
}

const inside = (l: DrawnLabel, b: DrawnBanner) =>
  l.x >= b.x - 0.5 &&
  l.y >= b.y - 0.5 &&
  l.x + l.w <= b.x + b.w + 0.5 &&
  l.y + l.h <= b.y + b.h + 0.5;

/** Everything a frame's chips and banners cover that they should not. */
function bannerFaults(scene: StageScene, labels: DrawnLabel[], banners: DrawnBanner[]): string[] {
  const out: string[] = [];
  const obstacles = stageObstacles(scene);
  const l = scene.layout;
  for (const b of banners) {
    if (b.x < -0.5 || b.y < -0.5 || b.x + b.w > l.width + 0.5 || b.y + b.h > l.height + 0.5)
      out.push(`${b.text}: off the canvas`);
    for (const o of obstacles) {
      if (o.name === b.on) continue;
      if (boxesTouch({ x: b.x + 0.5, y: b.y + 0.5, w: b.w - 1, h: b.h - 1 }, o))
        out.push(`${b.text} over ${o.name}`);
      // A moment's chip stands apart from every part, its pointer's tip too: a reader saw
      // "Queue full: producer blocked" sit on the Producer box's bottom edge.
      if (b.kind !== 'callout') continue;
      if (boxesTouch(b, o, 3)) out.push(`${b.text} against ${o.name}`);
      if (b.tip !== undefined && boxesTouch({ x: b.tip.x, y: b.tip.y, w: 0, h: 0 }, o, 3))
        out.push(`${b.text}'s pointer against ${o.name}`);
    }
    for (const t of labels)
      if (!inside(t, b) && boxesTouch({ x: b.x + 0.5, y: b.y + 0.5, w: b.w - 1, h: b.h - 1 }, t))
        out.push(`${b.text} over "${t.text}"`);
    for (const c of banners) if (c !== b && boxesTouch(b, c)) out.push(`${b.text} over ${c.text}`);
  }
  return [...new Set(out)];
}

/** Runs `preset` and returns each distinct fault, and the banners seen. */
function watch(preset: string, width: number, seconds: number, speed = 2) {
  const h = harness(preset, width, stageHeightFor(width));
  const labels = new LabelLog();
  const faults = new Set<string>();
  const seen = new Set<string>();
  for (let i = 0; i < 60 * seconds; i++) {
    const scene = h.step(FRAME, speed);
    if (scene.callouts.length === 0 && !scene.numbers.crashed) continue;
    drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, labels);
    const banners = labels.banners();
    for (const b of banners) seen.add(b.text);
    if (scene.numbers.crashed) for (const l of labels.list()) seen.add(l.text);
    for (const f of bannerFaults(scene, labels.list(), banners)) faults.add(f);
  }
  return { faults: [...faults], seen: [...seen] };
}

describe('moments and banners keep clear of the stage’s parts and words', () => {
  for (const width of WIDTHS) {
    it(`a blocked producer's chip leaves the well's top in view, at ${width} px`, () => {
      const { faults, seen } = watch('block', width, 8);
      // Held back about a third of the time, under a mostly green light: the tag says "at times".
      expect(seen).toContain('Producer blocked at times');
      expect(faults).toEqual([]);
    });

    it(`the crash banner sits on the well, clear of the gauge, and its chip clear of both, at ${width} px`, () => {
      const { faults, seen } = watch('no-backpressure', width, 16, 4);
      expect(seen).toContain('Crashed');
      expect(seen).toContain('Out of memory: all waiting lost');
      // Lost goes on climbing while it is down: the banner says why, where it has the room.
      if (width >= 880) expect(seen).toContain(ARRIVALS_LOST);
      expect(faults).toEqual([]);
    });

    it(`"Consumer added" and the first loss keep clear of the boxes, at ${width} px`, () => {
      const { faults, seen } = watch('add-consumers', width, 12);
      expect(seen).toContain('Consumer added');
      expect(faults).toEqual([]);
    });
  }

  it('the crash banner’s room ends before the memory gauge', () => {
    const h = harness('no-backpressure', 336, stageHeightFor(336));
    const l = h.step(FRAME).layout;
    const room = crashBannerRoom(l);
    expect(l.gauge.w).toBeGreaterThan(0);
    expect(room.x + room.w).toBeLessThan(l.gauge.x - 3);
    expect(room.w).toBeGreaterThanOrEqual(l.well.w);
  });
});

describe('"Consumer added" points at the consumer that was added', () => {
  it('at the foot of its own box, not the middle of the column', () => {
    const h = harness('add-consumers');
    let scene = h.step(FRAME);
    let checked = false;
    for (let i = 0; i < 60 * 12 && !checked; i++) {
      scene = h.step(FRAME);
      const c = scene.callouts.find((k) => k.kind === 'consumer-added');
      if (c === undefined || scene.workers.length < 2) continue;
      const rows = scene.workerRows;
      const last = scene.workers.length - 1;
      const foot = rows.top + (last + 1) * rows.rowH - 2;
      expect(c.y).toBeCloseTo(foot, 5);
      // Not Worker 1's box.
      expect(c.y).toBeGreaterThan(rows.top + rows.rowH);
      checked = true;
    }
    expect(checked).toBe(true);
  });

  it('at the last box drawn while the new one is not drawn yet', () => {
    const h = harness('add-consumers');
    const scene = h.step(FRAME);
    const p = momentAnchor('consumer-added', scene.layout, scene, 99);
    const rows = scene.workerRows;
    expect(p.y).toBeCloseTo(rows.top + scene.workers.length * rows.rowH - 2, 5);
  });
});

describe('the retry tray', () => {
  it('lands every block inside its box, however many wait', () => {
    const h = harness('reject-with-retries', 880, stageHeightFor(880));
    const layout = h.step(FRAME).layout;
    const tray = new RetryTray();
    const size = trayBlockSize(layout);
    const right = layout.tray.x + layout.tray.w;
    expect(traySlots(layout)).toBeGreaterThan(0);
    for (let i = 0; i < 24; i++) {
      const entry = tray.add(i, 0, 0, 5000, layout, 0);
      expect(entry).not.toBeNull();
      expect(entry!.x + size / 2, `block ${i + 1}`).toBeLessThanOrEqual(right);
      expect(entry!.x - size / 2).toBeGreaterThanOrEqual(layout.tray.x);
    }
    // Laid out again, the ones only counted leave from inside the box too.
    const out: never[] = [];
    const more = tray.advance({ now: 10 } as SimSnapshot, layout, 1e9, 24, out);
    // The last slots say how many more there are.
    expect(out.length).toBeLessThan(traySlots(layout));
    expect(out.length + more).toBe(24);
    const taken = tray.take(23);
    expect(taken!.x + size / 2).toBeLessThanOrEqual(right);
  });
});

describe('the retry tray’s words', () => {
  /** Every block a frame draws, moving or resting, the tray's with their rings, as boxes. */
  const blocks = (scene: StageScene) => {
    const ring = trayBlockSize(scene.layout) / 2 + 3.5;
    return [
      ...[...scene.flights, ...scene.sprites]
        .filter((b) => b.alpha > 0)
        .map((b) => ({ x: b.x - b.size / 2, y: b.y - b.size / 2, w: b.size, h: b.size })),
      ...scene.tray.map((b) => ({ x: b.x - ring, y: b.y - ring, w: 2 * ring, h: 2 * ring })),
    ];
  };

  for (const width of WIDTHS) {
    it(`cross no block in flight and no other part, at ${width} px`, () => {
      // A reader saw blocks flying into the tray cross "+9 more" (it stood where they came in), and
      // then "+1 more" under the tray's own blocks while one more flew in (the mark took slots the
      // blocks had filled).
      const h = harness('reject-with-retries', width, stageHeightFor(width));
      const labels = new LabelLog();
      const faults = new Set<string>();
      const marks = new Set<string>();
      for (let i = 0; i < 60 * 12; i++) {
        const scene = h.step(FRAME, 1);
        drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, labels);
        const words = labels.list().filter((l) => /^\+\d|^Retr/.test(l.text));
        const parts = stageObstacles(scene).filter((o) => o.name !== 'retries');
        for (const w of words) {
          if (w.text.startsWith('+')) marks.add(w.text);
          const name = w.text.replace(/\d+/g, 'N');
          if (blocks(scene).some((b) => boxesTouch(b, w))) faults.add(`"${name}" over a block`);
          for (const p of parts) if (boxesTouch(p, w)) faults.add(`"${name}" over the ${p.name}`);
        }
      }
      expect(marks.size).toBeGreaterThan(3);
      expect([...faults]).toEqual([]);
    });
  }
});

describe('the bin', () => {
  it('writes its words over the lost blocks flying into it', () => {
    const h = harness('drop-oldest', 336, stageHeightFor(336));
    let checked = 0;
    for (let i = 0; i < 60 * 10 && checked < 5; i++) {
      const scene = h.step(FRAME, 2);
      const lost = scene.flights.filter((f) => f.reason >= 0 && f.alpha > 0);
      if (lost.length === 0) continue;
      const ctx = createFakeContext();
      drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE, new LabelLog());
      const lastBlock = Math.max(
        ...lost.map((f) =>
          lastIndex(
            ctx.calls,
            (c) =>
              c.name === 'fillRect' &&
              c.args[0] === f.x - f.size / 2 &&
              c.args[1] === f.y - f.size / 2,
          ),
        ),
      );
      expect(lastBlock).toBeGreaterThanOrEqual(0);
      const heading = lastIndex(
        ctx.calls,
        (c) => c.name === 'fillText' && /^Lost$/.test(String(c.args[0])),
      );
      expect(heading).toBeGreaterThan(lastBlock);
      // With a rim of the box's colour round the letters.
      const word = ctx.calls[heading]!.args[0];
      const rim = ctx.calls.slice(heading - 4, heading).filter((c) => c.name === 'strokeText');
      expect(rim.map((c) => c.args[0])).toEqual([word]);
      checked++;
    }
    expect(checked).toBe(5);
  });
});
