/**
 * The link to a whole comparison, in a URL query:
 *
 *   ?compare=1&v=1&seed=7&s=…&a=no-backpressure&b=block&c=drop-oldest.eyJxdWV1ZSI6…
 *
 * `compare` is this format's version. `v`, `seed` and `s` are exactly a playground share link (see
 * src/share/shareLink.ts) of the shared part: the seed, and the workload and measuring settings as a
 * difference from the defaults. Each column, `a` to `d`, is `preset.difference`: a preset to start
 * from (or nothing, for the defaults) and, after a dot, the column's own settings as the share link's
 * difference from that preset, leaving the shared fields out. Both halves are read back with the
 * share link's own decoder, so a column is as safe to open as a playground link.
 *
 * Decoding accepts any string: it returns a comparison or a list of problems, and never throws.
 */
import type { ScenarioProblem } from '../sim/parseScenario.ts';
import { LATER_PRESETS, PRESETS, presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { decodeShareQuery, encodeShareQuery } from '../share/shareLink.ts';
import { strategyById, strategyOf } from '../domain/strategies.ts';
import {
  COLUMN_LETTERS,
  comparisonOf,
  defaultComparison,
  MAX_COLUMNS,
  MIN_COLUMNS,
  withShared,
  type ColumnLetter,
  type Comparison,
} from './comparison.ts';

export const COMPARE_LINK_VERSION = 1;
/** Four columns of long differences fit in a fraction of this; anything longer is not ours. */
const MAX_QUERY_LENGTH = 16_000;
/** A preset name, then optionally a dot and base64url. */
const COLUMN_TOKEN = /^([a-z0-9-]{0,64})(?:\.([A-Za-z0-9_-]*))?$/;

/**
 * Upgrades older comparison links step by step: `MIGRATIONS[n]` turns version-n query parameters into
 * version n+1. There are none yet; the first format change adds one.
 */
const MIGRATIONS: Record<number, (params: URLSearchParams) => URLSearchParams> = {};

/** One thing wrong with a comparison link; `column` is null for the shared part or the whole link. */
export interface CompareProblem {
  column: ColumnLetter | null;
  path: string;
  message: string;
}

export type DecodedComparison =
  | {
      ok: true;
      comparison: Comparison;
      /** Whether the query described a comparison at all. */ fromLink: boolean;
    }
  | { ok: false; problems: CompareProblem[] };

const paramName = (letter: ColumnLetter) => letter.toLowerCase();

/** The parameters a comparison link is made of; a query with none of them is a bare page. */
const OWN_PARAMS = ['compare', 'v', 'seed', 's', ...COLUMN_LETTERS.map(paramName)];

// ---- Encoding ---------------------------------------------------------------------------------

function defaults(): Scenario {
  // The defaults as a share link decodes them: an empty link is the schema's defaults.
  const decoded = decodeShareQuery('');
  if (!decoded.ok) throw new Error('the schema defaults do not decode');
  return decoded.scenario;
}

/** One column as `preset.difference`, from the given preset (or the defaults when null). */
function columnToken(column: Scenario, presetId: string | null): string {
  // Shared fields equal to the base's, so the difference leaves them out.
  const base = presetId === null ? defaults() : presetScenario(presetId);
  const query = new URLSearchParams(encodeShareQuery(withShared(column, base), presetId));
  const difference = query.get('s');
  return `${presetId ?? ''}${difference === null ? '' : `.${difference}`}`;
}

/** Presets a column might be close to: the one it was started from, its strategy's, and none. */
function candidatePresets(column: Scenario): (string | null)[] {
  const named = findPresetByTitle(column.name);
  return [named, strategyById(strategyOf(column)).presetId, null];
}

function findPresetByTitle(title: string): string | null {
  return [...PRESETS, ...LATER_PRESETS].find((p) => p.title === title)?.id ?? null;
}

/** The query string (without `?`) that restores `comparison`: its seed, shared part and columns. */
export function encodeCompareQuery(comparison: Comparison): string {
  const first = comparison.columns[0] as Scenario;
  const shared = new URLSearchParams(encodeShareQuery(withShared(defaults(), first)));
  const params = new URLSearchParams();
  params.set('compare', String(COMPARE_LINK_VERSION));
  for (const [key, value] of shared) params.set(key, value);
  comparison.columns.forEach((column, i) => {
    const tokens = candidatePresets(column)
      .filter((id, at, all) => all.indexOf(id) === at)
      .map((id) => columnToken(column, id));
    // The shortest form wins; ties go to the first candidate, so encoding is deterministic.
    const best = tokens.reduce((a, b) => (b.length < a.length ? b : a));
    params.set(paramName(COLUMN_LETTERS[i] as ColumnLetter), best);
  });
  return params.toString();
}

// ---- Decoding ---------------------------------------------------------------------------------

const fail = (column: ColumnLetter | null, path: string, message: string): DecodedComparison => ({
  ok: false,
  problems: [{ column, path, message }],
});

const inColumn = (column: ColumnLetter | null, problems: readonly ScenarioProblem[]) =>
  problems.map((p) => ({ column, path: p.path, message: p.message }));

/** Reads a comparison link's query (with or without `?`) back into a comparison. Never throws. */
export function decodeCompareQuery(query: string): DecodedComparison {
  try {
    return decode(query);
  } catch {
    return fail(null, '', 'this link could not be read');
  }
}

function decode(query: string): DecodedComparison {
  if (query.length > MAX_QUERY_LENGTH)
    return fail(null, '', `this link is too long to be one of ours (${query.length} characters)`);
  let params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  if (!OWN_PARAMS.some((name) => params.has(name)))
    return { ok: true, comparison: defaultComparison(), fromLink: false };

  let version = COMPARE_LINK_VERSION;
  const versionText = params.get('compare');
  if (versionText !== null) {
    version = Number(versionText);
    if (!/^\d{1,4}$/.test(versionText) || version < 1)
      return fail(
        null,
        'compare',
        `"${versionText.slice(0, 20)}" is not a comparison link version`,
      );
    if (version > COMPARE_LINK_VERSION)
      return fail(null, 'compare', 'this link was made by a newer version of the playground');
  }
  for (let n = version; n < COMPARE_LINK_VERSION; n++) params = MIGRATIONS[n]?.(params) ?? params;

  const shared = decodeShareQuery(sharedQuery(params));
  if (!shared.ok) return { ok: false, problems: inColumn(null, shared.problems) };

  const letters = COLUMN_LETTERS.filter((l) => params.has(paramName(l)));
  const missing = COLUMN_LETTERS.slice(0, letters.length).find((l) => !params.has(paramName(l)));
  if (missing !== undefined)
    return fail(missing, '', `column ${missing} is missing, though a later column is there`);
  if (letters.length < MIN_COLUMNS)
    return fail(null, '', `a comparison needs at least ${MIN_COLUMNS} columns (A and B)`);

  const columns: Scenario[] = [];
  const problems: CompareProblem[] = [];
  for (const letter of letters.slice(0, MAX_COLUMNS)) {
    const token = params.get(paramName(letter)) ?? '';
    const column = decodeColumn(token, shared.scenario);
    if (column.ok) columns.push(column.scenario);
    else problems.push(...inColumn(letter, column.problems));
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, comparison: comparisonOf(columns, shared.scenario), fromLink: true };
}

/** The share link inside a comparison link: its version, seed and shared difference, nothing else. */
function sharedQuery(params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const key of ['v', 'seed', 's']) {
    const value = params.get(key);
    if (value !== null) out.set(key, value);
  }
  return out.toString();
}

type ColumnResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

function decodeColumn(token: string, shared: Scenario): ColumnResult {
  const match = COLUMN_TOKEN.exec(token);
  if (match === null)
    return {
      ok: false,
      problems: [
        { path: '', message: 'this part of the link is damaged (not a preset and settings)' },
      ],
    };
  const [, presetId = '', difference] = match;
  const query = new URLSearchParams();
  if (presetId !== '') query.set('preset', presetId);
  if (difference !== undefined) query.set('s', difference);
  const decoded = decodeShareQuery(query.toString());
  if (!decoded.ok) return decoded;
  return { ok: true, scenario: withShared(decoded.scenario, shared) };
}
