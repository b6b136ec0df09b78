/** The end: why it ended, how the score adds up, and the same game again. */
import { useEffect, useRef } from 'react';
import { GAME_STRATEGIES } from '../../game/rules.ts';
import {
  gameClock,
  gameOverExplanation,
  gameOverTitle,
  kb,
  scoreBreakdown,
  signedPoints,
  timePerStrategy,
} from './gameText.ts';
import { randomSeed } from './usePageHooks.ts';
import { shareLink } from './urlOptions.ts';
import { useGameSession, useSessionState } from './sessionContext.ts';

export function GameOverPanel() {
  const session = useGameSession();
  const view = useSessionState((s) => s.view);
  const rules = useSessionState((s) => s.rules);
  const seed = useSessionState((s) => s.seed);
  const again = useRef<HTMLButtonElement>(null);
  const over = view.over;

  // Keyboard players land on "play again"; everyone sees the panel.
  const endedAt = over?.at ?? null;
  useEffect(() => {
    if (endedAt === null) return;
    again.current?.focus({ preventScroll: true });
    again.current?.closest('section')?.scrollIntoView({ block: 'nearest' });
  }, [endedAt]);

  if (!over) return null;
  const rows = scoreBreakdown(view, rules);
  const spells = timePerStrategy(view.timeByStrategy, GAME_STRATEGIES, rules);
  return (
    <section className="panel game-over" aria-labelledby="game-over-title" data-testid="game-over">
      <h2 id="game-over-title">Game over: {gameOverTitle(over.reason)}</h2>
      <p>{gameOverExplanation(view, rules)}</p>
      <table className="game-breakdown">
        <caption>How your score adds up</caption>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.detail}</td>
              <td className="game-points">{signedPoints(row.points)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Score</th>
            <td />
            <td className="game-points" data-testid="game-final-score">
              {view.score.total}
            </td>
          </tr>
        </tfoot>
      </table>
      <p>
        You lasted {gameClock(over.at)} and reached level {view.level}; memory peaked at{' '}
        {kb(view.peakMemoryBytes)}. {spells && `Time per strategy: ${spells}.`}
      </p>
      <div className="game-over-actions">
        <button
          ref={again}
          type="button"
          className="button primary"
          onClick={() => session.restart()}
        >
          Play the same game again
        </button>
        <button type="button" className="button" onClick={() => session.restart(randomSeed())}>
          New game
        </button>
      </div>
      <p className="help">
        Seed {seed}: anyone who opens <a href={shareLink(location.href, seed)}>this game’s link</a>{' '}
        gets the same blocks at the same moments.
      </p>
    </section>
  );
}
