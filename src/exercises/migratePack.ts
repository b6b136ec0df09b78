/**
 * Recognises a pack file and brings an older version of the format up to the current one.
 *
 * Version 1 is the only version so far. When the format changes incompatibly, raise PACK_VERSION
 * in packSchema.ts and add a step here that turns a version-1 object into a version-2 object
 * (MIGRATIONS[0]); packs written for any older version then load through every step in turn, and
 * the steps are never edited again. A pack from a newer playground is refused with a plain message
 * rather than misread.
 */
import type { ScenarioProblem } from '../sim/parseScenario.ts';
import { PACK_FORMAT, PACK_VERSION } from './packSchema.ts';

type JsonRecord = Record<string, unknown>;
type Migration = (pack: JsonRecord) => JsonRecord;

/** MIGRATIONS[n] turns a pack of version n + 1 into one of version n + 2. None yet. */
const MIGRATIONS: readonly Migration[] = [];

export type MigrateResult =
  { ok: true; value: JsonRecord } | { ok: false; problems: ScenarioProblem[] };

const isRecord = (x: unknown): x is JsonRecord =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Scenario files are the format people are most likely to load here by mistake. */
function looksLikeScenario(input: JsonRecord): boolean {
  return ['workload', 'queue', 'consumers', 'feedback', 'retry'].some((key) => key in input);
}

/** Checks `format` and `version`, then upgrades an older pack to PACK_VERSION. */
export function migratePack(
  input: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrateResult {
  const fail = (path: string, message: string): MigrateResult => ({
    ok: false,
    problems: [{ path, message }],
  });
  if (!isRecord(input))
    return fail(
      '',
      `must be an object (got ${Array.isArray(input) ? 'a list' : (JSON.stringify(input) ?? 'nothing')})`,
    );
  if (input['format'] !== PACK_FORMAT) {
    if (input['format'] === undefined && looksLikeScenario(input))
      return fail(
        'format',
        `is missing: this looks like a scenario file, not an exercise pack (a pack says "format": "${PACK_FORMAT}")`,
      );
    return fail('format', `must be "${PACK_FORMAT}" (got ${describe(input['format'])})`);
  }
  const version = input['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('version', `must be a whole number from 1 (got ${describe(version)})`);
  const current = migrations.length + 1;
  if (version > current)
    return fail(
      'version',
      `is ${version}, but this playground reads exercise packs up to version ${current}: update the playground, or ask the pack’s author for a version ${current} pack`,
    );
  let pack = input;
  for (let v = version; v < current; v++) pack = (migrations[v - 1] as Migration)(pack);
  return { ok: true, value: pack };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object')
    return Array.isArray(value) ? 'a list' : value === null ? 'null' : 'an object';
  return String(value);
}

/** The version this playground writes; equal to PACK_VERSION as long as MIGRATIONS is complete. */
export const CURRENT_VERSION = MIGRATIONS.length + 1;
if (CURRENT_VERSION !== PACK_VERSION) {
  throw new Error('migratePack: add a migration for every pack version below PACK_VERSION');
}
