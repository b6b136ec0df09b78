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
import { MAX_JSON_DEPTH, findTooDeep } from './jsonDepth.ts';
import { findJsonSyntaxError } from './jsonSyntax.ts';

export { MAX_JSON_DEPTH, findTooDeep, tooDeepMessage } from './jsonDepth.ts';

export type JsonTextProblem =
  | { kind: 'too-deep'; limit: number }
  | { kind: 'syntax'; line: number; column: number; message: string }
  /** JSON.parse refused the text, and the syntax finder found nothing to point at. */
  | { kind: 'unreadable'; message: string };

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problem: JsonTextProblem };

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
