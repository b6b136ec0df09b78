/**
 * Puts text on the clipboard, or says it could not: the Clipboard API is missing on insecure pages
 * and may be refused by a browser's permissions, and the caller then offers the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator.clipboard?.writeText !== 'function') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
