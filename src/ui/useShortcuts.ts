/** Wires the keyboard shortcuts to the playground's store, for the page's lifetime. */
import { playgroundStore } from '../store/index.ts';
import { useTransportShortcuts } from './useTransportShortcuts.ts';

const controls = () => playgroundStore.getState();

export function useShortcuts(): void {
  useTransportShortcuts(controls);
}
