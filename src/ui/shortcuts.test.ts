import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyInfo } from './shortcuts.ts';

const key = (k: string, over: Partial<KeyInfo> = {}): KeyInfo => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  targetTag: 'body',
  ...over,
});

describe('shortcutFor', () => {
  it('maps space, → and r', () => {
    expect(shortcutFor(key(' '))).toBe('toggle');
    expect(shortcutFor(key('ArrowRight'))).toBe('step');
    expect(shortcutFor(key('r'))).toBe('reset');
    expect(shortcutFor(key('R'))).toBe('reset');
    expect(shortcutFor(key('x'))).toBeNull();
  });

  it('leaves keys to text fields, sliders and lists', () => {
    for (const tag of ['input', 'textarea', 'select'])
      expect(shortcutFor(key('r', { targetTag: tag }))).toBeNull();
    expect(shortcutFor(key(' ', { targetTag: 'div', targetEditable: true }))).toBeNull();
  });

  it('lets space press a focused button instead of toggling as well', () => {
    expect(shortcutFor(key(' ', { targetTag: 'button' }))).toBeNull();
    expect(shortcutFor(key('ArrowRight', { targetTag: 'button' }))).toBe('step');
  });

  it('ignores keys with modifiers', () => {
    expect(shortcutFor(key('r', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('r', { metaKey: true }))).toBeNull();
  });
});
