/** The playground's keyboard shortcuts (play or pause, step, reset), for every column at once. */
import { useEffect } from 'react';
import { shortcutFor, type ShortcutAction } from '../shortcuts.ts';
import { compareStore } from './compareInstance.ts';

function run(action: ShortcutAction): void {
  const state = compareStore.getState();
  switch (action) {
    case 'toggle':
      state.toggle();
      return;
    case 'step':
      state.step();
      return;
    case 'reset':
      state.reset();
      return;
  }
}

export function useCompareShortcuts(): void {
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
      run(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
