import { describe, expect, it } from 'vitest';
import { decodeRoomCode } from '../../share/roomCode.ts';
import { EMPTY_PROGRESS, updateProgress, withCheck } from './progress.ts';
import type { ProgressStorage } from './progressStorage.ts';
import { ATTENDEE_KEY, progressCode, readAttendee, roomUrl, saveAttendee } from './roomProgress.ts';

function fakeStorage(initial: Record<string, string> = {}): ProgressStorage {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    key: (i) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

const pack = {
  ref: { kind: 'built-in' as const },
  id: 'basics',
  title: 'Basics',
  exerciseIds: ['one', 'two', 'three', 'four'],
};

describe('progressCode', () => {
  it('carries the checked exercises in the pack’s order, with the answer each was checked with', () => {
    let progress = updateProgress(EMPTY_PROGRESS, 'basics', 'three', (e) =>
      withCheck({ ...e, solutionShown: true }, true, new Date(1), [['queue.capacity', 9]]),
    );
    progress = updateProgress(progress, 'basics', 'one', (e) =>
      withCheck(e, false, new Date(2), [['consumers.count', 2]]),
    );
    // Settings changed after the pass: the answer stays the passing one.
    progress = updateProgress(progress, 'basics', 'three', (e) => ({
      ...e,
      attempt: [['queue.capacity', 1]],
    }));
    // Opened, never checked: not in the code.
    progress = updateProgress(progress, 'basics', 'two', (e) => ({ ...e, hintsShown: 1 }));
    const decoded = decodeRoomCode(progressCode(progress, pack, { who: 'abcdefgh', name: 'Ana' }));
    expect(decoded).toEqual({
      ok: true,
      code: {
        who: 'abcdefgh',
        name: 'Ana',
        pack: { kind: 'built-in' },
        packId: 'basics',
        packTitle: 'Basics',
        exercises: [
          { id: 'one', status: 'tried', answer: [['consumers.count', 2]] },
          { id: 'three', status: 'passed-after-solution', answer: [['queue.capacity', 9]] },
        ],
      },
    });
  });
});

describe('the attendee', () => {
  it('keeps one token and the typed name across visits, and makes a new token when the stored one is damaged', () => {
    const storage = fakeStorage();
    const first = readAttendee(storage);
    expect(first.who).toMatch(/^[A-Za-z0-9_-]{12}$/);
    saveAttendee(storage, { ...first, name: 'Bo' });
    expect(readAttendee(storage)).toEqual({ who: first.who, name: 'Bo' });
    for (const damaged of ['{', '"x"', '{"who":"<b>"}', 'null'])
      expect(readAttendee(fakeStorage({ [ATTENDEE_KEY]: damaged })).who).toMatch(/^[\w-]{12}$/);
    expect(readAttendee(null).name).toBeNull();
  });

  it('finds the room page beside the playground, under any sub-path', () => {
    expect(roomUrl('https://example.org/tools/bp/index.html?exercise=x#y', 'c')).toBe(
      'https://example.org/tools/bp/room.html#code=c',
    );
  });
});
