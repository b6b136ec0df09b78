/**
 * Tells an exercise pack file from a scenario file by what is in it, so a file dropped on the page
 * goes to the right loader, and a file given to the wrong one gets a helpful word instead of a list
 * of unknown fields. Small: the drop handler loads it before deciding anything.
 */
import { readJsonText } from '../../cli-support/readJsonText.ts';

/** What a pack file says it is (see src/exercises/packSchema.ts, PACK_FORMAT). */
const PACK_FORMAT = 'backpressure-exercises';

export type JsonFileKind = 'pack' | 'scenario' | 'other';

/** Sections only a scenario has at its top level. */
const SCENARIO_SECTIONS = ['workload', 'queue', 'consumers', 'feedback', 'retry', 'rateLimit'];

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * 'pack' for anything that declares the pack format or lists exercises (even when it is not valid
 * JSON, judged by its text, so its problems are reported by the pack loader); 'scenario' for an
 * object with a scenario's sections; 'other' for the rest.
 */
export function jsonFileKind(text: string): JsonFileKind {
  const read = readJsonText(text);
  if (!read.ok)
    return /"format"\s*:\s*"backpressure-exercises"|"exercises"\s*:\s*\[/.test(text)
      ? 'pack'
      : 'other';
  const value = read.value;
  if (!isRecord(value)) return 'other';
  if (value['format'] === PACK_FORMAT || Array.isArray(value['exercises'])) return 'pack';
  return SCENARIO_SECTIONS.some((key) => Object.hasOwn(value, key)) ? 'scenario' : 'other';
}

/** Whether the one file dropped is an exercise pack (several files go to the scenario importer, which refuses them). */
export async function isPackDrop(files: readonly File[]): Promise<boolean> {
  const [file] = files;
  if (files.length !== 1 || file === undefined) return false;
  // A pack may be up to 5 MB; the scenario importer refuses big files itself with its own words.
  if (file.size > 5_000_000) return false;
  try {
    return jsonFileKind(await file.text()) === 'pack';
  } catch {
    return false;
  }
}
