/** React's window onto the game session: the session itself, and snapshots of its state. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { GameSession, SessionState } from './gameSession.ts';

export const GameSessionContext = createContext<GameSession | null>(null);

export function useGameSession(): GameSession {
  const session = useContext(GameSessionContext);
  if (!session) throw new Error('useGameSession needs a GameSessionContext provider');
  return session;
}

/**
 * A part of the session's state. The selector must return something the state already holds (or a
 * primitive): a new object on every call would re-render forever.
 */
export function useSessionState<T>(select: (state: SessionState) => T): T {
  const session = useGameSession();
  return useSyncExternalStore(session.subscribe, () => select(session.getState()));
}
