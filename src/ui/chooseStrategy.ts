/**
 * Picking a strategy, the one way every control does it (the switcher, an exercise's settings, the
 * tour): recorded, so Undo goes back to the previous strategy and its knobs, and a fresh run,
 * because another strategy is another system and numbers carried over from the last one (losses
 * before a switch to Block, say) would contradict what the new one does.
 */
import { applyStrategy, strategyById, type StrategyId } from '../domain/strategies.ts';
import type { PlaygroundStore } from '../store/createPlaygroundStore.ts';

export function chooseStrategy(store: PlaygroundStore, id: StrategyId): void {
  const { scenario, setScenario } = store.getState();
  setScenario(applyStrategy(scenario, strategyById(id)), { record: true, fresh: true });
}
