/**
 * The game's keyboard: lanes, strategies, helper, play and pause, from anywhere on the page. Keys
 * are left alone while a text field has focus, and Space and Enter keep their usual meaning on
 * buttons, links, checkboxes and radio buttons, so every control still works by keyboard.
 */
import { useEffect } from 'react';
import type { GameSession } from './gameSession.ts';
import { keyCommand } from './keymap.ts';

function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)
  );
}

function activatesWithSpace(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLButtonElement ||
    target instanceof HTMLAnchorElement ||
    target instanceof HTMLInputElement ||
    (target instanceof HTMLElement && target.tagName === 'SUMMARY')
  );
}

export function useGameKeys(session: GameSession): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typesText(event.target)) return;
      const command = keyCommand(event.key);
      if (!command) return;
      if (command.kind === 'play-pause' && activatesWithSpace(event.target)) return;
      event.preventDefault();
      // Holding a key down would otherwise fire it many times a second: each press is a decision.
      if (event.repeat) return;
      session.run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    // Says the keys work now, for tests and tools that type as soon as the page shows.
    document.body.dataset.gameKeys = 'on';
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      delete document.body.dataset.gameKeys;
    };
  }, [session]);
}
