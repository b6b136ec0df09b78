/**
 * Picking a strategy, the one way every control does it (the switcher, an exercise's settings, the
 * tour): recorded, so Undo goes back to the previous strategy and its knobs, and a fresh run,
 * because another strategy is another system and numbers carried over from the last one (losses
 * before a switch to Block, say) would contradict what the new one does. In an exercise, what
 * picking gives is strategyChoices.ts's: the starting strategy comes back with the fixed settings
 * kept as they start.
 */
import type { StrategyId } from '../domain/strategies.ts';
import type { PlaygroundStore } from '../store/createPlaygroundStore.ts';
import { choiceById } from './strategyChoices.ts';

export function chooseStrategy(store: PlaygroundStore, id: StrategyId): void {
  const { scenario, setScenario, exercise } = store.getState();
  setScenario(choiceById(scenario, id, exercise).scenario, { record: true, fresh: true });
}
