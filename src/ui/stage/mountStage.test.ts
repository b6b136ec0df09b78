import { describe, expect, it } from 'vitest';
import { DARK_THEME, LIGHT_THEME } from '../../render/theme.ts';
import { createFakeContext } from '../../render/testing/fakeContext.ts';
import { TEST_PALETTE } from '../../render/testing/harness.ts';
import { createSimulation } from '../../sim/engine.ts';
import { presetScenario } from '../../sim/presets.ts';
import {
  OFFSCREEN_FRAME_MS,
  type StageLabelsFrame,
  type StageOutputs,
} from '../../render/stagePainter.ts';
import type { StageRegions } from '../../render/stageRegions.ts';
import { stageNumbersOfSnapshot, type StageNumbers } from '../../render/stageNumbers.ts';
import { takeSnapshot } from '../../sim/snapshot.ts';
import { chainHeightFor } from '../../render/chainHeight.ts';
import { stageHeightFor } from '../../render/stageLayout.ts';
import { LEAST_FITTED_HEIGHT, type StageCount } from './watchStageView.ts';
import {
  ARIA_INTERVAL_MS,
  mountStage,
  resolveTheme,
  type FrameInfo,
  type StageEnv,
} from './mountStage.ts';

function setup(
  options: {
    dpr?: number;
    reduced?: boolean;
    labels?: boolean;
    stageCount?: StageCount;
    /** A height limit as the page's CSS or a frame sets it, and the least height to keep. */
    heightLimit?: number;
    leastHeight?: number;
  } = {},
) {
  const ctx = createFakeContext();
  const attributes = new Map<string, string>();
  const canvas = {
    width: 0,
    height: 0,
    style: {} as Record<string, string>,
    getContext: () => ctx,
    setAttribute: (name: string, value: string) => attributes.set(name, value),
  };
  const container = { clientWidth: 800 };
  let onWidth: (w: number) => void = () => {};
  let onScreen: (seen: boolean) => void = () => {};
  const media = new Map<string, (m: boolean) => void>();
  let frame: ((info: FrameInfo) => void) | null = null;
  let stopped = 0;
  let clock = 0;
  const env: StageEnv = {
    devicePixelRatio: () => options.dpr ?? 2,
    observeWidth(_el, cb) {
      onWidth = cb;
      cb(800);
      return () => stopped++;
    },
    watchMedia(query, cb) {
      media.set(query, cb);
      cb(query.includes('reduce') ? (options.reduced ?? false) : false);
      return () => stopped++;
    },
    watchDisplay: () => () => stopped++,
    observeOnScreen(_el, cb) {
      onScreen = cb;
      cb(true);
      return () => stopped++;
    },
    cssVar: (_el, name) => (name === '--bg' ? '#ffffff' : name === '--fg' ? '#111111' : ''),
    display: () => ({ theme: undefined, highContrast: false, largeText: false }),
    clock: () => clock,
    ...(options.heightLimit === undefined
      ? {}
      : {
          observeHeightLimit: (cb: (px: number) => void) => {
            cb(options.heightLimit!);
            return () => stopped++;
          },
        }),
    ...(options.leastHeight === undefined ? {} : { leastHeight: options.leastHeight }),
  };
  let engine = createSimulation(presetScenario('drop-oldest'), { eventCapacity: 4096 });
  let numbers: StageNumbers | null = null;
  const stories: string[] = [];
  const moments: string[] = [];
  const labelFrames: StageLabelsFrame[] = [];
  const regionReports: StageRegions[] = [];
  const outputs: StageOutputs = {
    describe: (text) => attributes.set('aria-label', text),
    story: (text) => stories.push(text),
    moment: (text) => moments.push(text),
    labels: (frame) => labelFrames.push(frame),
    regions: (r) => regionReports.push(r),
  };
  const host = {
    getEngine: () => engine,
    getNumbers: () => numbers,
    subscribeFrame(cb: (info: FrameInfo) => void) {
      frame = cb;
      return () => {
        frame = null;
        stopped++;
      };
    },
  };
  const mounted = mountStage(
    canvas as unknown as HTMLCanvasElement,
    container as unknown as HTMLElement,
    host,
    TEST_PALETTE,
    env,
    outputs,
    options.labels ?? false,
    options.stageCount,
  );
  return {
    ctx,
    canvas,
    attributes,
    stories,
    moments,
    labelFrames,
    regionReports,
    unmount: () => mounted.stop(),
    input: mounted.input,
    engine: () => engine,
    publish: (n: StageNumbers | null) => {
      numbers = n;
    },
    resize: (w: number) => onWidth(w),
    scrollOut: (seen: boolean) => onScreen(!seen),
    media: (q: string, m: boolean) => media.get(q)?.(m),
    tick(now: number, simDtMs: number) {
      clock = now;
      engine.advanceTo(engine.now + simDtMs);
      frame?.({ now, dtMs: 16, simDtMs });
    },
    replaceEngine() {
      engine = createSimulation(presetScenario('block'), { eventCapacity: 4096 });
    },
    stopped: () => stopped,
    subscribed: () => frame !== null,
  };
}

