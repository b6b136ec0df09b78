/**
 * True once the reader has stopped at the figure: on screen, and not moved for SETTLE_MS, and then a
 * quiet moment on the page. Heavy parts (the charts) wait for it, so a figure loaded ahead of the
 * reader, or one being scrolled past, never stalls the scroll to parse and draw them.
 */
import { useEffect, useState } from 'react';
import type { PlayGate } from '../../embed/playGate.ts';
import type { Signal } from '../../embed/signal.ts';

export const SETTLE_MS = 500;
/** The quiet moment is not awaited longer than this. */
const IDLE_TIMEOUT_MS = 1000;

function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 100);
  return () => window.clearTimeout(handle);
}

export function useSeenAndIdle(gate: PlayGate, moved: Signal): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    let settle: number | null = null;
    let cancelIdle: (() => void) | null = null;
    const stop = () => {
      if (settle !== null) window.clearTimeout(settle);
      settle = null;
      cancelIdle?.();
      cancelIdle = null;
    };
    // Every move starts the wait again; leaving the screen abandons it.
    const restart = () => {
      stop();
      if (!gate.onScreen) return;
      settle = window.setTimeout(() => {
        settle = null;
        cancelIdle = whenIdle(() => setReady(true));
      }, SETTLE_MS);
    };
    restart();
    const unsubscribeGate = gate.subscribe(restart);
    const unsubscribeMoves = moved.subscribe(restart);
    return () => {
      unsubscribeGate();
      unsubscribeMoves();
      stop();
    };
  }, [gate, moved, ready]);
  return ready;
}
