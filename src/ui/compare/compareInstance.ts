/**
 * The compare page's one store and frame loop, opened on the comparison its address describes. A
 * damaged link opens the default comparison and keeps the problems, so the page can say why.
 */
import { useStore } from 'zustand';
import { decodeCompareQuery } from '../../compare/compareLink.ts';
import { createCompareFrameLoop, type FrameCallback } from '../../compare/compareFrameLoop.ts';
import {
  createCompareStore,
  type CompareState,
  type CompareStoreOptions,
} from '../../compare/compareStore.ts';
import { defaultComparison } from '../../compare/comparison.ts';
import { createEngine } from '../../driver/engineControl.ts';
import { browserFrameHost } from '../../store/frameLoop.ts';

/** A phone, as the page's CSS and CompareApp have it. */
export const PHONE = '(max-width: 39.99rem)';

function optionsFromAddress(): CompareStoreOptions {
  const decoded = decodeCompareQuery(location.search);
  // Moving pictures that start by themselves are what reduced motion asks to avoid: wait for Play.
  const playing = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The stages' animation log is the playground's, so a step shows what the playground would.
  // On a phone each stage makes its column about 1,400 px tall and pushes the table of differences,
  // the comparison itself, far down: they start hidden there ("Show each column's stage" brings them).
  const showStages = !window.matchMedia(PHONE).matches;
  const common = { playing, showStages, engineFactory: createEngine };
  if (decoded.ok) return { ...common, comparison: decoded.comparison };
  return { ...common, comparison: defaultComparison(), problems: decoded.problems };
}

export const compareStore = createCompareStore(optionsFromAddress());

const frameLoop = createCompareFrameLoop(compareStore, browserFrameHost());
// A hot reload of this module must not leave the old loop running beside the new one.
import.meta.hot?.dispose(() => frameLoop.dispose());

/** Calls `callback` once per animation frame, after every column has advanced. */
export function subscribeFrame(callback: FrameCallback): () => void {
  return frameLoop.subscribeFrame(callback);
}

/** The store as a React hook; pass `useShallow(selector)` when the selector builds an object. */
export function useCompare<T>(selector: (state: CompareState) => T): T {
  return useStore(compareStore, selector);
}
