import { describe, expect, it } from 'vitest';
import {
  addMinute,
  clockText,
  parseMinutes,
  pauseTimer,
  readTimer,
  remainingMs,
  resumeTimer,
  startTimer,
} from './roomTimer.ts';

const T0 = 1_765_000_000_000;

describe('room timer', () => {
  it('counts down from its start, and pausing holds the time left', () => {
    const t = startTimer(10, T0);
    expect(remainingMs(t, T0 + 90_000)).toBe(510_000);
    const paused = pauseTimer(t, T0 + 90_000);
    expect(remainingMs(paused, T0 + 999_000)).toBe(510_000);
    const resumed = resumeTimer(paused, T0 + 200_000);
    expect(remainingMs(resumed, T0 + 210_000)).toBe(500_000);
    expect(remainingMs(resumed, T0 + 9_999_999)).toBe(0);
  });

  it('adds a minute to a timer that has just run out', () => {
    const t = startTimer(5, T0);
    const later = T0 + 6 * 60_000;
    expect(remainingMs(t, later)).toBe(0);
    expect(remainingMs(addMinute(t, later), later)).toBe(60_000);
  });

  it('says the time as a clock does, rounding up so 0:00 means time is up', () => {
    expect(clockText(600_000)).toBe('10:00');
    expect(clockText(59_001)).toBe('1:00');
    expect(clockText(59_000)).toBe('0:59');
    expect(clockText(1)).toBe('0:01');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(3_600_000 + 5_000)).toBe('1:00:05');
  });

  it('takes typed minutes from 1 to 180, and says what it takes otherwise', () => {
    expect(parseMinutes(' 7 ')).toEqual({ ok: true, minutes: 7 });
    expect(parseMinutes('2,5')).toEqual({ ok: true, minutes: 2.5 });
    for (const bad of ['', '0', '0.5', '181', 'ten', '1e3', '-5', '5 min'])
      expect(parseMinutes(bad), bad).toMatchObject({ ok: false, message: /from 1 to 180/ });
  });

  it('brings back a stored timer, and forgets one that is damaged, forged or long over', () => {
    const running = startTimer(10, T0);
    expect(readTimer(JSON.stringify(running), T0 + 1000)).toEqual(running);
    const paused = pauseTimer(running, T0 + 1000);
    expect(readTimer(JSON.stringify(paused), T0 + 5000)).toEqual(paused);
    const bad = [
      null,
      '',
      '{',
      '[]',
      '"running"',
      JSON.stringify({ ...running, durationMs: 'ten' }),
      JSON.stringify({ ...running, durationMs: 1e12 }),
      JSON.stringify({ ...running, endsAt: T0 + 86_400_000 }),
      JSON.stringify({ state: 'paused', durationMs: 600_000, remainingMs: 700_000 }),
      JSON.stringify({ state: 'stopped', durationMs: 600_000 }),
      'x'.repeat(500),
    ];
    for (const text of bad) expect(readTimer(text, T0), String(text)).toBeNull();
    // Over an hour ago: a reload the next morning shows no stale "Time is up".
    expect(readTimer(JSON.stringify(running), T0 + 2 * 3_600_000)).toBeNull();
  });
});
