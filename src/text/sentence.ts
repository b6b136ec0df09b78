/**
 * Making a sentence of a phrase, for words put together from parts (a schema's description, a
 * summary of what was tried): the first letter up, and a full stop unless it already ends as one.
 */

/** The text with its first letter in capitals. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text capitalised and ended with a full stop, unless it already ends with . ! or ?. */
export function asSentence(text: string): string {
  const capitalised = capitalize(text);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
