/**
 * When the line above the stage turns into the invitation to pick a strategy ("Faster in than out, so
 * the queue only grows"): the scenario lets the queue grow, and its knobs say it will. Decided from
 * the knobs on every change, with the pile-up (or a crash) only as the moment it becomes plain, so a
 * producer turned down below the consumers' rate ends it at once, whatever the run left behind.
 * While the guided tour is open it gives way: its card asks for one button at a time, and a line
 * above the stage inviting the reader to pick any strategy pulled them off the tour.
 */
import { fasterInThanOut } from '../domain/overload.ts';
import { strategyOf } from '../domain/strategies.ts';
import type { Scenario } from '../sim/scenario.ts';

/** Depth at which the pile-up is plain to see in the well. */
export const INVITE_DEPTH = 25;

export interface InviteState {
  scenario: Scenario;
  inExercise: boolean;
  /** A real system's preset (Kafka topic, say) tells its own story first. */
  ownStory: boolean;
  depthNow: number;
  crashes: number;
  /** The guided tour is open (openTour.ts): its card says what to press next. */
  tourOpen: boolean;
}

export function inviteToPick(s: InviteState): boolean {
  return (
    !s.inExercise &&
    !s.tourOpen &&
    !s.ownStory &&
    strategyOf(s.scenario) === 'none' &&
    fasterInThanOut(s.scenario) &&
    (s.depthNow >= INVITE_DEPTH || s.crashes > 0)
  );
}
