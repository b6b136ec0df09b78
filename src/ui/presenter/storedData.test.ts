import { describe, expect, it } from 'vitest';
import { eraseItems, storedItems, type StoredDataStorage } from './storedData.ts';

function fakeStorage(
  entries: Record<string, string>,
): StoredDataStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(entries));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    removeItem: (k) => void data.delete(k),
  };
}

const entry = (passed: boolean, attempt: unknown) => ({
  passedAt: passed ? '2026-12-01T10:00:00.000Z' : null,
  checks: 2,
  hintsShown: 0,
  solutionShown: false,
  attempt,
});

describe('what the page keeps, in words', () => {
  it('describes each kind of data by what it holds, and leaves other sites’ keys alone', () => {
    const progress = {
      version: 1,
      packs: {
        'backpressure-basics': {
          'tipping-point': entry(true, [['consumers.count', 2]]),
          'out-of-memory': entry(false, null),
          leaderboard: entry(true, null),
        },
      },
    };
    const storage = fakeStorage({
      'backpressure-playground:progress:v1': JSON.stringify(progress),
      'backpressure-playground:set-aside:progress:2026-12-01': '{',
      'backpressure-playground:tour:v1': '{"seen":true,"step":3,"finished":false}',
      'backpressure-playground:display:v1':
        '{"theme":"dark","largeText":true,"highContrast":false}',
      'backpressure-playground:room-timer:v1': '{}',
      'backpressure-playground:room-attendee:v1': '{"token":"x","name":"Ana"}',
      'backpressure-playground:something-new:v2': '1',
      'another-site:token': 'keep me',
    });
    const items = storedItems(storage);
    expect(items.map((i) => i.what)).toEqual([
      'Exercise progress: 2 exercises passed, 1 exercise tried, with the settings saved for 1 exercise',
      '1 copy of damaged progress, set aside when it could not be read',
      'The guided tour’s place: step 4',
      'Display settings: dark colours, large text',
      'The room timer',
      'Your name and identity for the instructor’s room view',
      'Other data of this page (“something-new:v2”)',
    ]);
    expect(eraseItems(storage, items)).toBe(0);
    expect([...storage.data.keys()]).toEqual(['another-site:token']);
    expect(storedItems(storage)).toEqual([]);
  });

  it('names damaged data plainly instead of failing to describe it', () => {
    const storage = fakeStorage({
      'backpressure-playground:progress:v1': 'not json',
      'backpressure-playground:display:v1': '[',
      'backpressure-playground:tour:v1': 'null',
    });
    expect(storedItems(storage).map((i) => i.what)).toEqual([
      'Exercise progress (stored in a form this page cannot read)',
      'The guided tour’s place: seen',
      'Display settings',
    ]);
  });

  it('counts what a blocked storage would not remove', () => {
    const storage = fakeStorage({ 'backpressure-playground:tour:v1': '{}' });
    storage.removeItem = () => {
      throw new Error('SecurityError');
    };
    expect(eraseItems(storage, storedItems(storage))).toBe(1);
  });
});
