/**
 * The ways back, beside the ", changed" they undo: "Undo last change" and "Back to" the preset the
 * title names. They sat at the end of the preset list, two thousand pixels below the title that said
 * "changed". Shown only when there is something to go back to; their place in the title's row (on a
 * phone, the line under the title) is there whether they are or not, so the stage never moves.
 */
import { useMemo } from 'react';
import { playgroundStore, usePlayground } from '../store/index.ts';
import { namedPreset } from './scenarioTitle.ts';
import { useTourOwns } from './tour/openTour.ts';

export default function ScenarioWaysBack() {
  const canUndo = usePlayground((s) => s.history.length > 0);
  const scenario = usePlayground((s) => s.scenario);
  const presetId = usePlayground((s) => s.presetId);
  const named = useMemo(() => namedPreset(scenario, presetId), [scenario, presetId]);
  // The open tour's own step is not the reader's change: nothing of theirs to go back from.
  const owned = useTourOwns(scenario);
  const back = named?.changed ? named.preset : undefined;
  if (owned || (!canUndo && back === undefined)) return null;
  const { undo, loadPreset } = playgroundStore.getState();
  return (
    <span className="scenario-ways-back" role="group" aria-label="Ways back">
      {canUndo && (
        <button type="button" className="button" onClick={undo}>
          Undo last change
        </button>
      )}
      {back && (
        <button type="button" className="button" onClick={() => loadPreset(back.id)}>
          Back to “{back.title}”
        </button>
      )}
    </span>
  );
}
