/**
 * On a phone the side panels sit far below the well: this bar, right under it, keeps the strategy
 * and the helper a tap away during play without scrolling. Wide screens, where the panels stand
 * beside the well, do not show it. Its buttons leave out the keys (1–4, H), which the Keys panel
 * lists, so they fit a quarter of a phone's width.
 */
import { GAME_STRATEGIES, type GameStrategy } from '../../game/rules.ts';
import { strategyText } from './gameText.ts';
import { useGameSession, useSessionState } from './sessionContext.ts';

/** Short enough for a quarter of a phone's width. */
const SHORT: Record<GameStrategy, string> = {
  unbounded: 'Keep all',
  'drop-oldest': 'Drop oldest',
  'reject-new': 'Reject new',
  'slow-producer': 'Slow down',
};

export function QuickBar() {
  const session = useGameSession();
  const strategy = useSessionState((s) => s.view.strategy);
  const rules = useSessionState((s) => s.rules);
  const phase = useSessionState((s) => s.phase);
  const helperReady = useSessionState((s) => s.view.helper.phase === 'ready');
  const over = phase === 'over';
  return (
    <div className="game-quickbar" role="group" aria-label="Strategy and helper">
      {GAME_STRATEGIES.map((option) => (
        <button
          key={option}
          type="button"
          className="button game-quick"
          aria-pressed={strategy === option}
          aria-label={`Strategy: ${strategyText(option, rules).label}`}
          disabled={over}
          onClick={() => session.setStrategy(option)}
        >
          {SHORT[option]}
        </button>
      ))}
      <button
        type="button"
        className="button game-quick"
        aria-disabled={!(phase === 'playing' && helperReady)}
        aria-describedby="game-helper-status"
        onClick={() => session.callHelper()}
      >
        Helper
      </button>
    </div>
  );
}
