/**
 * Builds the one playground store from its slices, around a simulation driver. It imports no engine:
 * the page's bundle stays small when the simulation runs in a worker.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ScenarioProblem } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import { createExerciseSlice } from './exerciseSlice.ts';
import { createLiveSlice } from './liveSlice.ts';
import { createRunSlice } from './runSlice.ts';
import type { ScenarioCatalogue } from './scenarioCatalogue.ts';
import { createScenarioSlice } from './scenarioSlice.ts';
import type { SimDriver } from '../driver/simDriver.ts';
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
  /** Where `problems` came from; a damaged link says 'link'. */
  problemsFrom?: 'link' | 'view' | 'change';
  /** Where to run the simulation (createPlaygroundStore defaults to this thread). */
  driver?: (scenario: Scenario) => SimDriver;
}

export type PlaygroundStore = StoreApi<PlaygroundState>;

/**
 * `catalogue` gives the presets' scenarios and checks new ones: the page's brings most of it after
 * the first paint (scenarioCatalogue.ts); in Node all of it is at hand (createPlaygroundStore.ts).
 */
export function assembleStore(
  driverFor: (scenario: Scenario) => SimDriver,
  options: StoreOptions,
  catalogue: ScenarioCatalogue,
): PlaygroundStore {
  const presetId =
    options.scenario !== undefined
      ? (options.presetId ?? null)
      : (options.presetId ?? INITIAL_PRESET);
  const first = presetId ?? INITIAL_PRESET;
  const scenario = options.scenario ?? catalogue.presetNow(first);
  // The page opens on a strategy, or on what its link reader (which brings every preset) decoded.
  if (scenario === undefined) throw new Error(`The preset "${first}" has not loaded yet.`);
  const driver = driverFor(scenario);
  const store = createStore<PlaygroundState>()((...a) => ({
    ...createScenarioSlice(
      scenario,
      presetId,
      options.problems ?? [],
      options.problemsFrom ?? 'change',
      catalogue,
    )(...a),
    ...createRunSlice(driver, options.playing ?? true)(...a),
    ...createLiveSlice(driver.readout)(...a),
    ...viewSlice(...a),
    ...createExerciseSlice(...a),
  }));
  // A driver in a worker keeps its own clock; it hears about play and speed from here.
  driver.setPlaying(store.getState().playing);
  store.subscribe((state, previous) => {
    if (state.playing !== previous.playing) driver.setPlaying(state.playing);
    if (state.speed !== previous.speed) driver.setSpeed(state.speed);
  });
  return store;
}
