/**
 * Every JSON text a person hands us (a scenario file, an exercise pack, a share link's scenario)
 * is read here: a byte-order mark is dropped, nesting is limited before anything recursive sees the
 * text, and a syntax error says where it is. Pure; the CLI, the page and the pack loader share it.
 *
 * Why a limit on nesting: the checks after `JSON.parse` (and our own syntax finder) walk the value
 * recursively, and a few thousand brackets (`[[[[…`, 4 KB) are enough to overflow the call stack,
 * which ends a CLI with "internal error" and leaves a page waiting forever. A scenario nests four
 * levels deep and a pack about eight, so the limit is far above any real file and far below any
 * engine's stack.
 */
import { findJsonSyntaxError } from './jsonSyntax.ts';

/** Objects and lists inside one another, at most. */
export const MAX_JSON_DEPTH = 64;

export type JsonTextProblem =
  | { kind: 'too-deep'; limit: number }
  | { kind: 'syntax'; line: number; column: number; message: string }
  /** JSON.parse refused the text, and the syntax finder found nothing to point at. */
  | { kind: 'unreadable'; message: string };

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problem: JsonTextProblem };

/** "is nested too deeply (more than 64 levels)": the words every reader of JSON text uses. */
export function tooDeepMessage(limit: number = MAX_JSON_DEPTH): string {
  return `is nested too deeply (more than ${limit} levels)`;
}

/**
 * Where the text first opens its (limit + 1)th level of objects and lists, as an offset, or -1.
 * A linear scan that counts brackets outside strings: no recursion, no allocation, so it is safe
 * on any text. On invalid JSON it may count differently from a parser, but never less deeply on
 * the part that is valid, which is all a recursive reader ever gets to.
 */
export function findTooDeep(text: string, limit: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash: the next character is escaped, whatever it is
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return i;
    } else if ((c === 0x7d || c === 0x5d) && depth > 0) depth--;
  }
  return -1;
}

/** Drops the byte-order mark editors on Windows may save; JSON.parse rejects it. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses a JSON text from a person: its value, or one problem (too deep, or where the syntax fails). */
export function readJsonText(text: string, limit: number = MAX_JSON_DEPTH): JsonTextResult {
  const body = withoutByteOrderMark(text);
  if (findTooDeep(body, limit) >= 0) return { ok: false, problem: { kind: 'too-deep', limit } };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const where = findJsonSyntaxError(body);
    if (where) return { ok: false, problem: { kind: 'syntax', ...where } };
    return {
      ok: false,
      problem: {
        kind: 'unreadable',
        message: error instanceof Error ? error.message : String(error),
      },
    };
  }
}
