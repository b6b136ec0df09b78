/**
 * The room view (room.html): the instructor pastes the progress codes attendees send (or scans
 * their QR codes, which open this page with the code in the address), and sees who passed what,
 * opens any answer in the playground, and two to four answers side by side in Compare. No server:
 * the room lives in this browser, and a reload keeps it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { browserStorage } from '../exercises/progressStorage.ts';
import { addCodes, addSummary, removeRow, type AddOutcome, type Room } from './roomModel.ts';
import { readRoom, writeRoom } from './roomStorage.ts';
import { RoomTable } from './RoomTable.tsx';

const storage = browserStorage();
const stored = readRoom(storage);

/**
 * A scanned QR code opens this page with the code after #code=: added once, on opening, then taken
 * out of the address so a reload does not add it again.
 */
function fromAddress(room: Room): AddOutcome | null {
  if (!location.hash.includes('code=')) return null;
  const outcome = addCodes(room, location.hash);
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  return outcome;
}
const opened = fromAddress(stored.room);

/** The room's rows grouped by pack, in the order each pack first appears. */
function byPack(room: Room) {
  const groups = new Map<string, number[]>();
  room.forEach((row, index) => {
    const { pack, packId } = row.code;
    const key = `${packId} ${JSON.stringify(pack)}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return [...groups.values()].map((rows) => ({ rows, first: room[rows[0] as number]!.code }));
}

const KEEP_FAILED =
  'This browser would not keep the room, so it lasts only until you close the page.';

export function RoomApp() {
  const id = useId();
  const [room, setRoom] = useState<Room>(() => {
    if (opened !== null && opened.room !== stored.room) writeRoom(storage, opened.room);
    return opened?.room ?? stored.room;
  });
  const [notice, setNotice] = useState<string | null>(stored.notice);
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<AddOutcome | null>(opened);
  const [clearing, setClearing] = useState(false);
  const confirmClear = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const wasClearing = useRef(false);

  const change = (next: Room) => {
    setRoom(next);
    if (!writeRoom(storage, next)) setNotice(KEEP_FAILED);
  };

  const add = (text: string) => {
    const result = addCodes(room, text);
    setOutcome(result);
    if (result.room !== room) change(result.room);
    return result;
  };

  useEffect(() => {
    if (clearing) confirmClear.current?.focus();
    else if (wasClearing.current) clearButton.current?.focus();
    wasClearing.current = clearing;
  }, [clearing]);

  return (
    <div className="page room-page">
      <header className="page-header">
        <div>
          <h1>Room view</h1>
          <p className="tagline">
            Your workshop at a glance: who passed which exercise, and their answers side by side. It
            needs no server; the room is kept in this browser.
          </p>
        </div>
        <div className="header-tools">
          <a className="button" href="./index.html">
            Back to the playground
          </a>
        </div>
      </header>
      <main className="room-layout">
        {notice && (
          <p className="room-warning" role="status" data-testid="room-notice">
            {notice}{' '}
            <button type="button" className="text-button" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </p>
        )}
        <section className="panel room-add" aria-labelledby={`${id}-add`}>
          <h2 id={`${id}-add`}>Add attendees</h2>
          <p className="help" id={`${id}-how`}>
            Each attendee opens an exercise and chooses “Show my progress to the instructor”, then
            sends you the code (paste one or many here, as they come) or shows you the QR code (scan
            it with this device’s camera). A newer code from the same attendee replaces their row.
          </p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const result = add(pasted);
              if (result.problems.length === 0) setPasted('');
            }}
          >
            <label htmlFor={`${id}-codes`}>Progress codes</label>
            <textarea
              id={`${id}-codes`}
              rows={4}
              value={pasted}
              aria-describedby={`${id}-how`}
              spellCheck={false}
              data-testid="room-codes"
              onChange={(event) => setPasted(event.target.value)}
            />
            <button type="submit" className="button primary">
              Add to the room
            </button>
          </form>
          <div role="status" data-testid="room-outcome">
            {outcome && <p>{addSummary(outcome)}</p>}
          </div>
          {outcome && outcome.problems.length > 0 && (
            <ul className="room-problems" data-testid="room-problems">
              {outcome.problems.map((p) => (
                <li key={p.place}>
                  Code {p.place}: {p.message}
                </li>
              ))}
            </ul>
          )}
        </section>

        {room.length === 0 ? (
          <p className="panel room-empty">
            No one in the room yet. The table of who passed what appears here as codes arrive.
          </p>
        ) : (
          <>
            {byPack(room).map(({ rows, first }) => (
              <RoomTable
                key={`${first.packId} ${JSON.stringify(first.pack)}`}
                room={room}
                rows={rows}
                pack={first.pack}
                packId={first.packId}
                packTitle={first.packTitle}
                onRemove={(index) => change(removeRow(room, index))}
              />
            ))}
            <section className="room-clear" aria-label="Clear the room">
              {clearing ? (
                <div role="group" aria-labelledby={`${id}-clear-q`}>
                  <p id={`${id}-clear-q`}>
                    Remove all {room.length} {room.length === 1 ? 'attendee' : 'attendees'} from the
                    room? This cannot be undone, though attendees can send their codes again.
                  </p>
                  <div className="room-actions">
                    <button
                      ref={confirmClear}
                      type="button"
                      className="button primary"
                      onClick={() => {
                        change([]);
                        setOutcome(null);
                        setClearing(false);
                      }}
                    >
                      Yes, clear the room
                    </button>
                    <button type="button" className="button" onClick={() => setClearing(false)}>
                      Keep them
                    </button>
                  </div>
                </div>
              ) : (
                <button
                  ref={clearButton}
                  type="button"
                  className="button"
                  onClick={() => setClearing(true)}
                >
                  Clear the room
                </button>
              )}
            </section>
          </>
        )}
      </main>
    </div>
  );
}
