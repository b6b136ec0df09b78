/** The strategies in the reader's terms, as one radio group; picking one applies it to the running simulation. */
import { playgroundStore, usePlayground } from '../store/index.ts';
import {
  applyStrategyToRun,
  STRATEGIES,
  STRATEGY_GROUPS,
  strategyOf,
  type Strategy,
} from '../domain/strategies.ts';

function choose(strategy: Strategy): void {
  const { scenario, setScenario } = playgroundStore.getState();
  // Recorded, so "Undo" goes back to the previous strategy and its knobs.
  setScenario(applyStrategyToRun(scenario, strategy), { record: true });
}

export function StrategyPicker() {
  const current = usePlayground((s) => strategyOf(s.scenario));
  // In an exercise, a strategy that would change a fixed field is shown but cannot be picked.
  const exercise = usePlayground((s) => s.exercise);
  const scenario = usePlayground((s) => s.scenario);
  const fixed = (s: Strategy) =>
    exercise !== null && exercise.locks.lockedChanges(applyStrategyToRun(scenario, s)).length > 0;
  return (
    <fieldset className="strategy-picker" id="strategy">
      <legend>What happens when the consumers fall behind?</legend>
      {STRATEGY_GROUPS.map((group) => (
        <div
          key={group.id}
          className="strategy-group"
          role="group"
          aria-labelledby={`group-${group.id}`}
        >
          <p className="strategy-group-label" id={`group-${group.id}`}>
            {group.label}
          </p>
          {STRATEGIES.filter((s) => s.group === group.id).map((s) => {
            const locked = fixed(s);
            return (
              <label key={s.id} className="strategy-option" data-strategy={s.id}>
                <input
                  type="radio"
                  name="strategy"
                  value={s.id}
                  checked={current === s.id}
                  disabled={locked}
                  aria-describedby={locked ? `locked-${s.id}` : undefined}
                  onChange={() => choose(s)}
                />
                <span>
                  <span className="strategy-label">{s.label}</span>
                  <span className="strategy-summary">{s.summary}</span>
                  {locked && (
                    <span className="locked-note" id={`locked-${s.id}`}>
                      Fixed in this exercise
                    </span>
                  )}
                </span>
              </label>
            );
          })}
        </div>
      ))}
    </fieldset>
  );
}
