/** Builds the one playground store from its slices. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { presetScenario } from '../sim/presets.ts';
import { createEngine } from './engineControl.ts';
import { createLiveSlice } from './liveSlice.ts';
import { createRunSlice } from './runSlice.ts';
import { createScenarioSlice } from './scenarioSlice.ts';
import type { PlaygroundState } from './types.ts';
import { viewSlice } from './viewSlice.ts';

/** The page opens on the problem itself: a producer a little faster than its consumer, no limit. */
export const INITIAL_PRESET = 'no-backpressure';

export interface StoreOptions {
  presetId?: string;
  playing?: boolean;
}

export type PlaygroundStore = StoreApi<PlaygroundState>;

export function createPlaygroundStore(options: StoreOptions = {}): PlaygroundStore {
  const presetId = options.presetId ?? INITIAL_PRESET;
  const scenario = presetScenario(presetId);
  const engine = createEngine(scenario);
  return createStore<PlaygroundState>()((...a) => ({
    ...createScenarioSlice(scenario, presetId)(...a),
    ...createRunSlice(engine, options.playing ?? true)(...a),
    ...createLiveSlice(engine)(...a),
    ...viewSlice(...a),
  }));
}
