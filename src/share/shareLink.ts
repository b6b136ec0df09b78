/**
 * Share links: the whole scenario and seed in a URL query.
 *
 *   ?preset=drop-oldest&seed=7            a preset as it is (the short, readable form)
 *   ?preset=drop-oldest&seed=7&s=…        a preset with changes
 *   ?v=1&s=…                              anything else
 *
 * `s` is base64url JSON of the difference from the base (the preset, or the defaults), so links stay
 * short. `v` is the link format's version; older versions are migrated, never rejected. Decoding
 * accepts any string: it returns a valid scenario or a list of problems, and never throws.
 */
import { joinPipelinePresets } from '../sim/pipelinePresets.ts';
import { findPreset, presetScenario } from '../sim/presets.ts';
import { formatProblems, parseScenario, type ScenarioProblem } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import { findTooDeep, tooDeepMessage } from '../cli-support/jsonDepth.ts';
import { shortened } from '../text/echo.ts';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { diffFrom, mergeOnto } from './scenarioDiff.ts';

// A link may name a pipeline preset, which the page's first download does without: the link reader
// loads after it, so it brings them (embeds and comparisons read their links here too).
joinPipelinePresets();

export const LINK_VERSION = 1;
/** Longer than any link we make by a wide margin; anything longer is not ours. */
const MAX_QUERY_LENGTH = 8_000;
/** Longer than any real field's path (workload.pattern.steps.12.ratePerSec). */
const MAX_ECHOED_PATH = 60;

/**
 * Upgrades the decoded JSON of older link versions to the current one, step by step: `MIGRATIONS[n]`
 * turns a version-n payload into version n+1. There are none yet; the first format change adds one.
 */
const MIGRATIONS: Record<number, (payload: unknown) => unknown> = {};

export type DecodedLink =
  | { ok: true; scenario: Scenario; presetId: string | null }
  | { ok: false; problems: ScenarioProblem[] };

function defaults(): Scenario {
  const parsed = parseScenario({});
  if (!parsed.ok)
    throw new Error(`the schema's defaults do not parse: ${formatProblems(parsed.problems)}`);
  return parsed.value;
}

/** The query string (without `?`) that restores `scenario`; name a preset to get the short form. */
export function encodeShareQuery(scenario: Scenario, presetId: string | null = null): string {
  const params = new URLSearchParams();
  const preset = presetId !== null && findPreset(presetId) ? presetScenario(presetId) : null;
  const base = preset ?? defaults();
  // The seed always travels as its own readable parameter, so it is left out of the difference.
  const diff = diffFrom({ ...base, seed: scenario.seed }, scenario);
  if (preset) params.set('preset', presetId as string);
  else params.set('v', String(LINK_VERSION));
  params.set('seed', String(scenario.seed));
  if (diff !== undefined) params.set('s', encodeBase64Url(JSON.stringify(diff)));
  return params.toString();
}

const fail = (path: string, message: string): DecodedLink => ({
  ok: false,
  problems: [{ path, message }],
});

/** Reads a link's query (with or without `?`) back into a scenario. Never throws. */
export function decodeShareQuery(query: string): DecodedLink {
  try {
    const decoded = decode(query);
    if (decoded.ok) return decoded;
    // A path is the link's own text (an unknown key may be thousands of characters): cut it short.
    return {
      ok: false,
      problems: decoded.problems.map((p) => ({ ...p, path: shortened(p.path, MAX_ECHOED_PATH) })),
    };
  } catch {
    return fail('', 'this link could not be read');
  }
}

function decode(query: string): DecodedLink {
  if (query.length > MAX_QUERY_LENGTH)
    return fail('', `this link is too long to be one of ours (${query.length} characters)`);
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const presetId = params.get('preset');
  let base: Scenario;
  let version = LINK_VERSION;
  if (presetId !== null) {
    if (!findPreset(presetId))
      return fail('preset', `there is no preset called "${presetId.slice(0, 40)}"`);
    base = presetScenario(presetId);
  } else {
    base = defaults();
    const v = params.get('v');
    if (v !== null) {
      version = Number(v);
      if (!Number.isInteger(version) || version < 1)
        return fail('v', `"${v.slice(0, 20)}" is not a link version`);
      if (version > LINK_VERSION)
        return fail('v', 'this link was made by a newer version of the playground');
    }
  }

  let patch: unknown = {};
  const s = params.get('s');
  if (s !== null) {
    const json = decodeBase64Url(s);
    if (json === null)
      return fail('s', 'the scenario part of the link is damaged (not valid base64url)');
    // Only the nesting check of readJsonText: its syntax finder would be dead weight in the first
    // load of every page, and a link's JSON is ours, so where its syntax fails helps no one.
    if (findTooDeep(json) >= 0)
      return fail('s', `the scenario part of the link ${tooDeepMessage()}`);
    try {
      patch = JSON.parse(json);
    } catch {
      return fail('s', 'the scenario part of the link is damaged (not valid JSON)');
    }
    for (let n = version; n < LINK_VERSION; n++) patch = MIGRATIONS[n]?.(patch) ?? patch;
  }

  const seedText = params.get('seed');
  if (seedText !== null) {
    if (!/^\d{1,10}$/.test(seedText))
      return fail(
        'seed',
        `must be a whole number from 0 to 4294967295 (got "${seedText.slice(0, 20)}")`,
      );
    patch = {
      ...(patch !== null && typeof patch === 'object' && !Array.isArray(patch) ? patch : {}),
      seed: Number(seedText),
    };
  }

  const merged = mergeOnto(base, patch);
  if (!merged.ok) return fail(merged.path, merged.message);
  const parsed = parseScenario(merged.value);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return { ok: true, scenario: parsed.value, presetId };
}
