/**
 * The last pack loaded from a file, kept in localStorage, so an exercise link to it
 * (`?pack-file=<id>&exercise=…`) survives a reload, as the built-in and address packs do. Stored
 * text is untrusted on the way back in: it goes through the same pack checks as a fresh file.
 */
import type { PackLoad } from './packSource.ts';
import { packFromText } from './packSource.ts';
import type { ProgressStorage } from './progressStorage.ts';

export const FILE_PACK_KEY = 'backpressure-playground:pack-file:v1';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function missing(id: string): PackLoad {
  return {
    ok: false,
    from: id,
    kind: 'unreachable',
    problems: [
      {
        path: '',
        message:
          'was loaded from a file, and this browser no longer has it; load the file again with “Load a pack file…”',
      },
    ],
  };
}

/** Keeps the pack file's text; false when the browser would not store it (the pack still works until a reload). */
export function rememberFilePack(
  storage: ProgressStorage | null,
  fileName: string,
  id: string,
  text: string,
): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(FILE_PACK_KEY, JSON.stringify({ version: 1, id, fileName, text }));
    return true;
  } catch {
    return false;
  }
}

/** The remembered pack with this id, checked again, or why it cannot be had. */
export function recallFilePack(storage: ProgressStorage | null, id: string): PackLoad {
  let stored: unknown;
  try {
    const text = storage?.getItem(FILE_PACK_KEY) ?? null;
    if (text === null) return missing(id);
    stored = JSON.parse(text);
  } catch {
    return missing(id);
  }
  if (
    !isRecord(stored) ||
    stored['version'] !== 1 ||
    stored['id'] !== id ||
    typeof stored['text'] !== 'string'
  )
    return missing(id);
  const fileName = typeof stored['fileName'] === 'string' ? stored['fileName'] : id;
  const load = packFromText(stored['text'], fileName, { kind: 'file', id });
  // A remembered pack whose id no longer matches (edited storage) is not the one the link names.
  if (load.ok && load.pack.id !== id) return missing(id);
  return load;
}
