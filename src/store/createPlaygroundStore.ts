/** Builds the one playground store from its slices. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ScenarioProblem } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { createEngine } from './engineControl.ts';
import { createLiveSlice } from './liveSlice.ts';
import { createRunSlice } from './runSlice.ts';
import { createScenarioSlice } from './scenarioSlice.ts';
import type { PlaygroundState } from './types.ts';
import { viewSlice } from './viewSlice.ts';

/** The page opens on the problem itself: a producer a little faster than its consumer, no limit. */
export const INITIAL_PRESET = 'no-backpressure';

export interface StoreOptions {
  /** The preset to open; ignored when `scenario` is given. */
  presetId?: string | null;
  /** A scenario to open (already validated), e.g. from a share link. */
  scenario?: Scenario;
  playing?: boolean;
  /** Problems to show at once, e.g. why a damaged link opened the defaults instead. */
  problems?: readonly ScenarioProblem[];
}

export type PlaygroundStore = StoreApi<PlaygroundState>;

export function createPlaygroundStore(options: StoreOptions = {}): PlaygroundStore {
  const presetId =
    options.scenario !== undefined
      ? (options.presetId ?? null)
      : (options.presetId ?? INITIAL_PRESET);
  const scenario = options.scenario ?? presetScenario(presetId ?? INITIAL_PRESET);
  const engine = createEngine(scenario);
  return createStore<PlaygroundState>()((...a) => ({
    ...createScenarioSlice(scenario, presetId, options.problems ?? [])(...a),
    ...createRunSlice(engine, options.playing ?? true)(...a),
    ...createLiveSlice(engine)(...a),
    ...viewSlice(...a),
  }));
}
