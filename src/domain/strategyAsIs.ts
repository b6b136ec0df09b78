/**
 * Whether a scenario is a strategy exactly as picking it makes it: the strategy's own preset, or the
 * strategy picked on any strategy preset left as it is (the page opens on one). The line above the
 * stage says ", changed" otherwise, so a title that names a strategy never hides a setting that is
 * not the strategy's own (a queue size kept from before, a producer moved by hand).
 */
import { PRESETS, presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { applyStrategy, strategyById, strategyOf, type StrategyId } from './strategies.ts';

/** Neither the seed nor the name is a setting: the same world on another seed, or named in a file, is that world. */
const withoutSeed = (scenario: Scenario) => JSON.stringify({ ...scenario, seed: 0, name: '' });

/** Each strategy's own worlds as JSON, made the first time the page asks about that strategy. */
const own = new Map<StrategyId, Set<string>>();

function ownWorlds(id: StrategyId): Set<string> {
  let worlds = own.get(id);
  if (worlds === undefined) {
    const strategy = strategyById(id);
    worlds = new Set([withoutSeed(presetScenario(strategy.presetId))]);
    for (const start of PRESETS.filter((p) => p.category === 'strategy'))
      worlds.add(withoutSeed(applyStrategy(presetScenario(start.id), strategy)));
    own.set(id, worlds);
  }
  return worlds;
}

/** True when `scenario` is the strategy it follows exactly as picking that strategy makes it. */
export function isStrategyAsIs(scenario: Scenario): boolean {
  return ownWorlds(strategyOf(scenario)).has(withoutSeed(scenario));
}
