/**
 * The well: one column per key, blocks stacked oldest at the bottom, each as tall as its size. The
 * columns are the touch targets: tapping one processes its oldest block, as its key does. Blocks
 * fall in when they arrive, unless motion is reduced, when they simply appear in place.
 */
import type { CSSProperties } from 'react';
import type { Block } from '../../game/types.ts';
import { MarkIcon } from '../MarkIcon.tsx';
import type { Feedback, GamePhase } from './gameSession.ts';
import { laneStyle } from './laneStyle.ts';
import { useGameSession, useSessionState } from './sessionContext.ts';

/** The well's height in KB: taller columns show how much more is stacked above. */
export const WELL_KB = 20;

export function Well() {
  const view = useSessionState((s) => s.view);
  const phase = useSessionState((s) => s.phase);
  const feedback = useSessionState((s) => s.feedback);
  const graceMs = useSessionState((s) => s.rules.scoring.latencyGraceMs);
  return (
    <div className="game-well" data-testid="game-well" data-phase={phase}>
      <div className="game-columns">
        {view.lanes.map((blocks, lane) => (
          <WellColumn
            key={lane}
            lane={lane}
            blocks={blocks}
            now={view.now}
            lateAfterMs={graceMs}
            phase={phase}
            feedback={feedback?.lane === lane ? feedback : null}
          />
        ))}
      </div>
      <WellOverlay phase={phase} />
    </div>
  );
}

function WellOverlay({ phase }: { phase: GamePhase }) {
  if (phase === 'playing' || phase === 'over') return null;
  return (
    <div className="game-well-overlay" aria-hidden="true">
      <p>
        {phase === 'ready'
          ? 'Press Start (or Space) to play.'
          : 'Paused: press Resume (or Space) to go on.'}
      </p>
    </div>
  );
}

interface ColumnProps {
  lane: number;
  blocks: readonly Block[];
  now: number;
  lateAfterMs: number;
  phase: GamePhase;
  feedback: Feedback | null;
}

function WellColumn({ lane, blocks, now, lateAfterMs, phase, feedback }: ColumnProps) {
  const session = useGameSession();
  const style = laneStyle(lane);
  const [key, otherKey] = style.keys;
  let at = 0;
  let hiddenKb = 0;
  const placed: { block: Block; at: number; size: number }[] = [];
  for (const block of blocks) {
    const size = block.sizeBytes / 1000;
    if (at < WELL_KB) placed.push({ block, at, size });
    else hiddenKb += size;
    at += size;
  }
  const label =
    `${key}: ${style.colorName} ${style.shape}s, ${blocks.length} waiting` +
    (phase === 'playing' ? '. Process the oldest.' : '.');
  return (
    <button
      type="button"
      className="game-column"
      data-lane={lane}
      aria-label={label}
      aria-disabled={phase !== 'playing'}
      style={{ '--lane-color': style.color } as CSSProperties}
      onClick={() => session.consume(lane)}
    >
      <span className="game-stack" aria-hidden="true">
        {placed.map(({ block, at: bottom, size }) => (
          <span
            key={block.id}
            className="game-block"
            data-block-id={block.id}
            data-size={block.sizeBytes}
            data-late={now - block.arrivedAt > lateAfterMs ? 'true' : undefined}
            style={
              {
                '--at': bottom,
                '--size': size,
                backgroundColor: style.color,
                color: style.ink,
              } as CSSProperties
            }
          >
            <MarkIcon shape={style.shape} color={style.ink} />
            <span className="game-block-key key-label">{key}</span>
          </span>
        ))}
        {hiddenKb > 0 && <span className="game-overflow">+{hiddenKb} KB above</span>}
        {feedback && <span key={feedback.id} className="game-flash" data-tone={feedback.tone} />}
      </span>
      <span className="game-keycap" aria-hidden="true">
        <MarkIcon shape={style.shape} color={style.color} />
        <kbd className="key-label">{key}</kbd>
        <span className="game-keycap-alt key-label">{otherKey}</span>
        <span className="touch-label">Tap</span>
      </span>
    </button>
  );
}
