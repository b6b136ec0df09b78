/**
 * The compare page's only requestAnimationFrame owner: the playground's loop (src/store/frameLoop.ts)
 * driving the lockstep clock, so each frame advances every column by the same simulated time within
 * one work budget, then tells the stages. React hears about it at most ten times a second.
 */
import {
  runFrameLoop,
  type FrameCallback,
  type FrameHost,
  type FrameInfo,
  type FrameLoop,
} from '../store/frameLoop.ts';
import type { CompareStore } from './compareStore.ts';

export type { FrameCallback, FrameHost, FrameInfo, FrameLoop };

export function createCompareFrameLoop(store: CompareStore, host: FrameHost): FrameLoop {
  return runFrameLoop(
    {
      store,
      needsFrames: (s) => s.playing,
      advance: (s, asked, clock, budget) => s.clock.advance(asked, clock, budget),
      readsLive: () => true,
    },
    host,
  );
}
