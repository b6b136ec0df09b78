/**
 * What is on screen, named once for every part of the page that names it: the line above the stage
 * (useScenarioLine), the ways back beside it (ScenarioWaysBack) and the preset chips (PresetBar). The
 * preset the line names and the title it gives (scenarioTitle.ts), each with whether the scenario
 * differs from it, ", changed"; and whether the open tour's own step put it there (openTour.ts),
 * which is then not the reader's change (step two's story with more memory differs from the preset
 * it names, yet the reader changed nothing). The three parts asked the tour each on its own, beside
 * their own naming; here they cannot disagree.
 */
import { useMemo } from 'react';
import { usePlayground } from '../store/index.ts';
import { onScreen, type OnScreen } from './scenarioTitle.ts';
import { useTourOwns } from './tour/openTour.ts';

export function useOnScreen(): OnScreen {
  const scenario = usePlayground((s) => s.scenario);
  const presetId = usePlayground((s) => s.presetId);
  const tourStep = useTourOwns(scenario);
  return useMemo(() => onScreen(scenario, presetId, tourStep), [scenario, presetId, tourStep]);
}
