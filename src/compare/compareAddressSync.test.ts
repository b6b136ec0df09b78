import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeAddressHost } from '../share/testing/fakeAddressHost.ts';
import { startCompareAddressSync } from './compareAddressSync.ts';
import { decodeCompareQuery } from './compareLink.ts';
import { createCompareStore } from './compareStore.ts';

describe('startCompareAddressSync', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the comparison’s link once a burst of changes settles', () => {
    const store = createCompareStore({ playing: false });
    const fake = fakeAddressHost('https://example.org/play/compare.html?utm=1');
    startCompareAddressSync(store, fake.host, 400);
    for (const rate of [80, 85, 90])
      store.getState().setShared('workload.pattern.ratePerSec', rate);
    vi.advanceTimersByTime(399);
    expect(fake.writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fake.writes).toHaveLength(1);
    const url = new URL(fake.writes[0] as string);
    expect(url.pathname).toBe('/play/compare.html');
    const decoded = decodeCompareQuery(url.search);
    expect(decoded.ok && decoded.comparison).toEqual(store.getState().comparison);
  });

  it('ignores what does not change the comparison, and writes a pending change on leaving', () => {
    const store = createCompareStore({ playing: false });
    const fake = fakeAddressHost('https://example.org/compare.html');
    startCompareAddressSync(store, fake.host, 400);
    store.getState().play();
    store.getState().step();
    vi.advanceTimersByTime(1000);
    expect(fake.writes).toEqual([]);
    store.getState().addColumn();
    fake.leave();
    expect(fake.writes).toHaveLength(1);
    expect(new URL(fake.writes[0] as string).searchParams.get('d')).not.toBeNull();
  });

  it('stops when asked', () => {
    const store = createCompareStore({ playing: false });
    const fake = fakeAddressHost('https://example.org/compare.html');
    const stop = startCompareAddressSync(store, fake.host, 400);
    store.getState().setShared('seed', 3);
    stop();
    vi.advanceTimersByTime(1000);
    expect(fake.writes).toEqual([]);
  });
});
