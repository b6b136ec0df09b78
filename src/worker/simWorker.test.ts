/**
 * The worker's own loop, driven frame by frame with stand-ins for what a browser gives it (its scope,
 * animation frames, an OffscreenCanvas): every set of numbers for the cards travels in one message
 * with the picture that writes them, and the worker never gets more than MAX_UNPRESENTED pictures
 * ahead of the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeContext } from '../render/testing/fakeContext.ts';
import { presetScenario } from '../sim/presets.ts';
import { MAX_UNPRESENTED, type FrameMessage, type FromWorker, type ToWorker } from './protocol.ts';
import { plainView } from '../render/testing/painterView.ts';

interface Picture {
  width: number;
  height: number;
  close(): void;
}

const FRAME_MS = 1000 / 60;

function fakeWorkerScope() {
  const posted: FromWorker[] = [];
  const frames: ((now: number) => void)[] = [];
  const scope = {
    postMessage: (message: FromWorker) => void posted.push(message),
    onmessage: null as ((event: MessageEvent<ToWorker>) => void) | null,
    requestAnimationFrame: (callback: (now: number) => void) => frames.push(callback),
  };
  class FakeOffscreenCanvas {
    constructor(
      public width: number,
      public height: number,
    ) {}
    getContext() {
      return createFakeContext();
    }
    transferToImageBitmap(): Picture {
      return { width: this.width, height: this.height, close: () => {} };
    }
  }
  vi.stubGlobal('self', scope);
  vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
  // One clock, as in a browser: the frames' timestamps and performance.now().
  let now = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return {
    posted,
    send(message: ToWorker) {
      scope.onmessage?.({ data: message } as MessageEvent<ToWorker>);
    },
    /** Runs the worker's next animation frame, if it asked for one, `lateMs` later than due. */
    tick(lateMs = 0) {
      now += FRAME_MS + lateMs;
      frames.splice(0).forEach((callback) => callback(now));
    },
    /** Lets wall-clock time pass with no frame (a reader reading a paused run). */
    wait(ms: number) {
      now += ms;
    },
    clock: () => now,
  };
}

const view = plainView(800, 392);

async function startWorker() {
  const worker = fakeWorkerScope();
  await import('./simWorker.ts');
  worker.send({ type: 'load', scenario: presetScenario('drop-oldest') });
  // Before there is a stage, the numbers go alone.
  worker.posted.length = 0;
  worker.send({ type: 'stage', view, reportLabels: true });
  worker.send({ type: 'playing', playing: true });
  const frames = () => worker.posted.filter((m): m is FrameMessage => m.type === 'frame');
  return { ...worker, frames };
}

describe('the simulation worker', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('sends the cards’ numbers only with the picture that writes them', async () => {
    const worker = await startWorker();
    for (let i = 0; i < 120; i++) {
      worker.tick();
      // The page puts each picture on its canvas at once.
      for (const f of worker.frames().splice(0)) if (f.picture) worker.send({ type: 'presented' });
      worker.posted.length = 0;
    }
    worker.posted.length = 0;
    let lives = 0;
    let worded = 0;
    for (let i = 0; i < 120; i++) {
      worker.tick();
      for (const f of worker.frames()) {
        if (f.picture) worker.send({ type: 'presented' });
        if (f.live === null) continue;
        lives++;
        expect(f.picture).not.toBeNull();
        // The words the stage drew on that picture are of the numbers' own instant.
        const labels = f.stage.filter((m) => m.type === 'labels').at(-1);
        if (labels?.type !== 'labels') continue;
        expect(labels.frame.timeMs).toBe(f.live.summary.timeMs);
        worded++;
      }
      worker.posted.length = 0;
    }
    // About ten times a second, over two seconds.
    expect(lives).toBeGreaterThanOrEqual(15);
    expect(worded).toBeGreaterThan(lives / 2);
  });

  it('sends no more than MAX_UNPRESENTED pictures ahead of the page', async () => {
    const worker = await startWorker();
    for (let i = 0; i < 60; i++) worker.tick();
    const pictures = worker.frames().filter((f) => f.picture !== null);
    expect(pictures).toHaveLength(MAX_UNPRESENTED);
    // Nor numbers without a picture: they wait with it.
    expect(worker.frames().filter((f) => f.live !== null && f.picture === null)).toEqual([]);
    worker.posted.length = 0;
    // The page catches up: the held frame comes at once, numbers and all.
    worker.send({ type: 'presented' });
    const next = worker.frames();
    expect(next).toHaveLength(1);
    expect(next[0]?.picture).not.toBeNull();
    expect(next[0]?.live).not.toBeNull();
  });

  it('never runs a run ahead of the wall clock × its speed: not after a sped-up run was paused and a fresh one began at 1×, nor over late frames', async () => {
    // Try 8, seen once: the tour's step 2 opened at t = 1.1 s and showed t = 26.8 s "five seconds
    // later" at 1×, after step 1 had run at 3× and paused on its crash. The tour's sequence, here:
    const worker = fakeWorkerScope();
    await import('./simWorker.ts');
    const scenario = presetScenario('no-backpressure');
    worker.send({ type: 'load', scenario });
    worker.send({ type: 'speed', speed: 3 });
    worker.send({ type: 'playing', playing: true });
    for (let i = 0; i < 120; i++) worker.tick();
    // Step 1 settles on its crash: 1×, paused; the reader reads for half a minute, presses Next.
    worker.send({ type: 'speed', speed: 1 });
    worker.send({ type: 'playing', playing: false });
    worker.wait(30_000);
    // Step 2: the run from 0 s, playing.
    worker.send({ type: 'load', scenario });
    worker.send({ type: 'playing', playing: true });
    worker.posted.length = 0;
    const began = worker.clock();
    // Five seconds of frames, every twentieth two seconds late (a busy machine, a hidden tab).
    for (let i = 0; worker.clock() - began < 5_000; i++) worker.tick(i % 20 === 19 ? 2_000 : 0);
    const lives = worker.posted.flatMap((m) => (m.type === 'frame' && m.live ? [m.live] : []));
    const last = lives.at(-1)!;
    expect(last.run).toBe(lives[0]!.run);
    expect(last.now).toBeLessThanOrEqual(worker.clock() - began);
    // It runs, and late frames are not caught up (a quarter of a second each at most, so under half
    // the wall time here).
    expect(last.now).toBeGreaterThan(1_000);
    expect(last.now).toBeLessThan((worker.clock() - began) / 2);
  });
});
