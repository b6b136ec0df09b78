/**
 * Which "Check my answer" runs when Check is pressed somewhere else than in the exercise panel (the
 * goal bar under the stage on a narrow screen): the panel's own, so a prediction typed there is
 * kept with the check exactly as when its button is pressed. Before the panel registers one, the
 * plain check runs.
 */
import { runCheck } from './session.ts';

let starter: (() => void) | null = null;

/** Registers the panel's way to start a check; returns the way to take it back. */
export function setCheckStarter(start: () => void): () => void {
  starter = start;
  return () => {
    if (starter === start) starter = null;
  };
}

export function startCheck(): void {
  (starter ?? runCheck)();
}
