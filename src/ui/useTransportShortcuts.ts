/**
 * Space, → and R for play or pause, step and reset, for the page's lifetime. Shared by every page
 * with a transport; each passes the store it drives, read at key time, never captured.
 */
import { useEffect } from 'react';
import { shortcutFor } from './shortcuts.ts';

export interface TransportControls {
  toggle(): void;
  step(): void;
  reset(): void;
}

export function useTransportShortcuts(controls: () => TransportControls): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const action = shortcutFor({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        targetTag: target?.tagName.toLowerCase() ?? '',
        targetEditable: target?.isContentEditable ?? false,
      });
      if (action === null) return;
      event.preventDefault();
      controls()[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [controls]);
}
