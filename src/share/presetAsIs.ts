/**
 * Whether the scenario on screen is still a preset exactly as the preset defines it. A preset keeps
 * its short link (`?preset=kafka&seed=7`) and its plain name only while it is; after any change the
 * page calls it "changed" and the link carries the whole difference instead.
 */
import { findPreset, presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';

/** Each preset's full scenario as JSON, made once: the page asks on every change. */
const presetJson = new Map<string, string>();

/** The same scenario object is asked about many times (the page asks on every refresh). */
const scenarioJson = new WeakMap<Scenario, string>();

/** The seed is not a change: the same preset on another seed is still that preset. */
function withoutSeed(scenario: Scenario): string {
  let json = scenarioJson.get(scenario);
  if (json === undefined) {
    json = JSON.stringify({ ...scenario, seed: 0 });
    scenarioJson.set(scenario, json);
  }
  return json;
}

function jsonOf(presetId: string): string | null {
  let json = presetJson.get(presetId);
  if (json === undefined) {
    if (!findPreset(presetId)) return null;
    json = withoutSeed(presetScenario(presetId));
    presetJson.set(presetId, json);
  }
  return json;
}

/** True when `scenario` is the preset `presetId` as it is, on any seed. */
export function isPresetAsIs(scenario: Scenario, presetId: string | null): boolean {
  if (presetId === null) return false;
  const json = jsonOf(presetId);
  return json !== null && json === withoutSeed(scenario);
}

/** The preset a link to `scenario` may name: its preset while unchanged, none after a change. */
export function linkPresetId(scenario: Scenario, presetId: string | null): string | null {
  return isPresetAsIs(scenario, presetId) ? presetId : null;
}
