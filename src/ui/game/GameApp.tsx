/** The game page: the board (score, memory, well, status) beside the choices (strategy, helper, seed). */
import { ConsumerStatus } from './ConsumerStatus.tsx';
import { GameAnnouncer } from './GameAnnouncer.tsx';
import { GameControls } from './GameControls.tsx';
import { GameOverPanel } from './GameOverPanel.tsx';
import type { GameSession } from './gameSession.ts';
import { HelperControl } from './HelperControl.tsx';
import { HowToPlay } from './HowToPlay.tsx';
import { KeysPanel } from './KeysPanel.tsx';
import { MemoryGauge } from './MemoryGauge.tsx';
import { QuickBar } from './QuickBar.tsx';
import { Scoreboard } from './Scoreboard.tsx';
import { SeedPanel } from './SeedPanel.tsx';
import { GameSessionContext } from './sessionContext.ts';
import { StrategySwitcher } from './StrategySwitcher.tsx';
import { useGameKeys } from './useGameKeys.ts';
import { usePauseWhenHidden, useReducedMotion, useSeedInAddress } from './usePageHooks.ts';
import { Well } from './Well.tsx';

export function GameApp({ session, problems }: { session: GameSession; problems: string[] }) {
  const [reducedMotion, setReducedMotion] = useReducedMotion();
  useGameKeys(session);
  useSeedInAddress(session);
  usePauseWhenHidden(session);
  return (
    <GameSessionContext.Provider value={session}>
      <div
        className="page game-page"
        data-motion={reducedMotion ? 'reduced' : 'full'}
        data-testid="game-page"
      >
        <header className="game-header">
          <nav aria-label="Elsewhere">
            <a href="./">← Backpressure Playground</a>
          </nav>
          <h1>You are the consumer</h1>
          <p className="tagline">
            Blocks arrive faster and faster. Process them before the buffer runs out of memory.
          </p>
        </header>
        {problems.length > 0 && (
          <div className="notice" role="status">
            <p>{problems.join(' ')}</p>
          </div>
        )}
        <main className="game-layout">
          <section className="game-board" aria-label="Game board">
            <Scoreboard />
            <MemoryGauge />
            <GameOverPanel />
            <GameControls />
            <Well />
            <QuickBar />
            <ConsumerStatus />
            <label className="check">
              <input
                type="checkbox"
                checked={reducedMotion}
                onChange={(e) => setReducedMotion(e.target.checked)}
              />
              Reduce motion: blocks appear in place instead of falling
            </label>
          </section>
          <div className="game-side">
            <StrategySwitcher />
            <HelperControl />
            <KeysPanel />
            <SeedPanel />
            <HowToPlay />
          </div>
        </main>
        <GameAnnouncer />
      </div>
    </GameSessionContext.Provider>
  );
}
