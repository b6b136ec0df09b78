import { describe, expect, it } from 'vitest';
import { loadBuiltInPack } from '../../exercises/index.ts';
import { parseScenario } from '../../sim/parseScenario.ts';
import {
  applyAttempt,
  attemptFrom,
  EMPTY_PROGRESS,
  progressOf,
  statusOf,
  updateProgress,
  withCheck,
  type Progress,
} from './progress.ts';
import {
  NOTICES,
  PROGRESS_KEY,
  parseProgressText,
  progressText,
  readProgress,
  writeProgress,
  type ProgressStorage,
} from './progressStorage.ts';

/** An in-memory Storage; `quota` makes setItem throw as a full browser storage does. */
function fakeStorage(initial: Record<string, string> = {}, quota = Infinity) {
  const items = new Map(Object.entries(initial));
  const storage: ProgressStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      if (value.length > quota)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
    key: (i) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
  return { storage, items };
}

const pack = loadBuiltInPack();
const start = pack.exercises[0]!.start;

function sample(): Progress {
  let progress = updateProgress(EMPTY_PROGRESS, pack.id, 'tipping-point', (e) =>
    withCheck({ ...e, attempt: [['consumers.count', 2]] }, true, new Date('2026-12-01T10:00:00Z')),
  );
  progress = updateProgress(progress, pack.id, 'payments', (e) =>
    withCheck({ ...e, hintsShown: 2 }, false, new Date()),
  );
  return updateProgress(progress, 'team-pack', 'one', (e) => ({ ...e, solutionShown: true }));
}

describe('progress', () => {
  it('says not started, tried and passed, and keeps the date of the first pass', () => {
    let progress = EMPTY_PROGRESS;
    expect(statusOf(progressOf(progress, 'p', 'x'))).toBe('not-started');
    progress = updateProgress(progress, 'p', 'x', (e) => withCheck(e, false, new Date(1)));
    expect(statusOf(progressOf(progress, 'p', 'x'))).toBe('tried');
    progress = updateProgress(progress, 'p', 'x', (e) => withCheck(e, true, new Date(2000)));
    progress = updateProgress(progress, 'p', 'x', (e) => withCheck(e, true, new Date(9000)));
    expect(progressOf(progress, 'p', 'x')).toMatchObject({
      passedAt: new Date(2000).toISOString(),
      checks: 3,
    });
    expect(statusOf(progressOf(progress, 'p', 'x'))).toBe('passed');
  });

  it('keeps an attempt as the changed fields, which rebuild the same scenario', () => {
    const changed = parseScenario({
      ...start,
      consumers: { ...start.consumers, count: 3, service: { kind: 'constant', meanMs: 12 } },
    });
    if (!changed.ok) throw new Error('test scenario invalid');
    const attempt = attemptFrom(start, changed.value);
    expect(attempt?.map(([path]) => path).sort()).toEqual(['consumers.count', 'consumers.service']);
    expect(parseScenario(applyAttempt(start, attempt ?? []))).toEqual(changed);
    expect(attemptFrom(start, start)).toBeNull();
  });
});

