/** The playground store with its simulation on this thread: for tests, the CLI-like uses, fallbacks. */
import { assembleStore, type PlaygroundStore, type StoreOptions } from './assembleStore.ts';
import { LocalDriver } from '../driver/localDriver.ts';

export { INITIAL_PRESET, type PlaygroundStore, type StoreOptions } from './assembleStore.ts';

export function createPlaygroundStore(options: StoreOptions = {}): PlaygroundStore {
  return assembleStore(options.driver ?? ((scenario) => new LocalDriver(scenario)), options);
}
