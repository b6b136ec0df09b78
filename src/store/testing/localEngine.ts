/** The engine behind a store whose simulation runs on this thread (as it does in unit tests). */
import type { Engine } from '../../sim/engine.ts';
import type { PlaygroundStore } from '../createPlaygroundStore.ts';
import { LocalDriver } from '../../driver/localDriver.ts';

export function localEngine(store: PlaygroundStore): Engine {
  const driver = store.getState().driver;
  if (!(driver instanceof LocalDriver)) throw new Error('this store runs its simulation elsewhere');
  return driver.engine;
}
