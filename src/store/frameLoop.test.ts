import { describe, expect, it } from 'vitest';
import { localEngine } from './testing/localEngine.ts';
import { createPlaygroundStore } from './createPlaygroundStore.ts';
import {
  createFrameLoop,
  LIVE_INTERVAL_MS,
  MAX_FRAME_MS,
  type FrameHost,
  type FrameInfo,
} from './frameLoop.ts';

/** A hand-driven host: frames run when the test says so. */
function fakeHost() {
  let pending: ((now: number) => void) | null = null;
  let hidden = false;
  let onVisibility: () => void = () => {};
  let clock = 0;
  const host: FrameHost = {
    requestFrame(callback) {
      pending = callback;
      return 1;
    },
    cancelFrame() {
      pending = null;
    },
    clock: () => clock,
    isHidden: () => hidden,
    onVisibilityChange(callback) {
      onVisibility = callback;
      return () => {};
    },
  };
  return {
    host,
    get scheduled() {
      return pending !== null;
    },
    frame(now: number) {
      const run = pending;
      pending = null;
      run?.(now);
    },
    setHidden(value: boolean) {
      hidden = value;
      onVisibility();
    },
    tickClock(ms: number) {
      clock += ms;
    },
  };
}

describe('createFrameLoop', () => {
  it('advances a playing engine by wall time × speed', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: true });
    const fake = fakeHost();
    createFrameLoop(store, fake.host);
    store.getState().setSpeed(2);
    fake.frame(1000);
    fake.frame(1016);
    expect(localEngine(store).now).toBeCloseTo(32);
  });

  it('clamps a long gap, so a tab coming back does not jump far ahead', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: true });
    const fake = fakeHost();
    createFrameLoop(store, fake.host);
    fake.frame(0);
    fake.frame(60_000);
    expect(localEngine(store).now).toBe(MAX_FRAME_MS);
  });

  it('tells subscribers each frame, with the simulated advance', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: true });
    const fake = fakeHost();
    const loop = createFrameLoop(store, fake.host);
    const seen: FrameInfo[] = [];
    loop.subscribeFrame((info) => seen.push(info));
    fake.frame(100);
    fake.frame(110);
    expect(seen).toEqual([
      { now: 100, dtMs: 0, simDtMs: 0 },
      { now: 110, dtMs: 10, simDtMs: 10 },
    ]);
  });

  it('keeps going when a subscriber throws', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: true });
    const fake = fakeHost();
    const loop = createFrameLoop(store, fake.host);
    const originalReportError = globalThis.reportError;
    globalThis.reportError = () => {};
    loop.subscribeFrame(() => {
      throw new Error('boom');
    });
    fake.frame(0);
    globalThis.reportError = originalReportError;
    expect(fake.scheduled).toBe(true);
  });

  it('stops when paused with no subscribers and restarts on play', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: true });
    const fake = fakeHost();
    createFrameLoop(store, fake.host);
    store.getState().pause();
    fake.frame(0);
    expect(fake.scheduled).toBe(false);
    store.getState().play();
    expect(fake.scheduled).toBe(true);
  });

  it('does no work while the page is hidden and resumes without catching up', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: true });
    const fake = fakeHost();
    createFrameLoop(store, fake.host);
    fake.frame(0);
    fake.frame(16);
    fake.setHidden(true);
    expect(fake.scheduled).toBe(false);
    fake.setHidden(false);
    fake.frame(10_000);
    fake.frame(10_016);
    expect(localEngine(store).now).toBe(32);
  });

  it('shows, once hidden, the numbers of the instant it stopped, not the last throttled ones', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: true });
    const fake = fakeHost();
    createFrameLoop(store, fake.host);
    fake.frame(0);
    fake.frame(LIVE_INTERVAL_MS);
    // Two frames since the last refresh: the live numbers lag the engine by 32 ms.
    fake.frame(LIVE_INTERVAL_MS + 16);
    fake.frame(LIVE_INTERVAL_MS + 32);
    expect(store.getState().live.timeMs).toBeLessThan(localEngine(store).now);
    fake.setHidden(true);
    expect(store.getState().live.timeMs).toBe(localEngine(store).now);
  });

  it('refreshes the live numbers at most every LIVE_INTERVAL_MS', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: true });
    const fake = fakeHost();
    createFrameLoop(store, fake.host);
    const before = store.getState().live.tick;
    for (let t = 0; t <= 1000; t += 10) fake.frame(t);
    const refreshes = store.getState().live.tick - before;
    expect(refreshes).toBeGreaterThan(5);
    expect(refreshes).toBeLessThanOrEqual(1000 / LIVE_INTERVAL_MS + 1);
  });
});
