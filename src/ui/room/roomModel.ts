/**
 * The room: the progress codes an instructor has collected, one row per attendee and pack, in the
 * order they first arrived. A newer code from the same attendee (the same browser's token) for the
 * same pack replaces their row, so attendees can send their code again as they go. Plain data.
 */
import { asSentence } from '../../text/sentence.ts';
import { decodeRoomCode, splitCodes, type RoomCode } from '../../share/roomCode.ts';

/** A room of 30 attendees fits many times over; more than this is not one room. */
export const MAX_ROOM_ROWS = 200;

export interface RoomRow {
  /** The code as pasted, without spaces: what is stored, and read (and checked) again on reload. */
  text: string;
  code: RoomCode;
}

export type Room = readonly RoomRow[];

export interface AddOutcome {
  room: Room;
  added: number;
  updated: number;
  unchanged: number;
  /** Codes that were not added: their place in the paste (from 1) and why, in a sentence. */
  problems: { place: number; message: string }[];
}

const sameRow = (a: RoomCode, b: RoomCode) => a.who === b.who && a.packId === b.packId;

/** The room with every code in `pasted` added (or replacing its attendee's older one). */
export function addCodes(room: Room, pasted: string): AddOutcome {
  const rows = [...room];
  const outcome: AddOutcome = { room, added: 0, updated: 0, unchanged: 0, problems: [] };
  splitCodes(pasted).forEach((text, i) => {
    const decoded = decodeRoomCode(text);
    if (!decoded.ok) {
      outcome.problems.push({ place: i + 1, message: decoded.message });
      return;
    }
    const at = rows.findIndex((row) => sameRow(row.code, decoded.code));
    if (at >= 0) {
      if (rows[at]?.text === text) outcome.unchanged++;
      else {
        rows[at] = { text, code: decoded.code };
        outcome.updated++;
      }
      return;
    }
    if (rows.length >= MAX_ROOM_ROWS) {
      outcome.problems.push({
        place: i + 1,
        message: `The room is full (${MAX_ROOM_ROWS} codes): remove someone or clear the room first.`,
      });
      return;
    }
    rows.push({ text, code: decoded.code });
    outcome.added++;
  });
  return { ...outcome, room: rows };
}

export function removeRow(room: Room, index: number): Room {
  return room.filter((_, i) => i !== index);
}

/** What the room calls an attendee: the name they typed, or "Attendee 3" by their row. */
export function attendeeName(room: Room, index: number): string {
  return room[index]?.code.name ?? `Attendee ${index + 1}`;
}

/** What an add did, in one sentence for the page and its live region. */
export function addSummary(outcome: AddOutcome): string {
  const parts: string[] = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (outcome.added > 0) parts.push(`added ${count(outcome.added, 'attendee', 'attendees')}`);
  if (outcome.updated > 0)
    parts.push(`updated ${count(outcome.updated, 'attendee’s progress', 'attendees’ progress')}`);
  if (outcome.unchanged > 0)
    parts.push(`${count(outcome.unchanged, 'code was', 'codes were')} already in the room`);
  if (outcome.problems.length > 0)
    parts.push(`${count(outcome.problems.length, 'code', 'codes')} could not be read`);
  if (parts.length === 0) return 'There were no codes to add.';
  const text = parts.join(', ');
  return asSentence(text);
}
