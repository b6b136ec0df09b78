/** The numbers that matter while playing: score, level and rate, delivered, lost. */
import { blocksPerSecond } from './gameText.ts';
import { useSessionState } from './sessionContext.ts';

export function Scoreboard() {
  const view = useSessionState((s) => s.view);
  const dropBudget = useSessionState((s) => s.rules.dropBudget);
  const { counts, score } = view;
  return (
    <dl className="game-scoreboard">
      <div className="game-stat game-stat-score">
        <dt>Score</dt>
        <dd data-testid="game-score" data-value={score.total}>
          {score.total}
        </dd>
      </div>
      <div className="game-stat">
        <dt>Level</dt>
        <dd data-testid="game-level" data-value={view.level}>
          {view.level}
          <span className="game-stat-detail">{blocksPerSecond(view.ratePerSec)}</span>
        </dd>
      </div>
      <div className="game-stat">
        <dt>Delivered</dt>
        <dd
          data-testid="game-delivered"
          data-value={counts.delivered}
          data-by-you={counts.delivered - counts.deliveredByHelper}
        >
          {counts.delivered}
        </dd>
      </div>
      <div className="game-stat">
        <dt>Lost</dt>
        <dd data-testid="game-lost" data-value={counts.dropped}>
          {counts.dropped}
          <span className="game-stat-detail">of {dropBudget}</span>
        </dd>
      </div>
    </dl>
  );
}
