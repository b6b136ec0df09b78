/**
 * Opens the glossary, at a term when given one. The glossary itself loads with the header's tools
 * (GlossaryButton), so whatever links a term only leaves its request on <html> and sends an event,
 * and carries no glossary code. A request made before the header's tools have loaded is found there
 * when they do. The live cards (LiveStrip.tsx, on the first screen) do the same in two lines of
 * their own, so the first screen's JavaScript takes no extra chunk for it.
 */
export const OPEN_GLOSSARY_EVENT = 'playground:open-glossary';

export function openGlossary(termId = ''): void {
  document.documentElement.dataset.glossaryAt = termId;
  window.dispatchEvent(new Event(OPEN_GLOSSARY_EVENT));
}

/** The request waiting to be answered ('' for the top), now answered; null when there is none. */
export function takeGlossaryRequest(): string | null {
  const data = document.documentElement.dataset;
  const request = data.glossaryAt ?? null;
  delete data.glossaryAt;
  return request;
}
