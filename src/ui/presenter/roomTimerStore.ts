/**
 * The one room timer of this page, shared by its menu entry and its clock, and kept in localStorage
 * so a reload brings it back. Storage that is full or blocked only means the timer is not remembered.
 */
import { useSyncExternalStore } from 'react';
import {
  addMinute,
  pauseTimer,
  readTimer,
  resumeTimer,
  ROOM_TIMER_KEY,
  startTimer,
  type RoomTimer,
} from './roomTimer.ts';

type TimerStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): TimerStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function load(): RoomTimer | null {
  try {
    return readTimer(storage()?.getItem(ROOM_TIMER_KEY) ?? null, Date.now());
  } catch {
    return null;
  }
}

let current: RoomTimer | null | undefined;
const listeners = new Set<() => void>();

export function getRoomTimer(): RoomTimer | null {
  current ??= load();
  return current;
}

export function setRoomTimer(next: RoomTimer | null): void {
  current = next;
  try {
    if (next === null) storage()?.removeItem(ROOM_TIMER_KEY);
    else storage()?.setItem(ROOM_TIMER_KEY, JSON.stringify(next));
  } catch {
    // Not remembered across a reload; it still runs on this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRoomTimer(): RoomTimer | null {
  return useSyncExternalStore(subscribe, getRoomTimer, () => null);
}

/** Starts a timer of `minutes` now. */
export function startRoomTimer(minutes: number): void {
  setRoomTimer(startTimer(minutes, Date.now()));
}

/** Pauses a running timer, or resumes a paused one, now. */
export function pauseOrResumeRoomTimer(timer: RoomTimer): void {
  const now = Date.now();
  setRoomTimer(timer.state === 'paused' ? resumeTimer(timer, now) : pauseTimer(timer, now));
}

/** One more minute, from now. */
export function addMinuteToRoomTimer(timer: RoomTimer): void {
  setRoomTimer(addMinute(timer, Date.now()));
}
