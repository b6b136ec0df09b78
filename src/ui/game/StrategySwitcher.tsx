/** The four buffer strategies, switchable at any time with the keys 1–4 or these buttons. */
import { GAME_STRATEGIES } from '../../game/rules.ts';
import { strategyText } from './gameText.ts';
import { useGameSession, useSessionState } from './sessionContext.ts';

export function StrategySwitcher() {
  const session = useGameSession();
  const strategy = useSessionState((s) => s.view.strategy);
  const rules = useSessionState((s) => s.rules);
  const over = useSessionState((s) => s.phase === 'over');
  return (
    <div className="panel">
      <fieldset className="strategy-picker game-strategies">
        <legend>
          Strategy <span className="muted key-label">(keys 1–4)</span>
        </legend>
        {GAME_STRATEGIES.map((option, i) => {
          const { label, summary } = strategyText(option, rules);
          const id = `game-strategy-${option}`;
          return (
            <label key={option} className="strategy-option" htmlFor={id}>
              <input
                id={id}
                type="radio"
                name="game-strategy"
                value={option}
                checked={strategy === option}
                disabled={over}
                aria-describedby={`${id}-summary`}
                onChange={() => session.setStrategy(option)}
              />
              <span>
                <span className="strategy-label">
                  <kbd className="key-label">{i + 1}</kbd> {label}
                </span>
                <span className="strategy-summary" id={`${id}-summary`}>
                  {summary}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>
    </div>
  );
}
