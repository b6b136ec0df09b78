/**
 * Progress codes: an attendee's progress through one exercise pack (which exercises passed, and the
 * settings each was checked with) as one line of text they can copy, or show as a QR code, for the
 * instructor's room view (room.html), which needs no server:
 *
 *   backpressure-room-v1.<payload>.<check>
 *
 * The prefix says what the text is and which version wrote it; the payload is base64url JSON; the
 * check is a 32-bit hash of everything before it, so a code cut short or mistyped is refused rather
 * than read wrongly. Spaces and line breaks anywhere are ignored (mail and chat wrap long lines).
 * Each answer is the exercise's changed fields only (dotted path and value), so a code stays short.
 *
 * Decoding accepts any string: it returns a code or one plain sentence, and never throws.
 */
import { checkInputSize } from '../exercises/inputLimits.ts';
import { shortened } from '../text/echo.ts';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';

export const ROOM_CODE_VERSION = 1;
const PREFIX = 'backpressure-room-v';

/** Far beyond a full pack's code (about 2,000 characters): anything longer is not a code. */
export const ROOM_CODE_LIMITS = {
  text: 12_000,
  name: 40,
  who: 16,
  title: 80,
  url: 2_000,
  exercises: 100,
  fields: 50,
  path: 200,
  /** One setting's value as JSON. */
  valueText: 2_000,
} as const;

/** The fields one answer changed from the exercise's start: dotted path and new value. */
export type AnswerFields = readonly (readonly [path: string, value: unknown])[];

export type RoomPack =
  | { kind: 'built-in' }
  | { kind: 'url'; url: string }
  /** A pack loaded from a file: only a browser that loaded the same file can open its answers. */
  | { kind: 'file'; id: string };

export type RoomStatus = 'tried' | 'passed' | 'passed-after-solution';

export interface RoomExercise {
  id: string;
  status: RoomStatus;
  /** The settings the attendee checked with (or last had), as changes from the start. */
  answer: AnswerFields;
}

export interface RoomCode {
  /** A random token the attendee's browser keeps, so a newer code replaces the older one. */
  who: string;
  /** What the attendee typed, or null: the room then numbers them. */
  name: string | null;
  pack: RoomPack;
  packId: string;
  packTitle: string;
  exercises: readonly RoomExercise[];
}

export type DecodedRoomCode = { ok: true; code: RoomCode } | { ok: false; message: string };

const STATUS_DIGITS: Record<RoomStatus, number> = {
  tried: 0,
  passed: 1,
  'passed-after-solution': 2,
};
const STATUSES: readonly RoomStatus[] = ['tried', 'passed', 'passed-after-solution'];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELD_PATH = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const WHO = /^[A-Za-z0-9_-]{1,16}$/;
const WHOLE_CODE = /^backpressure-room-v\d{1,4}\.[A-Za-z0-9_-]*\.[a-z0-9]{7}/i;

/** FNV-1a over the text's UTF-16 units, as seven base-36 digits. */
function checkOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

/** Text a person typed, made safe to show: no control characters, spaces collapsed, cut short. */
export function cleanName(name: string): string | null {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e]/g, ' ');
  const trimmed = clean.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : [...trimmed].slice(0, ROOM_CODE_LIMITS.name).join('');
}

// ---- Encoding ---------------------------------------------------------------------------------

function packPart(pack: RoomPack): [string] | [string, string] {
  if (pack.kind === 'url') return ['u', pack.url];
  if (pack.kind === 'file') return ['f', pack.id];
  return ['b'];
}

/** The code for `code`: one line of letters, digits and `.-_`. */
export function encodeRoomCode(code: RoomCode): string {
  const payload = {
    w: code.who,
    ...(code.name === null ? {} : { n: code.name }),
    p: packPart(code.pack),
    i: code.packId,
    t: code.packTitle,
    x: code.exercises.map((e) => [e.id, STATUS_DIGITS[e.status], e.answer]),
  };
  const head = `${PREFIX}${ROOM_CODE_VERSION}.${encodeBase64Url(JSON.stringify(payload))}`;
  return `${head}.${checkOf(head)}`;
}

// ---- Decoding ---------------------------------------------------------------------------------

const DAMAGED =
  'This code is damaged or incomplete: part of it may have been lost or changed when it was copied. Ask for it again.';

const fail = (message: string): DecodedRoomCode => ({ ok: false, message });

