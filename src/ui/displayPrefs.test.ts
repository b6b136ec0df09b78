import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../store/createPlaygroundStore.ts';
import { DISPLAY_KEY, keepDisplayPrefs, readDisplayPrefs } from './displayPrefs.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('display preferences', () => {
  it('come back after a reload', () => {
    const storage = memoryStorage();
    const first = createPlaygroundStore({ playing: false });
    keepDisplayPrefs(first, storage);
    first.getState().setTheme('dark');
    first.getState().setLargeText(true);

    const second = createPlaygroundStore({ playing: false });
    keepDisplayPrefs(second, storage);
    expect(second.getState()).toMatchObject({
      theme: 'dark',
      largeText: true,
      highContrast: false,
    });
  });

  it('are not written for changes that are not theirs', () => {
    const storage = memoryStorage();
    const store = createPlaygroundStore({ playing: false });
    keepDisplayPrefs(store, storage);
    store.getState().setSpeed(5);
    expect(storage.items.has(DISPLAY_KEY)).toBe(false);
  });

  it('keep what is valid of damaged data and ignore the rest', () => {
    const storage = memoryStorage({
      [DISPLAY_KEY]: JSON.stringify({ theme: 'neon', largeText: true, highContrast: 'yes' }),
    });
    expect(readDisplayPrefs(storage)).toEqual({ largeText: true });
    expect(readDisplayPrefs(memoryStorage({ [DISPLAY_KEY]: '{not json' }))).toEqual({});
    expect(readDisplayPrefs(null)).toEqual({});
  });

  it('never throw, whatever the storage holds or does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const prefs = readDisplayPrefs(memoryStorage({ [DISPLAY_KEY]: text }));
        if (prefs.theme !== undefined) expect(['system', 'light', 'dark']).toContain(prefs.theme);
      }),
    );
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createPlaygroundStore({ playing: false });
    expect(() => keepDisplayPrefs(store, refusing)).not.toThrow();
    expect(() => store.getState().setTheme('dark')).not.toThrow();
  });
});
