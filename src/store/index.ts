/**
 * The playground's one store and its frame loop. The stage reads `playgroundStore.getState().engine`
 * inside `subscribeFrame` callbacks; React components use `usePlayground` with a selector.
 */
import { useStore } from 'zustand';
import { assembleStore } from './assembleStore.ts';
import { pageCatalogue } from './scenarioCatalogue.ts';
import { simulationPlace } from './simulationPlace.ts';
import { storeOptionsFromQuery } from './storeFromLink.ts';
import { browserFrameHost, createFrameLoop, type FrameCallback } from './frameLoop.ts';
import type { PlaygroundState } from './types.ts';

export type { FrameCallback, FrameInfo } from './frameLoop.ts';
export type { ChartId, LiveStats, PlaygroundState, Theme } from './types.ts';
export { CHART_IDS } from './types.ts';
export { MAX_SPEED, MIN_SPEED } from './runSlice.ts';
export { useShallow } from 'zustand/react/shallow';

export const playgroundStore = assembleStore(
  await simulationPlace(),
  await storeOptionsFromQuery(typeof location === 'undefined' ? '' : location.search),
  pageCatalogue,
);
// The checker and the other presets follow at once, without holding up the first paint.
pageCatalogue.warm();

const frameLoop = createFrameLoop(playgroundStore, browserFrameHost());
// A hot reload of this module must not leave the old loop running beside the new one.
import.meta.hot?.dispose(() => frameLoop.dispose());

/** Calls `callback` once per animation frame, after the simulation has advanced; returns an unsubscribe. */
export function subscribeFrame(callback: FrameCallback): () => void {
  return frameLoop.subscribeFrame(callback);
}

/** The store as a React hook; pass `useShallow(selector)` when the selector builds an object. */
export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  return useStore(playgroundStore, selector);
}
