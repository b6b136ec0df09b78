/**
 * The nesting limit on every JSON text a person gives us (see readJsonText.ts for why), apart from
 * the rest of readJsonText so that the page's first load, which reads share links, carries only
 * this scan and not the syntax finder.
 */

/** Objects and lists inside one another, at most. */
export const MAX_JSON_DEPTH = 64;

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
      // A backslash escapes the next character, whatever it is.
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return i;
    } else if ((c === 0x7d || c === 0x5d) && depth > 0) depth--;
  }
  return -1;
}
