/**
 * The words for a part of a page whose code could not be downloaded: most often the network went
 * away after the page loaded (a workshop's Wi-Fi), sometimes a new version of the site replaced the
 * files this page was built from.
 */
import { capitalize } from '../../domain/format.ts';

/** A failed download of a part's code, told apart from a part that broke while it ran. */
export class LoadError extends Error {
  constructor(
    /** The part, as a reader would name it: "the exercises". */
    readonly what: string,
    cause: unknown,
    online: boolean = onlineNow(),
  ) {
    super(loadFailureMessage(what, online), { cause });
    this.name = 'LoadError';
  }
}

/** "The exercises could not be loaded: you seem to be offline." */
export function loadFailureMessage(what: string, online: boolean): string {
  const part = capitalize(what);
  return online
    ? `${part} could not be loaded. The connection may have dropped for a moment, or a new version of the playground was put up since this page opened.`
    : `${part} could not be loaded: you seem to be offline.`;
}

/** What to do about it, under the message. */
export function loadFailureAdvice(online: boolean): string {
  return online
    ? 'Retry; if it fails again, reload the page.'
    : 'Retry once you are back online; the rest of the page keeps working.';
}

/** Wraps a failed import in a LoadError that names the part: `import(…).catch(asLoadError('…'))`. */
export function asLoadError(what: string): (cause: unknown) => never {
  return (cause) => {
    throw cause instanceof LoadError ? cause : new LoadError(what, cause);
  };
}

export function onlineNow(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}
