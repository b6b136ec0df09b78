/** Keyboard shortcuts, decided from the key and what has focus; the hook only wires them up. */

export type ShortcutAction = 'toggle' | 'step' | 'reset';

export const SHORTCUTS: readonly {
  keys: string;
  aria: string;
  action: ShortcutAction;
  what: string;
}[] = [
  { keys: 'Space', aria: 'Space', action: 'toggle', what: 'Play or pause' },
  {
    keys: '→',
    aria: 'ArrowRight',
    action: 'step',
    what: 'Step to the next thing that happens (pauses)',
  },
  { keys: 'R', aria: 'r', action: 'reset', what: 'Reset: start the run again with the same seed' },
];

export interface KeyInfo {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** Lower-case tag name of the focused element. */
  targetTag: string;
  targetEditable?: boolean;
}

/** Elements whose own keyboard handling must win: typing, sliders, lists, radio groups. */
function ownsKeys(info: KeyInfo): boolean {
  return (
    info.targetEditable === true ||
    info.targetTag === 'input' ||
    info.targetTag === 'textarea' ||
    info.targetTag === 'select'
  );
}

/** Space activates whatever button or link has focus; the shortcut must not do it a second time. */
function activatesOnSpace(tag: string): boolean {
  return tag === 'button' || tag === 'a' || tag === 'summary';
}

export function shortcutFor(info: KeyInfo): ShortcutAction | null {
  if (info.altKey || info.ctrlKey || info.metaKey || ownsKeys(info)) return null;
  switch (info.key) {
    case ' ':
      return activatesOnSpace(info.targetTag) ? null : 'toggle';
    case 'ArrowRight':
      return 'step';
    case 'r':
    case 'R':
      return 'reset';
    default:
      return null;
  }
}
