/** Start, pause and resume; restart; and the game clock. */
import { gameClock } from './gameText.ts';
import { useGameSession, useSessionState } from './sessionContext.ts';

export function GameControls() {
  const session = useGameSession();
  const phase = useSessionState((s) => s.phase);
  const now = useSessionState((s) => s.view.now);
  const playLabel = phase === 'ready' ? 'Start' : phase === 'playing' ? 'Pause' : 'Resume';
  return (
    <div className="game-controls">
      {phase !== 'over' && (
        <button type="button" className="button primary" onClick={() => session.playPause()}>
          {playLabel}
        </button>
      )}
      <button type="button" className="button" onClick={() => session.restart()}>
        Restart
      </button>
      <p className="game-clock" data-testid="game-time" data-value={now}>
        <span className="visually-hidden">Time played: </span>
        {gameClock(now)}
      </p>
    </div>
  );
}
