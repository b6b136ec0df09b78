/**
 * "Exercises" in the page header: the list of the pack's exercises with the learner's progress, and
 * loading an instructor's pack. Only the button loads with the header; the list (and with it the
 * exercises themselves) loads the first time it opens.
 */
import { useCallback, useState } from 'react';
import { LazyPart } from '../loading/LoadBoundary.tsx';
import { retryableLazy } from '../loading/retryableLazy.ts';
import { Popover } from '../Popover.tsx';
import { setListOpen, useListOpen } from './listOpen.ts';

const ExerciseListPanel = retryableLazy(() => import('./ExerciseListPanel.tsx'));

export function ExercisesButton() {
  const open = useListOpen();
  const [loaded, setLoaded] = useState(false);
  // Opened by a dropped pack file as well as by the button: load the list either way.
  if (open && !loaded) setLoaded(true);
  const onOpenChange = useCallback((next: boolean) => setListOpen(next), []);
  return (
    <div className="exercises-menu">
      <Popover
        label="Exercises"
        title="Exercises"
        open={open}
        onOpenChange={onOpenChange}
        panelClassName="exercises-panel"
      >
        {loaded && (
          <LazyPart what="the exercises" fallback={<p className="muted">Loading the exercises…</p>}>
            <ExerciseListPanel />
          </LazyPart>
        )}
      </Popover>
    </div>
  );
}
