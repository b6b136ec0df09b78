import { describe, expect, it } from 'vitest';
import { encodeRoomCode, type RoomCode } from '../../share/roomCode.ts';
import type { ProgressStorage } from '../exercises/progressStorage.ts';
import { addCodes, addSummary, attendeeName, MAX_ROOM_ROWS, removeRow } from './roomModel.ts';
import { MAX_ROOM_TEXT, readRoom, ROOM_KEY, writeRoom } from './roomStorage.ts';

const code = (who: string, name: string | null, passed: string[] = []): string =>
  encodeRoomCode({
    who,
    name,
    pack: { kind: 'built-in' },
    packId: 'basics',
    packTitle: 'Basics',
    exercises: passed.map((id) => ({ id, status: 'passed', answer: [] })),
  } satisfies RoomCode);

function fakeStorage(initial: Record<string, string> = {}, quota = Infinity) {
  const items = new Map(Object.entries(initial));
  const storage: ProgressStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > quota) throw new DOMException('full', 'QuotaExceededError');
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

describe('the room', () => {
  it('adds many codes at once, names the unnamed by their row, and says what it did', () => {
    // The second cut short, as a copy that missed its end.
    const outcome = addCodes([], `${code('aaaa', 'Ana')}\n\n${code('bbbb', null).slice(0, -3)}`);
    expect(outcome.room).toHaveLength(1);
    expect(outcome.problems).toEqual([{ place: 2, message: expect.stringMatching(/damaged/) }]);
    const next = addCodes(outcome.room, code('bbbb', null));
    expect(next.room.map((_, i) => attendeeName(next.room, i))).toEqual(['Ana', 'Attendee 2']);
    expect(addSummary(outcome)).toBe('Added 1 attendee, 1 code could not be read.');
  });

  it('replaces an attendee’s older code with the newer one, and knows a code it has', () => {
    let room = addCodes([], code('aaaa', 'Ana', ['one'])).room;
    const again = addCodes(room, code('aaaa', 'Ana', ['one']));
    expect(again.unchanged).toBe(1);
    const newer = addCodes(room, code('aaaa', 'Ana', ['one', 'two']));
    expect(newer.updated).toBe(1);
    room = newer.room;
    expect(room).toHaveLength(1);
    expect(room[0]?.code.exercises.map((e) => e.id)).toEqual(['one', 'two']);
    expect(removeRow(room, 0)).toEqual([]);
  });

  it('stops at its size, with a word', () => {
    const full = Array.from({ length: MAX_ROOM_ROWS }, (_, i) => code(`who${i}`, null)).join('\n');
    const room = addCodes([], full).room;
    expect(room).toHaveLength(MAX_ROOM_ROWS);
    const over = addCodes(room, code('late', 'Late'));
    expect(over.problems[0]?.message).toMatch(/room is full/);
  });
});

describe('the stored room', () => {
  it('survives a reload, and a cleared room leaves nothing behind', () => {
    const { storage, items } = fakeStorage();
    const room = addCodes([], `${code('aaaa', 'Ana')} ${code('bbbb', 'Bo')}`).room;
    expect(writeRoom(storage, room)).toBe(true);
    expect(readRoom(storage)).toEqual({ room, notice: null });
    writeRoom(storage, []);
    expect(items.has(ROOM_KEY)).toBe(false);
  });

  it('leaves out what it cannot read, and says so, never trusting the stored codes', () => {
    const forged = code('cccc', 'Cy').replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'));
    const text = JSON.stringify({ version: 1, codes: [code('aaaa', 'Ana'), forged, 42] });
    const read = readRoom(fakeStorage({ [ROOM_KEY]: text }).storage);
    expect(read.room.map((r) => r.code.name)).toEqual(['Ana']);
    expect(read.notice).toBe(
      '2 of the 3 codes saved in this browser could not be read, and were left out.',
    );
    for (const damaged of ['{', '[]', '{"version":2,"codes":[]}', 'x'.repeat(MAX_ROOM_TEXT + 1)])
      expect(readRoom(fakeStorage({ [ROOM_KEY]: damaged }).storage)).toEqual({
        room: [],
        notice: expect.stringMatching(/could not be read/),
      });
  });

  it('says when the browser will not keep it', () => {
    const room = addCodes([], code('aaaa', 'Ana')).room;
    expect(writeRoom(fakeStorage({}, 10).storage, room)).toBe(false);
    expect(writeRoom(null, room)).toBe(false);
  });
});
