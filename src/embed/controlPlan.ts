/**
 * What a control message asks of a figure, checked in full before anything changes: the settings of
 * `data-set` (a strategy, a preset, the seed or a knob by its path) and the action of `data-action`,
 * turned into the store's own steps. One value that cannot be used refuses the whole message, so the
 * figure is either changed as the author meant or not at all, and the problem says why in a sentence.
 */
import { parseScenario } from '../sim/parseScenario.ts';
import { joinPipelinePresets } from '../sim/pipelinePresets.ts';
import { findPreset, PRESETS, presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { KNOBS, type Knob } from '../domain/knobs.ts';
import { getAt, hasPath, setAt } from '../domain/path.ts';
import { applyStrategyToRun, STRATEGIES, strategyOf } from '../domain/strategies.ts';
import { parseSettings, quote } from './controlSettings.ts';

// A host page may ask for a pipeline preset, which the figure's first download does without.
joinPipelinePresets();

export const CONTROL_ACTIONS = ['play', 'pause', 'toggle', 'reset'] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

/** What a figure shows: its scenario and the preset it came from (null for a custom scenario). */
export interface Showing {
  scenario: Scenario;
  presetId: string | null;
}

/** One change, as the store makes it. */
export type Step =
  /** `loadPreset`: the preset, as a fresh run. */
  | { kind: 'preset'; id: string }
  /** `setScenario`: a changed scenario, in the running simulation where the engine can. */
  | { kind: 'scenario'; scenario: Scenario }
  /** `loadScenario`: a scenario that is no preset, as a fresh run. */
  | { kind: 'custom'; scenario: Scenario }
  | { kind: 'play' }
  | { kind: 'pause' }
  | { kind: 'toggle' };

export type Plan = { ok: true; steps: Step[] } | { ok: false; problem: string };

type Outcome = { ok: true; scenario: Scenario } | { ok: false; problem: string };
type Value = { ok: true; value: unknown } | { ok: false; problem: string };

const MAX_SEED = 4_294_967_295;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)$/;

/**
 * The steps for a control message on a figure that shows `showing` and opened on `opened`. The order
 * is fixed whatever the markup's: `reset` first (back to `opened`), then the settings in the order
 * written, then play, pause or toggle.
 */
export function planControl(
  showing: Showing,
  opened: Showing,
  set: string | null,
  action: string | null,
): Plan {
  if (action !== null && !(CONTROL_ACTIONS as readonly string[]).includes(action))
    return {
      ok: false,
      problem: `data-action: ${quote(action)} is not one of ${CONTROL_ACTIONS.join(', ')}`,
    };
  const steps: Step[] = [];
  let scenario = showing.scenario;
  /** Whether `scenario` differs from what the steps so far leave on screen. */
  let changed = false;
  if (action === 'reset') {
    scenario = opened.scenario;
    if (opened.presetId === null) steps.push({ kind: 'custom', scenario });
    else {
      // A figure opened on a preset with a seed of its own goes back to both: the preset, then the seed.
      steps.push({ kind: 'preset', id: opened.presetId });
      changed = JSON.stringify(scenario) !== JSON.stringify(presetScenario(opened.presetId));
    }
  }

  if (set !== null) {
    const parsed = parseSettings(set);
    if (!parsed.ok) return parsed;
    for (const [name, value] of parsed.settings) {
      if (name === 'preset') {
        if (findPreset(value) === undefined)
          return {
            ok: false,
            problem: `preset: ${quote(value)} is not a preset; the presets are ${PRESETS.map((p) => p.id).join(', ')}`,
          };
        // A preset replaces everything set before it.
        steps.push({ kind: 'preset', id: value });
        scenario = presetScenario(value);
        changed = false;
        continue;
      }
      const outcome = applySetting(scenario, name, value);
      if (!outcome.ok) return outcome;
      changed ||= outcome.scenario !== scenario;
      scenario = outcome.scenario;
    }
  }
  if (changed) steps.push({ kind: 'scenario', scenario });

  if (action === 'play' || action === 'pause' || action === 'toggle') steps.push({ kind: action });
  return { ok: true, steps };
}

