/**
 * Text from a file or a command line, made safe to print on a terminal. A scenario's name or an
 * unknown key may hold anything: a line break that forges an output line, an escape sequence that
 * recolours or clears the terminal, a right-to-left override that reverses what follows, or ten
 * megabytes. Every line the CLIs print passes through `terminalLine`, so nothing echoed from the
 * input reaches the terminal raw, whichever message quoted it.
 */

/**
 * What is escaped: C0 and C1 control characters and DEL; bidirectional controls (marks, embeddings,
 * overrides, isolates); invisible format characters (soft hyphen, zero-width spaces and joiners,
 * word joiner, the byte-order mark, interlinear annotation); line and paragraph separators; and
 * unpaired surrogates, which a terminal cannot show.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Each unsafe character as a visible escape: `\n`, `\u001b`, `\u202e`. */
export function escapeControls(text: string): string {
  return text.replace(
    UNSAFE,
    (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The first `max` characters, an ellipsis and the length, when `text` is longer; else `text`. */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never split a character in two: a high surrogate at the cut goes with its pair.
  const end = text.charCodeAt(max - 1) >> 10 === 0x36 ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length} characters)`;
}

/** A value from the input, for a message: shortened, and escaped. */
export function echo(text: string, max = 60): string {
  return escapeControls(shortenText(text, max));
}

/** No line a CLI prints is longer than this; only echoed input could make one. */
export const MAX_LINE = 1000;

/** One line of output made safe to print: escaped (a line break in it too), and shortened past MAX_LINE. */
export function terminalLine(line: string): string {
  return escapeControls(shortenText(line, MAX_LINE));
}

/**
 * Lines of output made safe to print, for text whose line breaks are the program's own (JSON,
 * help): each line escaped and shortened. Text that quotes input goes line by line to terminalLine.
 */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalLine).join('\n');
}
