/**
 * The name of what is on screen, for the line above the stage: the preset's title (", changed" once
 * anything differs from it) or the strategy's (", changed" once anything differs from what picking
 * it makes), and one line that says what it is.
 */
import { LATER_PRESETS, PRESETS, findPreset, presetScenario, type Preset } from '../sim/presets.ts';
import { PRESET_DESCRIPTIONS } from '../sim/presetDescriptions.ts';
import type { Scenario } from '../sim/scenario.ts';
import { isPresetAsIs } from '../share/presetAsIs.ts';
import { strategyById, strategyOf, type StrategyId } from '../domain/strategies.ts';
import { isStrategyAsIs } from '../domain/strategyAsIs.ts';
import { strategyName, strategySummary } from '../domain/strategyName.ts';

export interface ScenarioTitle {
  title: string;
  /**
   * True when something differs from what the title names: the preset as it is, or for a strategy,
   * the strategy as picking it makes it.
   */
  changed: boolean;
  /** One line: the preset's own, or the strategy's. */
  description: string;
  /** True for a real system's preset (or a failure's): its own line leads, not the strategy's. */
  ownStory: boolean;
}

/** A file's or a link's scenario has no name but this one (the schema's default). */
const UNNAMED = 'Untitled scenario';

const presetStrategy = new Map<string, StrategyId>();
function strategyOfPreset(id: string): StrategyId {
  let strategy = presetStrategy.get(id);
  if (strategy === undefined) {
    strategy = strategyOf(presetScenario(id));
    presetStrategy.set(id, strategy);
  }
  return strategy;
}

/**
 * The preset a scenario started from: the one the page loaded, or, after a reload of a changed
 * preset's link (which names no preset), the one whose title the scenario still carries as its name.
 */
export function basePreset(scenario: Scenario, presetId: string | null): Preset | undefined {
  if (presetId !== null) return findPreset(presetId);
  return [...PRESETS, ...LATER_PRESETS].find((p) => p.title === scenario.name);
}

/**
 * The preset the line above the stage names, and whether the scenario differs from it: the preset
 * itself while its strategy is in force, else the strategy's own preset (the title names the
 * strategy). The preset chips and the way back read this, so the three never disagree: a reader
 * who picked Add consumers on the first screen saw the title say "Add consumers" and the chips
 * "No backpressure, changed", with "Back to “No backpressure”", and thought nothing had switched.
 * Undefined for a file's own name, which no preset carries.
 */
export function namedPreset(
  scenario: Scenario,
  presetId: string | null,
): { preset: Preset; changed: boolean } | undefined {
  const named = nameOf(scenario, presetId);
  return named.preset === undefined ? undefined : { preset: named.preset, changed: named.changed };
}

function nameOf(scenario: Scenario, presetId: string | null) {
  const strategy = strategyById(strategyOf(scenario));
  const preset = basePreset(scenario, presetId);
  // The strategy as the scenario has it: "Reject the newcomer" where retries are off.
  const name = strategyName(strategy, scenario);
  // A real system keeps its name whatever strategy it is tried with ("Kafka topic, changed"); a
  // preset that is one strategy gives way to the strategy picked instead of it.
  // A strategy's preset whose name the scenario no longer bears out (Reject with retries, retries
  // set to "Never retry") gives way to the strategy's name as the scenario has it.
  const outgrown = preset?.category === 'strategy' && name !== strategy.label;
  if (
    preset &&
    !outgrown &&
    (preset.category === 'system' || strategyOfPreset(preset.id) === strategy.id)
  ) {
    // A strategy's preset is also that strategy picked on another strategy's preset (the link to
    // Add consumers picked on the first screen names it so).
    const asIs =
      isPresetAsIs(scenario, preset.id) ||
      (preset.category === 'strategy' && isStrategyAsIs(scenario));
    return { strategy, name, preset, ownName: null, changed: !asIs };
  }
  const named = scenario.name.trim();
  const ownName = named !== '' && named !== UNNAMED && !PRESETS.some((p) => p.title === named);
  return {
    strategy,
    name,
    preset: ownName ? undefined : findPreset(strategy.presetId),
    ownName: ownName ? named : null,
    // A file's own name promises nothing about its settings; a strategy's name promises its own.
    changed: !ownName && !isStrategyAsIs(scenario),
  };
}

export function scenarioTitle(scenario: Scenario, presetId: string | null): ScenarioTitle {
  const { strategy, name, preset, ownName, changed } = nameOf(scenario, presetId);
  const summary = strategySummary(strategy, scenario);
  if (ownName !== null)
    return { title: ownName, changed, description: `${name}: ${summary}`, ownStory: false };
  if (preset !== undefined && preset.category !== 'strategy')
    return {
      title: preset.title,
      changed,
      description: PRESET_DESCRIPTIONS[preset.id] ?? preset.description ?? summary,
      ownStory: true,
    };
  // A strategy's own preset, or the strategy picked on another: named after the strategy.
  return {
    title: name,
    changed,
    description:
      name === strategy.label &&
      preset !== undefined &&
      preset.id === basePreset(scenario, presetId)?.id
        ? (PRESET_DESCRIPTIONS[preset.id] ?? preset.description ?? summary)
        : summary,
    ownStory: false,
  };
}

/** What is on screen, as the page names it (useOnScreen.ts). */
export interface OnScreen {
  scenario: Scenario;
  /** The preset the line names, and whether the scenario differs from it; undefined for a file's own name. */
  named: { preset: Preset; changed: boolean } | undefined;
  /** The line's title, description and ", changed". */
  title: ScenarioTitle;
  /** The open tour's step put it on screen: nothing of the reader's to call changed or go back from. */
  tourStep: boolean;
}

/** `named` and `title` as the page says them, the tour's own step never "changed". */
export function onScreen(scenario: Scenario, presetId: string | null, tourStep: boolean): OnScreen {
  const named = namedPreset(scenario, presetId);
  const title = scenarioTitle(scenario, presetId);
  return {
    scenario,
    named: named !== undefined && tourStep ? { ...named, changed: false } : named,
    title: tourStep ? { ...title, changed: false } : title,
    tourStep,
  };
}