describe('mountStage', () => {
  it('sizes the canvas for its container and the pixel ratio, and draws at once', () => {
    const s = setup({ dpr: 2 });
    expect(s.canvas.width).toBe(1600);
    expect(s.canvas.height).toBe(2 * Number.parseInt(s.canvas.style.height ?? '0', 10));
    expect(s.canvas.style.width).toBe('100%');
    expect(s.ctx.count('fillRect')).toBeGreaterThan(0);
    expect(s.attributes.get('aria-label')).toMatch(/^Stage: Queue 0 of 20/);
  });

  it('redraws at the new size when the container changes width', () => {
    const s = setup({ dpr: 1 });
    s.resize(375);
    s.ctx.reset();
    s.tick(16, 0);
    expect(s.canvas.width).toBe(375);
    expect(s.ctx.count('fillRect')).toBeGreaterThan(0);
  });

  it('grows the canvas for a pipeline whose stages stack, and shrinks it back for one stage', () => {
    let stages = 3;
    let changed: (() => void) | null = null;
    const stageCount: StageCount = {
      get: () => stages,
      subscribe: (cb) => {
        changed = cb;
        return () => {};
      },
    };
    const s = setup({ dpr: 1, stageCount });
    s.resize(375);
    expect(s.canvas.style.height).toBe(`${chainHeightFor(375, 3)}px`);
    expect(chainHeightFor(375, 3)).toBeGreaterThan(stageHeightFor(375));
    stages = 1;
    (changed as (() => void) | null)?.();
    expect(s.canvas.style.height).toBe(`${stageHeightFor(375)}px`);
  });

  it('keeps a frame at least LEAST_FITTED_HEIGHT tall, and takes a page room that sets its own floor', () => {
    // A phone's page gives the stage less room than a frame's least, so the main knobs under it
    // share the first screen (global.css): without its own floor the stage overflowed that room.
    const framed = setup({ dpr: 1, heightLimit: 260 });
    framed.resize(360);
    expect(framed.canvas.style.height).toBe(`${LEAST_FITTED_HEIGHT}px`);
    const page = setup({ dpr: 1, heightLimit: 260, leastHeight: 0 });
    page.resize(360);
    expect(stageHeightFor(360)).toBeGreaterThan(260);
    expect(page.canvas.style.height).toBe('260px');
    expect(page.canvas.height).toBe(260);
  });

  it('updates the text alternative at most once a second', () => {
    const s = setup();
    const first = s.attributes.get('aria-label');
    s.tick(100, 3000);
    expect(s.attributes.get('aria-label')).toBe(first);
    s.tick(ARIA_INTERVAL_MS + 1, 16);
    expect(s.attributes.get('aria-label')).not.toBe(first);
  });

  it('skips drawing while paused and settled, and draws again for a new engine', () => {
    const s = setup();
    for (let t = 16; t < 3000; t += 16) s.tick(t, 0);
    s.ctx.reset();
    s.tick(3016, 0);
    expect(s.ctx.calls).toHaveLength(0);
    s.replaceEngine();
    s.tick(3032, 0);
    expect(s.ctx.count('fillRect')).toBeGreaterThan(0);
  });

  it('writes the numbers the page published, and reports its words only when asked', () => {
    const s = setup({ labels: true });
    s.tick(16, 4000);
    const snapshot = takeSnapshot(s.engine());
    s.publish({
      ...stageNumbersOfSnapshot(snapshot, 70, 50),
      delivered: 4321,
      timeMs: snapshot.now,
    });
    s.ctx.reset();
    s.tick(400, 16);
    expect(s.ctx.texts()).toContain('4,321');
    const frame = s.labelFrames.at(-1);
    expect(frame?.labels.some((l) => l.text === '4,321')).toBe(true);
    expect(frame?.width).toBe(800);
    const quiet = setup();
    quiet.tick(400, 16);
    expect(quiet.labelFrames).toEqual([]);
  });

  it('reports where its parts are, always, and again only when the layout changes', () => {
    const s = setup();
    expect(s.regionReports).toHaveLength(1);
    const first = s.regionReports[0]!;
    expect(first.width).toBe(800);
    expect(first.regions.well!.w).toBeGreaterThan(0);
    s.tick(16, 500);
    s.tick(32, 500);
    expect(s.regionReports).toHaveLength(1);
    s.resize(375);
    s.tick(48, 16);
    expect(s.regionReports).toHaveLength(2);
    expect(s.regionReports[1]!.width).toBe(375);
  });

  it('follows the block a reader picks and tells its story', () => {
    const s = setup();
    for (let t = 16; t < 3000; t += 16) s.tick(t, 16);
    s.input({ kind: 'head' });
    expect(s.stories.at(-1)).toMatch(/^Message [\d,]+: waiting, next to leave\.$/);
    for (let t = 3000; t < 6000; t += 16) s.tick(t, 16);
    // Under drop-oldest the head is either taken by the consumer or pushed out to make room.
    expect(s.stories.at(-1)).toMatch(
      /(waited [\d.]+ m?s · processed in [\d.]+ m?s · delivered, [\d.]+ m?s in all|pushed out as the oldest waiting, to make room for a newer message)\.$/,
    );
    s.input({ kind: 'clear' });
    expect(s.stories.at(-1)).toBe('');
  });

  it('draws a stage scrolled out of view a few times a second, and every frame once back', () => {
    const s = setup({ dpr: 1 });
    /** Frames over one second at 60 a second that drew anything. */
    const drawnInASecond = (from: number) => {
      let drawn = 0;
      for (let i = 1; i <= 60; i++) {
        s.ctx.reset();
        s.tick(from + i * (1000 / 60), 50);
        if (s.ctx.count('fillRect') > 0) drawn++;
      }
      return drawn;
    };
    expect(drawnInASecond(0)).toBe(60);
    s.scrollOut(true);
    const offScreen = drawnInASecond(1000);
    expect(offScreen).toBeGreaterThanOrEqual(1000 / OFFSCREEN_FRAME_MS - 1);
    expect(offScreen).toBeLessThanOrEqual(1000 / OFFSCREEN_FRAME_MS + 1);
    // Its words still follow the run while out of view.
    expect(s.attributes.get('aria-label')).toMatch(/^Stage: /);
    s.scrollOut(false);
    expect(drawnInASecond(2000)).toBe(60);
  });

  it('stops listening when unmounted', () => {
    const s = setup();
    s.unmount();
    expect(s.subscribed()).toBe(false);
    // The frames, the width, two media queries, the display settings and the view.
    expect(s.stopped()).toBe(6);
  });
});

describe('resolveTheme', () => {
  const display = { theme: undefined, highContrast: false, largeText: false };
  it('follows the page’s colours, or the system preference when the page says nothing', () => {
    expect(resolveTheme((n) => (n === '--bg' ? '#14171b' : ''), display, false).dark).toBe(true);
    expect(resolveTheme(() => '', display, true)).toEqual(DARK_THEME);
    expect(resolveTheme(() => '', display, false)).toEqual(LIGHT_THEME);
  });

  it('obeys an explicit choice on the page even if its colours disagree', () => {
    expect(
      resolveTheme((n) => (n === '--bg' ? '#ffffff' : ''), { ...display, theme: 'dark' }, false)
        .dark,
    ).toBe(true);
    expect(
      resolveTheme(() => '', { ...display, theme: 'light', highContrast: true }, true).highContrast,
    ).toBe(true);
  });
});
