/** The stages of the scenario in the store: a pipeline's chain of wells needs room for each. */
import { playgroundStore } from '../../store/index.ts';
import type { StageCount } from './watchStageView.ts';

export const storeStageCount: StageCount = {
  get: () => 1 + (playgroundStore.getState().scenario.downstream?.length ?? 0),
  subscribe: (callback) => playgroundStore.subscribe(callback),
};
