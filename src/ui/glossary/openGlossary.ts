/**
 * Opens the glossary, at a term when given one. The glossary itself loads with the header's tools
 * (src/ui/presenter), so whatever links a term only sends this event and carries no glossary code.
 * A request made before the header's tools have loaded waits for them.
 */
export const OPEN_GLOSSARY_EVENT = 'playground:open-glossary';

/** The last request nobody has answered yet: a term's id, '' for the top, or null for none. */
let pending: string | null = null;

export function openGlossary(termId = ''): void {
  pending = termId;
  window.dispatchEvent(new Event(OPEN_GLOSSARY_EVENT));
}

/** The request waiting to be answered, now answered. */
export function takeGlossaryRequest(): string | null {
  const request = pending;
  pending = null;
  return request;
}
