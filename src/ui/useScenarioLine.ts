/**
 * What the line above the stage says of the scenario on screen, for every part that must agree with
 * it: its name (scenarioTitle) and whether it has turned into the invitation to pick a strategy
 * (inviteToPick). The line itself and the strategy switcher (which hides a summary the line already
 * says) read it here, so the two never work it out differently.
 */
import { useMemo } from 'react';
import { usePlayground } from '../store/index.ts';
import { inviteToPick } from './inviteToPick.ts';
import { scenarioTitle, type ScenarioTitle } from './scenarioTitle.ts';
import { useTourOwns } from './tour/openTour.ts';

export function useScenarioLine(): { title: ScenarioTitle; invite: boolean } {
  const scenario = usePlayground((s) => s.scenario);
  const presetId = usePlayground((s) => s.presetId);
  // The open tour's own step (its story with more memory, say) is not the reader's change.
  const owned = useTourOwns(scenario);
  const title = useMemo(() => {
    const named = scenarioTitle(scenario, presetId);
    return owned ? { ...named, changed: false } : named;
  }, [scenario, presetId, owned]);
  const invite = usePlayground((s) =>
    inviteToPick({
      scenario: s.scenario,
      inExercise: s.exercise !== null,
      ownStory: title.ownStory,
      depthNow: s.live.summary.queueDepth.now,
      crashes: s.live.summary.crashes,
    }),
  );
  return { title, invite };
}
