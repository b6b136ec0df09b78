/**
 * The room in localStorage, so a reload (or a closed laptop lid) keeps it: the codes as pasted,
 * which are read and checked again like a fresh paste, so a damaged entry is left out, never
 * trusted. Size-limited like everything the page stores; a browser that will not store says so.
 */
import type { ProgressStorage } from '../exercises/progressStorage.ts';
import { addCodes, MAX_ROOM_ROWS, type Room } from './roomModel.ts';

export const ROOM_KEY = 'backpressure-playground:room:v1';
const VERSION = 1;
/** 200 codes of a full pack each, with room to spare; more is not read. */
export const MAX_ROOM_TEXT = 3_000_000;

export interface StoredRoom {
  room: Room;
  /** Said once on opening, when something stored could not be used; else null. */
  notice: string | null;
}

const DAMAGED =
  'The room saved in this browser could not be read (the stored data is damaged), so it starts empty.';

export function readRoom(storage: ProgressStorage | null): StoredRoom {
  let text: string | null;
  try {
    text = storage?.getItem(ROOM_KEY) ?? null;
  } catch {
    return { room: [], notice: null };
  }
  if (text === null) return { room: [], notice: null };
  if (text.length > MAX_ROOM_TEXT) return { room: [], notice: DAMAGED };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return { room: [], notice: DAMAGED };
  }
  const { version, codes } = (stored ?? {}) as Record<string, unknown>;
  if (version !== VERSION || !Array.isArray(codes)) return { room: [], notice: DAMAGED };
  const texts = codes.filter((c): c is string => typeof c === 'string').slice(0, MAX_ROOM_ROWS);
  const outcome = addCodes([], texts.join('\n'));
  const lost = codes.length - outcome.room.length;
  return {
    room: outcome.room,
    notice:
      lost > 0
        ? `${lost} of the ${codes.length} codes saved in this browser could not be read, and were left out.`
        : null,
  };
}

/** Stores the room; false when the browser would not (it then lasts as long as the page). */
export function writeRoom(storage: ProgressStorage | null, room: Room): boolean {
  if (storage === null) return false;
  try {
    if (room.length === 0) storage.removeItem(ROOM_KEY);
    else
      storage.setItem(
        ROOM_KEY,
        JSON.stringify({ version: VERSION, codes: room.map((r) => r.text) }),
      );
    return true;
  } catch {
    return false;
  }
}
