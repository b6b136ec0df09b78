/**
 * The compare page's only requestAnimationFrame owner, built like the playground's (src/store/
 * frameLoop.ts): each frame it advances the lockstep clock by the wall time since the last frame times
 * the speed, within one work budget for all columns together, then tells its subscribers (the
 * stages). React hears about it at most ten times a second through `refreshLive`.
 */
import {
  LIVE_INTERVAL_MS,
  MAX_FRAME_MS,
  WORK_BUDGET_MS,
  type FrameCallback,
  type FrameHost,
  type FrameInfo,
  type FrameLoop,
} from '../store/frameLoop.ts';
import type { CompareStore } from './compareStore.ts';

export type { FrameCallback, FrameHost, FrameInfo, FrameLoop };

export function createCompareFrameLoop(store: CompareStore, host: FrameHost): FrameLoop {
  const subscribers = new Set<FrameCallback>();
  let handle: number | null = null;
  let lastFrame: number | null = null;
  let lastLive = -Infinity;

  const wanted = () => !host.isHidden() && (subscribers.size > 0 || store.getState().playing);

  function ensureRunning(): void {
    if (handle === null && wanted()) handle = host.requestFrame(frame);
  }

  function stop(): void {
    if (handle !== null) host.cancelFrame(handle);
    handle = null;
    // The next frame after a pause or a hidden spell starts the clock afresh instead of catching up.
    lastFrame = null;
  }

  function frame(now: number): void {
    handle = null;
    if (!wanted()) {
      lastFrame = null;
      return;
    }
    const dtMs = lastFrame === null ? 0 : Math.min(Math.max(now - lastFrame, 0), MAX_FRAME_MS);
    lastFrame = now;
    const { playing, speed, clock } = store.getState();
    const asked = playing && dtMs > 0 ? dtMs * speed : 0;
    const simDtMs = clock.advance(asked, host.clock, WORK_BUDGET_MS);
    if (asked > 0 && now - lastLive >= LIVE_INTERVAL_MS) {
      lastLive = now;
      store.getState().refreshLive();
    }
    // Scheduled before the callbacks run, so one that throws cannot stop the loop.
    handle = host.requestFrame(frame);
    const info: FrameInfo = { now, dtMs, simDtMs };
    for (const callback of subscribers) {
      try {
        callback(info);
      } catch (error) {
        reportError(error);
      }
    }
  }

  const unsubscribeStore = store.subscribe((state, previous) => {
    if (state.playing && !previous.playing) ensureRunning();
    // On pause the numbers show exactly where the runs stopped.
    if (!state.playing && previous.playing) state.refreshLive();
  });
  const unsubscribeVisibility = host.onVisibilityChange(() => {
    if (host.isHidden()) stop();
    else ensureRunning();
  });
  ensureRunning();

  return {
    subscribeFrame(callback) {
      subscribers.add(callback);
      ensureRunning();
      return () => {
        subscribers.delete(callback);
      };
    },
    dispose() {
      stop();
      subscribers.clear();
      unsubscribeStore();
      unsubscribeVisibility();
    },
  };
}

function reportError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(error);
}
