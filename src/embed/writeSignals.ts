/**
 * Puts the figure's state on its root element, for tests and for pages that script their figures:
 * data-playing, data-on-screen, data-sim-time (simulated ms, refreshed with the live numbers), and,
 * once, data-first-frame (ms after navigation of the first frame that moved, also a performance mark).
 */
import { playgroundStore, subscribeFrame } from '../store/index.ts';
import type { PlayGate } from './playGate.ts';

export const FIRST_FRAME_MARK = 'backpressure-playground:first-animated-frame';

export function writeSignals(
  element: HTMLElement,
  gate: PlayGate,
  onFirstFrame: () => void = () => {},
): () => void {
  const set = (name: string, value: string) => {
    // Only real changes: the store changes many times a second, and each write restyles the figure.
    if (element.dataset[name] !== value) element.dataset[name] = value;
  };
  const write = () => {
    const { playing, live } = playgroundStore.getState();
    set('playing', String(playing));
    set('onScreen', String(gate.onScreen));
    set('simTime', String(Math.round(live.timeMs)));
  };
  write();
  const unsubscribeStore = playgroundStore.subscribe(write);
  const unsubscribeGate = gate.subscribe(write);
  let unsubscribeFrame: (() => void) | null = subscribeFrame((info) => {
    // The first frame in which the simulation advanced; the stage draws in the same frame.
    if (info.simDtMs <= 0) return;
    set('firstFrame', String(Math.round(info.now)));
    performance.mark(FIRST_FRAME_MARK);
    unsubscribeFrame?.();
    unsubscribeFrame = null;
    onFirstFrame();
  });
  return () => {
    unsubscribeStore();
    unsubscribeGate();
    unsubscribeFrame?.();
  };
}
