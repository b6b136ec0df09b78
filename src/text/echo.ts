/**
 * Quoting what came from outside (a link, a file, a download) in a sentence for the reader. A link
 * can hold a megabyte in one value or twenty thousand parameters, and a notice that repeats all of
 * it buries the one line that matters, and costs the page its memory: so long values are cut to
 * their start, with how long they were, and long lists of names are cut to a few and a count.
 */

/** How much of a long value a sentence quotes. */
export const ECHO_CHARS = 24;
/** How many names a sentence lists before it counts the rest. */
export const ECHO_NAMES = 5;

/** A whole number with thousands separators, the same in every locale: 19995 → "19,995". */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The first `chars` characters of `text`, never ending on half of a surrogate pair. */
function prefix(text: string, chars: number): string {
  const cut = text.slice(0, chars);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * `text` quoted: whole when it is short, or its start, an ellipsis and its length when it is not:
 * “9999999999999999999999999…” (1,000,000 characters).
 */
export function quoted(
  text: string,
  quotes: readonly [open: string, close: string] = ['“', '”'],
  chars = ECHO_CHARS,
): string {
  const [open, close] = quotes;
  if (text.length <= chars) return `${open}${text}${close}`;
  return `${open}${prefix(text, chars)}…${close} (${formatCount(text.length)} characters)`;
}

/** `text` cut as `quoted` cuts it, without quotes: for a name or a path shown as code. */
export function shortened(text: string, chars = ECHO_CHARS): string {
  if (text.length <= chars) return text;
  return `${prefix(text, chars)}… (${formatCount(text.length)} characters)`;
}

/**
 * A list of names for a sentence: all of them when there are few, else the first `shown` and a
 * count of the rest ("a, b, c, d, e and 19,995 more"). Each name is shortened (or quoted) as well.
 */
export function nameList(
  names: readonly string[],
  write: (name: string) => string = shortened,
  shown = ECHO_NAMES,
): string {
  const listed = names.slice(0, shown).map((name) => write(name));
  const rest = names.length - listed.length;
  if (rest > 0) return `${listed.join(', ')} and ${formatCount(rest)} more`;
  if (listed.length <= 1) return listed.join('');
  return `${listed.slice(0, -1).join(', ')} and ${listed[listed.length - 1] as string}`;
}