function applySetting(scenario: Scenario, name: string, value: string): Outcome {
  if (name === 'strategy') {
    const strategy = STRATEGIES.find((s) => s.id === value);
    if (strategy === undefined)
      return {
        ok: false,
        problem: `strategy: ${quote(value)} is not a strategy; the strategies are ${STRATEGIES.map((s) => s.id).join(', ')}`,
      };
    // Already following it: its settings stay as they are, as with the playground's own picker.
    if (strategyOf(scenario) === strategy.id) return { ok: true, scenario };
    return { ok: true, scenario: applyStrategyToRun(scenario, strategy) };
  }
  if (name === 'seed') {
    const seed = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
    if (!(seed <= MAX_SEED))
      return {
        ok: false,
        problem: `seed: ${quote(value)} is not a whole number from 0 to ${MAX_SEED}`,
      };
    return checked(setAt(scenario, 'seed', seed), name);
  }
  const knob = KNOBS.get(name);
  if (knob === undefined)
    return {
      ok: false,
      problem: `${quote(name)} is not something a figure can set; use strategy, preset, seed or a knob’s path, such as consumers.count`,
    };
  // A knob of a part the scenario does not have (the credit window without credit, say).
  if (!hasPath(scenario, knob.path))
    return { ok: false, problem: `${knob.path} does not apply to the scenario the figure shows` };
  const parsed = knobValue(knob, scenario, value);
  if (!parsed.ok) return parsed;
  return checked(setAt(scenario, knob.path, parsed.value), knob.path);
}

/** The scenario, validated as any change in the playground is (watermarks in order, and so on). */
function checked(next: Scenario, name: string): Outcome {
  const result = parseScenario(next);
  if (result.ok) return { ok: true, scenario: result.value };
  const first = result.problems[0];
  return { ok: false, problem: first ? `${first.path || name}: ${first.message}` : name };
}

/** The unit after a range, when it is a word: "from 1 to 100 workers", but "from 1 to 10". */
function unitAfter(knob: Knob & { kind: 'number' }): string {
  return /^[a-z]/.test(knob.unit) ? ` ${knob.unit}` : '';
}

/** The field's new value for what the page wrote, in the knob's own terms. */
function knobValue(knob: Knob, scenario: Scenario, written: string): Value {
  switch (knob.kind) {
    case 'number': {
      if (written === 'none' && knob.nullable) return { ok: true, value: null };
      const value = NUMBER.test(written) ? Number(written) : Number.NaN;
      const whole = knob.integer ?? false;
      if (value >= knob.min && value <= knob.max && (!whole || Number.isInteger(value)))
        return { ok: true, value };
      const range = `${whole ? 'a whole number' : 'a number'} from ${knob.min} to ${knob.max}${unitAfter(knob)}`;
      return {
        ok: false,
        problem: `${knob.path}: ${quote(written)} is not ${range}${knob.nullable ? ', or none' : ''}`,
      };
    }
    case 'choice': {
      const values = knob.options.map((o) => o.value);
      if (!values.includes(written))
        return {
          ok: false,
          problem: `${knob.path}: ${quote(written)} is not one of ${values.join(', ')}`,
        };
      if (!knob.variant) return { ok: true, value: written };
      // The same kind again keeps its settings; another kind starts from that kind's defaults.
      const current = getAt(scenario, knob.path);
      if (getAt(scenario, `${knob.path}.kind`) === written) return { ok: true, value: current };
      return { ok: true, value: { kind: written } };
    }
    case 'toggle': {
      const on = ['on', 'true', '1'].includes(written);
      if (!on && !['off', 'false', '0'].includes(written))
        return { ok: false, problem: `${knob.path}: ${quote(written)} is neither on nor off` };
      if (!knob.objectWhenOn) return { ok: true, value: on };
      // Switching on what is already on keeps its settings.
      const current = getAt(scenario, knob.path);
      if (!on) return { ok: true, value: null };
      return { ok: true, value: current ?? knob.objectWhenOn };
    }
  }
}
