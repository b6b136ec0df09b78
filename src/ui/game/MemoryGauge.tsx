/**
 * Memory in use against the budget, with the lines that matter under the current strategy: the
 * bounded buffer's capacity, or the slow-down watermarks.
 */
import type { CSSProperties } from 'react';
import { kb } from './gameText.ts';
import { useSessionState } from './sessionContext.ts';

export function MemoryGauge() {
  const view = useSessionState((s) => s.view);
  const rules = useSessionState((s) => s.rules);
  const budget = rules.memoryBudgetBytes;
  const used = Math.min(view.memoryBytes, budget);
  const fraction = used / budget;
  const marks: { at: number; label: string }[] = [];
  if (view.capacityBytes !== null)
    marks.push({ at: view.capacityBytes, label: `capacity ${kb(view.capacityBytes)}` });
  if (view.strategy === 'slow-producer') {
    marks.push({
      at: rules.slowProducer.highWatermarkBytes,
      label: `slow down at ${kb(rules.slowProducer.highWatermarkBytes)}`,
    });
    marks.push({
      at: rules.slowProducer.lowWatermarkBytes,
      label: `resume at ${kb(rules.slowProducer.lowWatermarkBytes)}`,
    });
  }
  const state = fraction >= 0.85 ? 'critical' : fraction >= 0.6 ? 'high' : 'ok';
  return (
    <div className="game-memory">
      <div className="game-memory-head">
        <span id="game-memory-label">Memory</span>
        <span data-testid="game-memory" data-value={view.memoryBytes}>
          {kb(view.memoryBytes)} of {kb(budget)}
        </span>
      </div>
      <div
        className="game-memory-bar"
        role="meter"
        aria-labelledby="game-memory-label"
        aria-valuemin={0}
        aria-valuemax={budget}
        aria-valuenow={used}
        aria-valuetext={`${kb(view.memoryBytes)} of ${kb(budget)}`}
        data-state={state}
      >
        <div className="game-memory-fill" style={{ width: `${fraction * 100}%` }} />
        {marks.map((mark) => (
          <div
            key={mark.label}
            className="game-memory-mark"
            style={{ '--mark': `${(mark.at / budget) * 100}%` } as CSSProperties}
          />
        ))}
      </div>
      <p className="help">
        {marks.length > 0
          ? `Lines: ${marks.map((m) => m.label).join(', ')}.`
          : `Past ${kb(budget)}: out of memory.`}
      </p>
    </div>
  );
}
