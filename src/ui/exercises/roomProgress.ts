/**
 * The attendee's side of the room view: their progress through one pack as a progress code
 * (src/share/roomCode.ts), and who they are to the room (a random token and the name they typed),
 * kept in this browser so a newer code replaces their older row in the instructor's table.
 */
import {
  cleanName,
  encodeRoomCode,
  type RoomCode,
  type RoomExercise,
  type RoomPack,
} from '../../share/roomCode.ts';
import type { PackRef } from '../../store/types.ts';
import type { ExerciseProgress, Progress } from './progress.ts';
import type { ProgressStorage } from './progressStorage.ts';

export const ATTENDEE_KEY = 'backpressure-playground:room-attendee:v1';

export interface Attendee {
  who: string;
  name: string | null;
}

/** The room page, beside this one; a QR code carries the code in its fragment. */
export function roomUrl(pageUrl: string, code: string | null = null): string {
  const url = new URL('room.html', pageUrl);
  url.search = '';
  url.hash = code === null ? '' : `code=${code}`;
  return url.href;
}

function statusOf(entry: ExerciseProgress): RoomExercise['status'] {
  if (entry.passedAt === null) return 'tried';
  return entry.solutionShown ? 'passed-after-solution' : 'passed';
}

function roomPack(ref: PackRef): RoomPack {
  if (ref.kind === 'url') return { kind: 'url', url: ref.url };
  if (ref.kind === 'file') return { kind: 'file', id: ref.id };
  return { kind: 'built-in' };
}

interface PackInfo {
  ref: PackRef;
  id: string;
  title: string;
  exerciseIds: readonly string[];
}

/**
 * The attendee's progress through `pack` as a code: the exercises they checked or passed, in the
 * pack's order, each with the settings of its last passing check (or last check, or last settings).
 */
export function progressCode(progress: Progress, pack: PackInfo, attendee: Attendee): string {
  const entries = progress.get(pack.id);
  const exercises: RoomExercise[] = [];
  for (const id of pack.exerciseIds) {
    const entry = entries?.get(id);
    if (entry === undefined || (entry.checks === 0 && entry.passedAt === null)) continue;
    exercises.push({
      id,
      status: statusOf(entry),
      answer: entry.checkedWith ?? entry.attempt ?? [],
    });
  }
  const code: RoomCode = {
    who: attendee.who,
    name: attendee.name,
    pack: roomPack(pack.ref),
    packId: pack.id,
    packTitle: [...pack.title].slice(0, 80).join(''),
    exercises,
  };
  return encodeRoomCode(code);
}

const WHO = /^[A-Za-z0-9_-]{8,16}$/;

function newWho(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/** Who this browser is to the room: read back when it can be, made anew (and kept) otherwise. */
export function readAttendee(storage: ProgressStorage | null): Attendee {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(ATTENDEE_KEY) ?? 'null');
    if (typeof stored === 'object' && stored !== null) {
      const { who, name } = stored as Record<string, unknown>;
      if (typeof who === 'string' && WHO.test(who))
        return { who, name: typeof name === 'string' ? cleanName(name) : null };
    }
  } catch {
    // Damaged: a new token below. The instructor sees a second row at worst.
  }
  return saveAttendee(storage, { who: newWho(), name: null });
}

export function saveAttendee(storage: ProgressStorage | null, attendee: Attendee): Attendee {
  try {
    storage?.setItem(ATTENDEE_KEY, JSON.stringify(attendee));
  } catch {
    // A full or refusing storage: the code still works, only the name is asked for again.
  }
  return attendee;
}
