/**
 * What the line above the stage says of the scenario on screen, for every part that must agree with
 * it: its name (useOnScreen) and whether it has turned into the invitation to pick a strategy
 * (inviteToPick). The line itself and the strategy switcher (which hides a summary the line already
 * says) read it here, so the two never work it out differently.
 */
import { usePlayground } from '../store/index.ts';
import { inviteToPick } from './inviteToPick.ts';
import type { ScenarioTitle } from './scenarioTitle.ts';
import { useOnScreen } from './useOnScreen.ts';
import { useTourOpen } from './tour/openTour.ts';

export function useScenarioLine(): { title: ScenarioTitle; invite: boolean } {
  // The open tour's own step (its story with more memory, say) is not the reader's change.
  const { title } = useOnScreen();
  // While the tour is open its card says what to press: no invitation to pick any strategy beside it.
  const tourOpen = useTourOpen();
  const invite = usePlayground((s) =>
    inviteToPick({
      scenario: s.scenario,
      inExercise: s.exercise !== null,
      ownStory: title.ownStory,
      depthNow: s.live.summary.queueDepth.now,
      crashes: s.live.summary.crashes,
      tourOpen,
    }),
  );
  return { title, invite };
}
