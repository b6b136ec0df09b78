/**
 * Beside the strategy, what keeps it from working in the current scenario: a high-water mark above
 * the queue's capacity, say. Settings say it beside the knob too, but that is far down the page, and
 * a reader who picks a strategy should see at once when it can do nothing. Also a queue size kept
 * from before the strategy was picked, which it would not have brought; and, in a chain of stages,
 * which stage the strategy is about.
 */
import { useMemo } from 'react';
import { chainStrategyNote } from '../domain/chainStrategyNote.ts';
import { strategyById, strategyNotes, strategyOf } from '../domain/strategies.ts';
import { usePlayground } from '../store/index.ts';
import { keptQueueNote } from './keptQueueNote.ts';

export function StrategyNotes() {
  const scenario = usePlayground((s) => s.scenario);
  const presetId = usePlayground((s) => s.presetId);
  const kept = useMemo(() => keptQueueNote(scenario, presetId), [scenario, presetId]);
  const notes = strategyNotes(strategyById(strategyOf(scenario)).knobs, scenario);
  if (kept !== null) notes.unshift(kept);
  const chain = chainStrategyNote(scenario);
  if (chain !== null) notes.unshift(chain);
  if (notes.length === 0) return null;
  return (
    <p className="strategy-notes" role="note" data-testid="strategy-notes">
      {notes.join(' ')} <a href="#controls-title">Settings</a>
    </p>
  );
}
