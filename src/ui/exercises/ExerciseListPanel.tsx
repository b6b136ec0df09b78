/** The Exercises popover: the shown pack, its exercises with progress, and loading another pack. */
import { usePlayground } from '../../store/index.ts';
import { useCloseMenus } from '../Popover.tsx';
import { ExerciseList } from './ExerciseList.tsx';
import { setListOpen } from './listOpen.ts';
import { PackLoader } from './PackLoader.tsx';
import { useSession } from './session.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { UnprovenPackNote } from './UnprovenPackNote.tsx';
import './exercises.css';

export default function ExerciseListPanel() {
  const shown = useSession((s) => s.shown);
  const current = usePlayground((s) =>
    s.exercise?.packId === shown.pack.id ? s.exercise.exercise.id : null,
  );
  // In an exercise, its panel already says what the storage notice says.
  const inExercise = usePlayground((s) => s.exerciseRoute !== null);
  // On a phone the list sits in the header's menu: an exercise opened from it closes the menu too,
  // which would otherwise stay open over the exercise.
  const closeMenus = useCloseMenus();
  return (
    <div className="exercise-list-panel" data-testid="exercise-list">
      {!inExercise && <StorageNotice />}
      <p className="pack-heading">
        <strong>{shown.pack.title}</strong> <span className="muted">({shown.source})</span>
      </p>
      {shown.pack.description && <p className="help">{shown.pack.description}</p>}
      <UnprovenPackNote pack={shown.pack} refTo={shown.ref} />
      <ExerciseList
        shown={shown}
        currentId={current}
        onOpened={() => {
          setListOpen(false);
          closeMenus();
        }}
      />
      <PackLoader />
      <p className="help room-link">
        Running a workshop? The <a href="./room.html">room view</a> collects your attendees’
        progress codes into one table, and opens their answers side by side.
      </p>
    </div>
  );
}
