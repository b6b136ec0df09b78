/**
 * The ways back, beside the ", changed" they undo: "Undo last change" and "Back to" the preset the
 * title names. They sat at the end of the preset list, two thousand pixels below the title that said
 * "changed". Shown only when there is something to go back to; their place in the title's row (on a
 * phone, the line under the title) is there whether they are or not, so the stage never moves.
 */
import { playgroundStore, usePlayground } from '../store/index.ts';
import { useOnScreen } from './useOnScreen.ts';

export default function ScenarioWaysBack() {
  const canUndo = usePlayground((s) => s.history.length > 0);
  // The open tour's own step is not the reader's change: nothing of theirs to go back from.
  const { named, tourStep } = useOnScreen();
  const back = named?.changed ? named.preset : undefined;
  if (tourStep || (!canUndo && back === undefined)) return null;
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
