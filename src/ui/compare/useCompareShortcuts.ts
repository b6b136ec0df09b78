/** The playground's keyboard shortcuts (play or pause, step, reset), for every column at once. */
import { useTransportShortcuts } from '../useTransportShortcuts.ts';
import { compareStore } from './compareInstance.ts';

const controls = () => compareStore.getState();

export function useCompareShortcuts(): void {
  useTransportShortcuts(controls);
}
