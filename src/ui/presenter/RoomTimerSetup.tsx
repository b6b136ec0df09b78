/** Setting the room timer, in a small dialog: 5, 10 or 15 minutes, or any number of minutes typed. */
import { useId, useState, type FormEvent } from 'react';
import { MAX_MINUTES, parseMinutes, PRESET_MINUTES } from './roomTimer.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { startRoomTimer } from './roomTimerStore.ts';
import './presenter.css';

export default function RoomTimerSetup({ onClose }: { onClose(): void }) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const boxId = useId();
  const problemId = useId();
  const start = (minutes: number) => {
    startRoomTimer(minutes);
    setProblem(null);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMinutes(typed);
    if (parsed.ok) start(parsed.minutes);
    else setProblem(parsed.message);
  };
  return (
    <ModalDialog
      title="Room timer"
      onClose={onClose}
      className="room-timer-dialog"
      testId="room-timer-setup"
    >
      <p className="muted">
        A countdown for the room, large enough to read from the back. It stays on this page until
        you close it, through a reload too.
      </p>
      <div className="room-timer-presets">
        {PRESET_MINUTES.map((m) => (
          <button
            key={m}
            type="button"
            className="button"
            onClick={() => start(m)}
            data-autofocus={m === PRESET_MINUTES[0] ? true : undefined}
          >
            {m} min
          </button>
        ))}
      </div>
      <form className="room-timer-typed" onSubmit={submit} noValidate>
        <label htmlFor={boxId}>Or minutes (1 to {MAX_MINUTES})</label>
        <div className="room-timer-typed-row">
          <input
            id={boxId}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            aria-invalid={problem !== null}
            aria-describedby={problem !== null ? problemId : undefined}
          />
          <button type="submit" className="button">
            Start
          </button>
        </div>
        {problem !== null && (
          <p id={problemId} className="knob-problem" role="alert">
            {problem}
          </p>
        )}
      </form>
    </ModalDialog>
  );
}
