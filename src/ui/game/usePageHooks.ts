/** The page's ties to the browser: reduced motion, the address bar, and pausing in a hidden tab. */
import { useEffect, useState } from 'react';
import type { GameSession } from './gameSession.ts';
import { withSeed } from './urlOptions.ts';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** The system's reduced-motion preference, unless the player chose otherwise on the page. */
export function useReducedMotion(): [boolean, (reduced: boolean) => void] {
  const [system, setSystem] = useState(() => window.matchMedia(REDUCED_MOTION).matches);
  const [choice, setChoice] = useState<boolean | null>(null);
  useEffect(() => {
    const query = window.matchMedia(REDUCED_MOTION);
    const onChange = () => setSystem(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return [choice ?? system, setChoice];
}

/** Keeps `?seed=` in the address bar on the game being played, so a reload or a copy repeats it. */
export function useSeedInAddress(session: GameSession): void {
  useEffect(() => {
    let seed: number | null = null;
    const sync = () => {
      const next = session.getState().seed;
      if (next === seed) return;
      seed = next;
      history.replaceState(history.state, '', withSeed(location.href, next));
    };
    sync();
    return session.subscribe(sync);
  }, [session]);
}

/** A game nobody is watching should not be lost: pause when the tab is hidden. */
export function usePauseWhenHidden(session: GameSession): void {
  useEffect(() => {
    const onChange = () => {
      if (document.hidden) session.pause();
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, [session]);
}

/** A new seed is the player's choice, not the game's, so plain Math.random is fine here. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 0x1_0000_0000);
}
