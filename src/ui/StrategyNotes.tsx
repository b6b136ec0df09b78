/**
 * Beside the strategy, what keeps it from working in the current scenario: a high-water mark above
 * the queue's capacity, say. Settings say it beside the knob too, but that is far down the page, and
 * a reader who picks a strategy should see at once when it can do nothing.
 */
import { strategyById, strategyNotes, strategyOf } from '../domain/strategies.ts';
import { usePlayground } from '../store/index.ts';

export function StrategyNotes() {
  const scenario = usePlayground((s) => s.scenario);
  const notes = strategyNotes(strategyById(strategyOf(scenario)).knobs, scenario);
  if (notes.length === 0) return null;
  return (
    <p className="strategy-notes" role="note" data-testid="strategy-notes">
      {notes.join(' ')} <a href="#controls-title">Settings</a>
    </p>
  );
}
