/**
 * The presenter's room timer as plain data: how long it was set for, and either when it ends (running)
 * or how much was left when it was paused. It is kept in localStorage so a reload (or a crashed tab)
 * does not lose the room's countdown; what comes back from storage is checked like any other input,
 * and anything damaged, implausible or long finished is forgotten rather than shown.
 */
export const ROOM_TIMER_KEY = 'backpressure-playground:room-timer:v1';

/** The longest timer: a whole workshop, not a day. */
export const MAX_MINUTES = 180;
/** The presets the timer offers, in minutes. */
export const PRESET_MINUTES = [5, 10, 15] as const;
/** A timer that ended longer ago than this is not brought back by a reload. */
const FORGET_AFTER_MS = 60 * 60 * 1000;

export type RoomTimer =
  | { state: 'running'; durationMs: number; endsAt: number }
  | { state: 'paused'; durationMs: number; remainingMs: number };

export function startTimer(minutes: number, now: number): RoomTimer {
  const durationMs = Math.round(minutes * 60_000);
  return { state: 'running', durationMs, endsAt: now + durationMs };
}

/** Milliseconds left, never below zero. */
export function remainingMs(timer: RoomTimer, now: number): number {
  return Math.max(0, timer.state === 'running' ? timer.endsAt - now : timer.remainingMs);
}

export function pauseTimer(timer: RoomTimer, now: number): RoomTimer {
  if (timer.state === 'paused') return timer;
  return { state: 'paused', durationMs: timer.durationMs, remainingMs: remainingMs(timer, now) };
}

export function resumeTimer(timer: RoomTimer, now: number): RoomTimer {
  if (timer.state === 'running') return timer;
  return { state: 'running', durationMs: timer.durationMs, endsAt: now + timer.remainingMs };
}

/** One more minute, on a running or paused timer (and on one that has just ended). */
export function addMinute(timer: RoomTimer, now: number): RoomTimer {
  const left = remainingMs(timer, now) + 60_000;
  const durationMs = Math.min(MAX_MINUTES * 60_000, timer.durationMs + 60_000);
  return timer.state === 'running'
    ? { state: 'running', durationMs, endsAt: now + left }
    : { state: 'paused', durationMs, remainingMs: left };
}

/** "9:05", "1:00:00": the way a wall clock would say it, rounded up so 0:00 means time is up. */
export function clockText(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** "10 minutes", "1 minute", "2.5 minutes": what the timer was set for, in words. */
export function durationWords(durationMs: number): string {
  const minutes = Math.round((durationMs / 60_000) * 10) / 10;
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** A typed number of minutes, or a sentence saying what the box takes. */
export function parseMinutes(
  text: string,
): { ok: true; minutes: number } | { ok: false; message: string } {
  const trimmed = text.trim().replace(',', '.');
  const message = `Type a number of minutes from 1 to ${MAX_MINUTES}, like 7 or 2.5.`;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(trimmed)) return { ok: false, message };
  const minutes = Number(trimmed);
  if (!(minutes >= 1 && minutes <= MAX_MINUTES)) return { ok: false, message };
  return { ok: true, minutes };
}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The stored timer, if it is whole, plausible and not long over; null otherwise. */
export function readTimer(text: string | null, now: number): RoomTimer | null {
  if (text === null || text.length > 200) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { state, durationMs, endsAt, remainingMs: left } = raw as Record<string, unknown>;
  if (!isNumber(durationMs) || durationMs < 60_000 || durationMs > MAX_MINUTES * 60_000)
    return null;
  if (state === 'running' && isNumber(endsAt)) {
    // An end further off than the timer's whole length means a changed clock or a forged value.
    if (endsAt - now > durationMs + 1000 || now - endsAt > FORGET_AFTER_MS) return null;
    return { state, durationMs, endsAt };
  }
  if (state === 'paused' && isNumber(left) && left >= 0 && left <= durationMs)
    return { state, durationMs, remainingMs: left };
  return null;
}
