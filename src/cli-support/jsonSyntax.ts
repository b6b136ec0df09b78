/**
 * Where a JSON text goes wrong, as line and column. Node 20's `JSON.parse` says what it disliked but
 * not where ("Unexpected token '}', ... is not valid JSON"), which is little help in a long scenario
 * file, so after a failed parse this small scanner walks the text to the first error.
 */

export interface JsonSyntaxError {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  message: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
/**
 * This scanner recurses once per level, and engines overflow their stack somewhere past a few
 * thousand levels (Node 20: about 5,000 here), so it stops well before. readJsonText limits nesting
 * far lower before this ever runs; the guard keeps the function safe on its own.
 */
const MAX_DEPTH = 1_000;

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;

  const describe = (at: number): string =>
    at >= text.length ? 'the end of the file' : JSON.stringify(text[at]);
  const fail = (expected: string): never => {
    throw new Stop(i, `expected ${expected}, found ${describe(i)}`);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };

  const string = (): void => {
    const start = i;
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) throw new Stop(start, 'a string is never closed');
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) throw new Stop(i, 'a line break or control character inside a string');
      if (c === 0x5c) {
        const escape = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(escape) && escape !== '') i += 2;
        else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else throw new Stop(i, `a bad escape sequence \\${escape} inside a string`);
      } else i++;
    }
    i++; // the closing quote
  };

  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new Stop(i, 'too deeply nested');
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail('a field name in double quotes');
        string();
        skipSpace();
        if (text[i] !== ':') fail("':' after the field name");
        i++;
        value(depth + 1);
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail("',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail("',' or ']'");
      }
    }
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    fail('a value');
  };

  try {
    value(0);
    skipSpace();
    if (i < text.length) fail('nothing more after the JSON value');
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, error.offset), message: error.message };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
