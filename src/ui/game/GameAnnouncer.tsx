/**
 * The polite live region: level changes, strategy changes, the helper, signals, pause and game
 * over. Each sentence is a new node, so a repeated sentence is read again.
 */
import { useSessionState } from './sessionContext.ts';

export function GameAnnouncer() {
  const announcement = useSessionState((s) => s.announcement);
  return (
    <div
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-testid="game-announcer"
    >
      <span key={announcement.id}>{announcement.text}</span>
    </div>
  );
}