describe('progress storage', () => {
  it('round-trips through localStorage under the versioned key', () => {
    const { storage, items } = fakeStorage();
    expect(writeProgress(storage, sample())).toEqual({ ok: true });
    expect(items.has(PROGRESS_KEY)).toBe(true);
    expect(PROGRESS_KEY).toMatch(/:v1$/);
    const read = readProgress(storage);
    expect(read.notice).toBeNull();
    expect(read.progress).toEqual(sample());
  });

  it('reads nothing, without a word, on a first visit', () => {
    expect(readProgress(fakeStorage().storage)).toEqual({
      progress: new Map(),
      notice: null,
      writable: true,
    });
  });

  it.each([
    ['text that is not JSON', '{"version":1,"packs":{'],
    ['JSON that is not an object', '[1,2,3]'],
    ['a document without packs', '{"version":1}'],
    ['a version this playground never wrote', '{"version":"1","packs":{}}'],
  ])('resets %s, says so once, and does not crash', (_, text) => {
    const { storage, items } = fakeStorage({ [PROGRESS_KEY]: text });
    expect(readProgress(storage)).toEqual({
      progress: new Map(),
      notice: NOTICES.damaged,
      writable: true,
    });
    expect(items.has(PROGRESS_KEY)).toBe(false);
    expect(readProgress(storage).notice).toBeNull();
  });

  it('resets progress of an older format and removes older keys', () => {
    const old = fakeStorage({ [PROGRESS_KEY]: '{"version":0,"packs":{}}' });
    expect(readProgress(old.storage).notice).toBe(NOTICES.old);
    const legacy = fakeStorage({ 'backpressure-playground:progress': '{"done":["a"]}' });
    expect(readProgress(legacy.storage).notice).toBe(NOTICES.old);
    expect(legacy.items.size).toBe(0);
    expect(readProgress(legacy.storage).notice).toBeNull();
  });

  it('leaves progress a newer playground wrote alone, and says this page cannot keep its own', () => {
    const newer = '{"version":2,"packs":{"basics":{"tipping-point":{"whatever":true}}}}';
    const { storage, items } = fakeStorage({
      [PROGRESS_KEY]: newer,
      'backpressure-playground:progress:v3': '{"later":true}',
    });
    expect(readProgress(storage)).toEqual({
      progress: new Map(),
      notice: NOTICES.newer,
      writable: false,
    });
    expect(items.get(PROGRESS_KEY)).toBe(newer);
    expect(items.get('backpressure-playground:progress:v3')).toBe('{"later":true}');
    // Read again: still there, still reported.
    expect(readProgress(storage).notice).toBe(NOTICES.newer);
  });

  it('drops hostile or malformed entries, keeps the rest, and says how many', () => {
    const good = JSON.parse(progressText(sample())) as { packs: Record<string, unknown> };
    const entry = '"checks":1,"hintsShown":0,"solutionShown":false';
    const hostile =
      '{"version":1,"packs":{' +
      `"backpressure-basics":${JSON.stringify(good.packs['backpressure-basics'])},` +
      `"__proto__":{"x":{"passedAt":null,${entry}}},` +
      '"Not A Slug":{},' +
      `"team-pack":{"one":{"passedAt":"<img src=x onerror=alert(1)>",${entry}},` +
      '"two":{"passedAt":null,"checks":1,"hintsShown":99,"solutionShown":false},' +
      `"three":{"passedAt":null,${entry},"attempt":[["__proto__.polluted",1]]},` +
      `"four":{"passedAt":null,${entry},"attempt":[["queue.capacity",5]]}}}}`;
    const { storage } = fakeStorage({ [PROGRESS_KEY]: hostile });
    const read = readProgress(storage);
    expect(read.notice).toBe(NOTICES.partly(5));
    expect([...read.progress.keys()]).toEqual(['backpressure-basics', 'team-pack']);
    expect([...(read.progress.get('team-pack')?.keys() ?? [])]).toEqual(['four']);
    expect(read.progress.get('backpressure-basics')).toEqual(sample().get('backpressure-basics'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // Cleaned and written back: the next visit hears nothing.
    expect(readProgress(storage).notice).toBeNull();
  });

  it('refuses stored text too large to be progress', () => {
    const text = `{"version":1,"packs":{},"pad":"${'x'.repeat(1_000_001)}"}`;
    expect(parseProgressText(text)).toEqual({ progress: null, notice: NOTICES.damaged });
  });

  it('says when the storage is full, and keeps what was there', () => {
    const { storage, items } = fakeStorage({}, 50);
    expect(writeProgress(storage, sample())).toEqual({ ok: false, notice: NOTICES.full });
    expect(items.size).toBe(0);
  });

  it('says when the browser refuses storage altogether, on reading and on writing', () => {
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const blocked: ProgressStorage = {
      getItem: denied,
      setItem: denied,
      removeItem: denied,
      key: () => null,
      length: 0,
    };
    expect(readProgress(blocked).notice).toBe(NOTICES.unavailable);
    expect(writeProgress(blocked, sample())).toEqual({ ok: false, notice: NOTICES.unavailable });
    expect(readProgress(null).notice).toBe(NOTICES.unavailable);
  });
});
