/**
 * The room timer's clock: large digits in a corner of the page, with Pause, one more minute and
 * Close. Screen readers hear when it starts and, politely, when time is up; not every second. When
 * time is up the clock says so in words, and pulses gently unless the reader prefers less motion.
 */
import { useEffect, useState } from 'react';
import { clockText, durationWords, remainingMs, type RoomTimer } from './roomTimer.ts';
import { addMinuteToRoomTimer, pauseOrResumeRoomTimer, setRoomTimer } from './roomTimerStore.ts';
import './presenter.css';

/** "10 minutes have passed", "1 minute has passed". */
function passedWords(durationMs: number): string {
  const words = durationWords(durationMs);
  return `${words} ${words.endsWith('minute') ? 'has' : 'have'} passed`;
}

/**
 * What the polite live region says: it changes only when something happens (a start, a pause, a
 * minute added, the end), never with the seconds, so a screen reader hears events, not a ticking.
 */
function announcementOf(timer: RoomTimer, over: boolean): string {
  if (over) return `Time is up: ${passedWords(timer.durationMs)}.`;
  if (timer.state === 'paused')
    return `Room timer paused with ${clockText(timer.remainingMs)} left.`;
  return `Room timer running: ${durationWords(timer.durationMs)} in all.`;
}

export default function RoomTimerClock({ timer }: { timer: RoomTimer }) {
  const [now, setNow] = useState(() => Date.now());
  const left = remainingMs(timer, now);
  const over = left <= 0;

  useEffect(() => {
    if (timer.state !== 'running' || over) return;
    // A quarter second keeps the seconds on time without a frame loop of its own.
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [timer, over]);

  const paused = timer.state === 'paused';
  return (
    <section
      className={over ? 'room-timer room-timer-over' : 'room-timer'}
      aria-label="Room timer"
      data-testid="room-timer"
    >
      <div className="room-timer-digits" role="timer" aria-label={`${clockText(left)} left`}>
        {clockText(left)}
      </div>
      <p className="room-timer-status">
        {over ? 'Time is up' : paused ? 'Paused' : `of ${durationWords(timer.durationMs)}`}
      </p>
      <div className="room-timer-actions">
        {!over && (
          <button type="button" className="button" onClick={() => pauseOrResumeRoomTimer(timer)}>
            {paused ? 'Resume' : 'Pause'}
          </button>
        )}
        <button type="button" className="button" onClick={() => addMinuteToRoomTimer(timer)}>
          +1 min
        </button>
        <button type="button" className="button" onClick={() => setRoomTimer(null)}>
          Close<span className="visually-hidden"> the room timer</span>
        </button>
      </div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcementOf(timer, over)}
      </div>
    </section>
  );
}