/** The code inside a pasted text: spaces and line breaks removed, a room link's `#code=` read. */
export function compactCode(text: string): string {
  const compact = text.replace(/\s+/g, '');
  const inLink = /[#&?]code=([^&#]*)/.exec(compact);
  if (inLink === null) return compact;
  try {
    return decodeURIComponent(inLink[1] as string);
  } catch {
    return inLink[1] as string;
  }
}

/** Reads one pasted code (spaces and line breaks anywhere are fine). Never throws. */
export function decodeRoomCode(text: string): DecodedRoomCode {
  try {
    return decode(compactCode(text));
  } catch {
    return fail(DAMAGED);
  }
}

function decode(text: string): DecodedRoomCode {
  if (text === '') return fail('There is no code here: paste the code an attendee copied.');
  if (text.length > ROOM_CODE_LIMITS.text)
    return fail(
      `This text is too long to be a progress code (${text.length} characters; a code has at most ${ROOM_CODE_LIMITS.text}).`,
    );
  if (!text.toLowerCase().startsWith(PREFIX))
    return fail(
      `“${shortened(text, 24)}” is not a progress code from the Backpressure Playground: those start with “${PREFIX}”.`,
    );
  const match = /^(\d{1,4})\.([A-Za-z0-9_-]*)\.([a-z0-9]{7})$/.exec(text.slice(PREFIX.length));
  const versionText = /^\d{1,4}/.exec(text.slice(PREFIX.length))?.[0];
  if (versionText !== undefined && Number(versionText) !== ROOM_CODE_VERSION)
    return fail(
      Number(versionText) > ROOM_CODE_VERSION
        ? `This code was made by a newer version of the playground (version ${versionText}), which this page cannot read. Open the room view from the same site the attendees use.`
        : `This code is in a format (version ${versionText}) this page does not know.`,
    );
  if (match === null) return fail(DAMAGED);
  const [, , payloadText = '', check] = match;
  if (checkOf(text.slice(0, text.length - 8)) !== check) return fail(DAMAGED);
  const json = decodeBase64Url(payloadText);
  if (json === null) return fail(DAMAGED);
  const code = readPayload(JSON.parse(json));
  return code === null ? fail(DAMAGED) : { ok: true, code };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
const isId = (x: unknown): x is string => isText(x, 60) && SLUG.test(x);

function readPack(x: unknown): RoomPack | null {
  if (!Array.isArray(x)) return null;
  const [kind, value] = x as unknown[];
  if (kind === 'b' && x.length === 1) return { kind: 'built-in' };
  if (kind === 'u' && x.length === 2 && isText(value, ROOM_CODE_LIMITS.url) && value !== '')
    return { kind: 'url', url: value };
  if (kind === 'f' && x.length === 2 && isId(value)) return { kind: 'file', id: value };
  return null;
}

/** One answer's fields, each with a path a scenario could have and a small, shallow value. */
function readAnswer(x: unknown): AnswerFields | null {
  if (!Array.isArray(x) || x.length > ROOM_CODE_LIMITS.fields) return null;
  const fields: (readonly [string, unknown])[] = [];
  for (const field of x) {
    if (!Array.isArray(field) || field.length !== 2) return null;
    const [path, value] = field as [unknown, unknown];
    if (!isText(path, ROOM_CODE_LIMITS.path) || !FIELD_PATH.test(path)) return null;
    if (path.split('.').some((key) => FORBIDDEN_KEYS.has(key))) return null;
    if (value === undefined || checkInputSize(value).length > 0) return null;
    if (JSON.stringify(value).length > ROOM_CODE_LIMITS.valueText) return null;
    fields.push([path, value]);
  }
  return fields;
}

function readExercise(x: unknown): RoomExercise | null {
  if (!Array.isArray(x) || x.length !== 3) return null;
  const [id, digit, answer] = x as unknown[];
  const status = typeof digit === 'number' ? STATUSES[digit] : undefined;
  const fields = readAnswer(answer);
  if (!isId(id) || status === undefined || fields === null) return null;
  return { id, status, answer: fields };
}

function readPayload(x: unknown): RoomCode | null {
  if (!isRecord(x)) return null;
  const { w, n, p, i, t, x: list } = x;
  if (!isText(w, ROOM_CODE_LIMITS.who) || !WHO.test(w)) return null;
  if (n !== undefined && !isText(n, ROOM_CODE_LIMITS.name * 2)) return null;
  const pack = readPack(p);
  if (pack === null || !isId(i) || !isText(t, ROOM_CODE_LIMITS.title)) return null;
  if (!Array.isArray(list) || list.length > ROOM_CODE_LIMITS.exercises) return null;
  const exercises: RoomExercise[] = [];
  for (const item of list) {
    const exercise = readExercise(item);
    if (exercise === null || exercises.some((e) => e.id === exercise.id)) return null;
    exercises.push(exercise);
  }
  return {
    who: w,
    name: n === undefined ? null : cleanName(n),
    pack,
    packId: i,
    packTitle: t,
    exercises,
  };
}

/**
 * Every code in a pasted text, in order: each starts at the prefix and runs to the next one, so
 * codes may be pasted one per line, run together, or wrapped across lines. Text before the first
 * code (a greeting in a chat message) is left out; a text without the prefix is one code to read.
 */
export function splitCodes(text: string): string[] {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return [];
  const starts: number[] = [];
  const pattern = /backpressure-room-v/gi;
  for (let m = pattern.exec(compact); m !== null; m = pattern.exec(compact)) starts.push(m.index);
  if (starts.length === 0) return [compact];
  return starts.map((start, k) => {
    const piece = compact.slice(start, starts[k + 1] ?? compact.length);
    // What follows a whole code (the next line's "https://…#code=") is not part of it.
    return WHOLE_CODE.exec(piece)?.[0] ?? piece;
  });
}
