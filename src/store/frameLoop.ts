/**
 * The single owner of requestAnimationFrame. Each frame it advances a playing simulation by the
 * wall-clock time since the last frame times the speed, then tells its subscribers (the stage).
 * React is never told per frame: the live numbers are refreshed at most LIVE_INTERVAL_MS apart.
 */
import type { PlaygroundStore } from './createPlaygroundStore.ts';

export interface FrameInfo {
  /** Wall-clock time of the frame, ms (the requestAnimationFrame timestamp). */
  now: number;
  /** Wall-clock time since the previous frame, ms, clamped to MAX_FRAME_MS. */
  dtMs: number;
  /** Simulated time advanced in this frame, ms (0 when paused). */
  simDtMs: number;
}

export type FrameCallback = (info: FrameInfo) => void;

/** What the loop needs from the browser, injectable so the loop can be tested without one. */
export interface FrameHost {
  requestFrame(callback: (now: number) => void): number;
  cancelFrame(handle: number): void;
  /** A monotonic clock, ms, for the per-frame work budget. */
  clock(): number;
  isHidden(): boolean;
  /** Calls back when the page is hidden or shown; returns an unsubscribe. */
  onVisibilityChange(callback: () => void): () => void;
}

export { LIVE_INTERVAL_MS, MAX_FRAME_MS, WORK_BUDGET_MS } from '../driver/frameTiming.ts';
import { LIVE_INTERVAL_MS, MAX_FRAME_MS, WORK_BUDGET_MS } from '../driver/frameTiming.ts';

export interface FrameLoop {
  subscribeFrame(callback: FrameCallback): () => void;
  /** Stops everything; for tests and hot reloads. */
  dispose(): void;
}

/** The running state a page's loop reads: what every page with a transport has. */
interface RunState {
  playing: boolean;
  speed: number;
  refreshLive(): void;
}

/** What one page's frames drive; the loop itself is the same for every page. */
export interface FrameSource<S extends RunState> {
  store: { getState(): S; subscribe(listener: (state: S, previous: S) => void): () => void };
  /** Whether frames are wanted when nobody has subscribed to them (a run to advance here). */
  needsFrames(state: S): boolean;
  /** Advances by `askedMs` of simulated time within the work budget; returns how far it went. */
  advance(state: S, askedMs: number, clock: () => number, budgetMs: number): number;
  /** Whether React's numbers are read here after an advance (throttled to LIVE_INTERVAL_MS). */
  readsLive(state: S): boolean;
  /** Hears that the page was hidden or shown, besides the loop stopping and starting. */
  onVisibility?(hidden: boolean): void;
}

/** Runs `source` on the host's animation frames. */
export function runFrameLoop<S extends RunState>(
  source: FrameSource<S>,
  host: FrameHost,
): FrameLoop {
  const { store } = source;
  const subscribers = new Set<FrameCallback>();
  let handle: number | null = null;
  let lastFrame: number | null = null;
  let lastLive = -Infinity;

  const wanted = () =>
    !host.isHidden() && (subscribers.size > 0 || source.needsFrames(store.getState()));

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
    const state = store.getState();
    const asked = state.playing && dtMs > 0 ? dtMs * state.speed : 0;
    const simDtMs = source.advance(state, asked, host.clock, WORK_BUDGET_MS);
    if (asked > 0 && source.readsLive(state) && now - lastLive >= LIVE_INTERVAL_MS) {
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
    // On pause the numbers show exactly where the run stopped.
    if (!state.playing && previous.playing) state.refreshLive();
  });
  const unsubscribeVisibility = host.onVisibilityChange(() => {
    source.onVisibility?.(host.isHidden());
    const state = store.getState();
    // As on pause: a hidden page's numbers are where the run stopped, not the last throttled ones.
    if (host.isHidden() && state.playing && source.readsLive(state)) state.refreshLive();
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

/**
 * The playground's loop. A worker keeps its own frames; this thread then needs them only for its
 * subscribers.
 */
export function createFrameLoop(store: PlaygroundStore, host: FrameHost): FrameLoop {
  return runFrameLoop(
    {
      store,
      needsFrames: (s) => s.playing && s.driver.kind === 'local',
      advance: (s, asked, clock, budget) => s.driver.frame(asked, clock, budget),
      // A worker sends its own numbers; a run on this thread is read here.
      readsLive: (s) => s.driver.kind === 'local',
      onVisibility: (hidden) => store.getState().driver.setHidden(hidden),
    },
    host,
  );
}

function reportError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(error);
}

/** The browser's frames, clock and visibility. */
export function browserFrameHost(): FrameHost {
  return {
    requestFrame: (callback) => requestAnimationFrame(callback),
    cancelFrame: (h) => cancelAnimationFrame(h),
    clock: () => performance.now(),
    isHidden: () => document.hidden,
    onVisibilityChange(callback) {
      document.addEventListener('visibilitychange', callback);
      return () => document.removeEventListener('visibilitychange', callback);
    },
  };
}
