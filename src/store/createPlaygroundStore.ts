/** The playground store with its simulation on this thread: for tests, the CLI-like uses, fallbacks. */
import { assembleStore, type PlaygroundStore, type StoreOptions } from './assembleStore.ts';
import { LocalDriver } from '../driver/localDriver.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import type { ScenarioCatalogue } from './scenarioCatalogue.ts';

export { INITIAL_PRESET, type PlaygroundStore, type StoreOptions } from './assembleStore.ts';

/** Here all of it is at hand at once: tests and tools load a preset and read it on the next line. */
const wholeCatalogue: ScenarioCatalogue = {
  presetNow: presetScenario,
  presetLater: async (id) => presetScenario(id),
  check: parseScenario,
};

export function createPlaygroundStore(options: StoreOptions = {}): PlaygroundStore {
  return assembleStore(
    options.driver ?? ((scenario) => new LocalDriver(scenario)),
    options,
    wholeCatalogue,
  );
}
