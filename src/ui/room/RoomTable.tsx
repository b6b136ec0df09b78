/**
 * One pack's part of the room: who passed which exercise (each mark a link to that answer in the
 * playground), a way to remove a row, and the picker that opens two to four answers in Compare.
 */
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { Exercise } from '../../exercises/index.ts';
import type { RoomPack, RoomStatus } from '../../share/roomCode.ts';
import { answerLink, answerScenario, compareAnswersLink } from './roomAnswers.ts';
import { attendeeName, type Room } from './roomModel.ts';
import { compareUnavailable, progressLine, progressWords, type AnswerSet } from './roomSummary.ts';
import { usePack } from './usePack.ts';

const MARK: Record<RoomStatus, { mark: string; words: string }> = {
  passed: { mark: '✓', words: 'Passed' },
  'passed-after-solution': { mark: '✓', words: 'Passed, solution seen' },
  tried: { mark: '◐', words: 'Tried' },
};

interface RoomTableProps {
  room: Room;
  /** The rows of this pack, as indices into the room. */
  rows: readonly number[];
  pack: RoomPack;
  packId: string;
  packTitle: string;
  onRemove: (index: number) => void;
}

interface Column {
  id: string;
  title: string;
  exercise: Exercise | null;
}

export function RoomTable({ room, rows, pack, packId, packTitle, onRemove }: RoomTableProps) {
  const id = useId();
  const state = usePack(pack, packId);
  const columns: Column[] = useMemo(() => {
    if (state.status === 'ready')
      return state.pack.exercises.map((e) => ({ id: e.id, title: e.title, exercise: e }));
    const ids = new Set(rows.flatMap((i) => room[i]?.code.exercises.map((e) => e.id) ?? []));
    return [...ids].map((exerciseId) => ({ id: exerciseId, title: exerciseId, exercise: null }));
  }, [state, rows, room]);
  const title = state.status === 'ready' ? state.pack.title : packTitle;
  const scroller = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(scroller);

  return (
    <section className="panel room-pack" aria-labelledby={`${id}-title`} data-pack={packId}>
      <h2 id={`${id}-title`}>{title}</h2>
      {state.status === 'loading' && <p className="muted">Loading the pack…</p>}
      {state.status === 'missing' && <p className="room-warning">{state.message}</p>}
      {overflows && (
        <p className="help room-scroll-hint" data-testid="room-scroll-hint">
          Each exercise has a column: scroll the table sideways to see them. The “Passed” column
          lists the numbers of the exercises passed (✓) and tried (◐).
        </p>
      )}
      <div
        ref={scroller}
        className="room-table-scroll"
        role="region"
        aria-labelledby={`${id}-caption`}
        tabIndex={0}
      >
        <table className="room-table" data-testid="room-table">
          <caption id={`${id}-caption`} className="visually-hidden">
            Who passed which exercise of {title}
          </caption>
          <thead>
            <tr>
              <th scope="col">Attendee</th>
              <th scope="col">Passed</th>
              {columns.map((column, k) => (
                <th scope="col" key={column.id} className="room-exercise-head">
                  <span className="room-exercise-number" aria-hidden="true">
                    {k + 1}
                  </span>{' '}
                  {column.title}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((index) => {
              const row = room[index];
              if (row === undefined) return null;
              const name = attendeeName(room, index);
              const passed = row.code.exercises.filter((e) => e.status !== 'tried').length;
              const progress = columns.map(
                (c) => row.code.exercises.find((e) => e.id === c.id)?.status ?? null,
              );
              return (
                <tr key={`${row.code.who}-${index}`} data-attendee={name}>
                  <th scope="row">{name}</th>
                  <td className="room-count">
                    {passed} of {columns.length}
                    {/* The whole row in one short line: readable on a phone without scrolling. */}
                    <span className="room-progress-line" aria-hidden="true">
                      {progressLine(progress)}
                    </span>
                    <span className="visually-hidden"> {progressWords(progress)}</span>
                  </td>
                  {columns.map((column) => (
                    <td key={column.id}>
                      <Cell
                        status={row.code.exercises.find((e) => e.id === column.id) ?? null}
                        column={column}
                        pack={pack}
                        name={name}
                      />
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="button room-remove"
                      onClick={() => onRemove(index)}
                    >
                      Remove<span className="visually-hidden"> {name}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {state.status === 'ready' && (
        // A removed row renumbers the room: what was picked starts over.
        <ComparePicker key={room.length} room={room} rows={rows} columns={columns} />
      )}
    </section>
  );
}

interface CellProps {
  status: { status: RoomStatus; answer: readonly (readonly [string, unknown])[] } | null;
  column: Column;
  pack: RoomPack;
  name: string;
}

function Cell({ status, column, pack, name }: CellProps) {
  if (status === null)
    return (
      <span className="room-none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">Not checked</span>
      </span>
    );
  const { mark, words } = MARK[status.status];
  const scenario = column.exercise ? answerScenario(column.exercise, status.answer) : null;
  const content = (
    <>
      <span aria-hidden="true" className={`room-mark room-${status.status}`}>
        {mark}
      </span>{' '}
      {words}
    </>
  );
  if (scenario === null) return <span>{content}</span>;
  return (
    <a
      href={answerLink(location.href, pack, column.id, scenario)}
      aria-label={`${words}: open ${name}’s answer to ${column.title}`}
    >
      {content}
    </a>
  );
}

const MAX_PICKED = 4;

function ComparePicker({
  room,
  rows,
  columns,
}: {
  room: Room;
  rows: readonly number[];
  columns: readonly Column[];
}) {
  const id = useId();
  const answered = (column: Column) =>
    rows.flatMap((index) => {
      const entry = room[index]?.code.exercises.find((e) => e.id === column.id);
      const scenario =
        entry && column.exercise ? answerScenario(column.exercise, entry.answer) : null;
      return scenario === null || entry === undefined
        ? []
        : [{ index, name: attendeeName(room, index), status: entry.status, scenario }];
    });
  // Each answer read once (a room may hold 200 codes of 100 exercises each).
  const byColumn = new Map(columns.map((c) => [c.id, answered(c)]));
  const answersTo = (c: Column) => byColumn.get(c.id) ?? [];
  const choices = columns.filter((c) => answersTo(c).length >= 2);
  const attendees: AnswerSet[] = rows.map((index) => {
    const ids = room[index]?.code.exercises.map((e) => e.id) ?? [];
    const opens = (id: string) => byColumn.get(id)?.some((a) => a.index === index) ?? false;
    return {
      name: attendeeName(room, index),
      answered: ids.filter(opens),
      unopenable: ids.filter((id) => !opens(id)),
    };
  });
  const [exerciseId, setExerciseId] = useState<string | null>(null);
  const [picked, setPicked] = useState<readonly number[]>([]);
  const column = choices.find((c) => c.id === exerciseId) ?? choices[0];

  if (column === undefined)
    return (
      <p className="help room-compare-empty" data-testid="room-compare-unavailable">
        {compareUnavailable(
          attendees,
          (exerciseId) => columns.find((c) => c.id === exerciseId)?.title ?? exerciseId,
        ) ?? 'Compare needs two attendees who checked the same exercise.'}
      </p>
    );
  const answers = answersTo(column);
  const chosen = answers.filter((a) => picked.includes(a.index));
  const toggle = (index: number, on: boolean) =>
    setPicked((now) => (on ? [...now, index] : now.filter((i) => i !== index)));

  return (
    <fieldset className="room-compare" data-testid="room-compare">
      <legend>Compare answers side by side</legend>
      <label className="room-compare-exercise">
        Exercise{' '}
        <select
          value={column.id}
          onChange={(event) => {
            setExerciseId(event.target.value);
            setPicked([]);
          }}
        >
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <p className="help" id={`${id}-hint`}>
        Pick two to four answers to open in Compare, on the exercise’s workload and seed.
      </p>
      <ul className="room-compare-list" aria-describedby={`${id}-hint`}>
        {answers.map((a) => {
          const on = picked.includes(a.index);
          return (
            <li key={a.index}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && chosen.length >= MAX_PICKED}
                  onChange={(event) => toggle(a.index, event.target.checked)}
                />
                {a.name} <span className="muted">({MARK[a.status].words.toLowerCase()})</span>
              </label>
            </li>
          );
        })}
      </ul>
      {chosen.length >= 2 ? (
        <a
          className="button primary"
          href={compareAnswersLink(location.href, chosen)}
          data-testid="open-compare"
        >
          Open in Compare
        </a>
      ) : (
        <p className="help" role="status">
          {chosen.length === 0
            ? 'None picked yet: Open in Compare appears once two are picked.'
            : 'One picked: pick at least one more to Open in Compare.'}
        </p>
      )}
    </fieldset>
  );
}

/** Whether the element is wider inside than it shows (the table scrolls sideways), kept up to date. */
function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
