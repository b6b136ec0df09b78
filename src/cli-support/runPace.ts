/**
 * Words and numbers for a long headless run: how long it will take, a progress line, and why a run
 * is refused. Pure; cli/sim.ts measures the time and owns the terminal.
 */
import { count } from './formatSummary.ts';

/** A wall-clock span in the words a person would use: "about 40 s", "about 9.4 hours". */
export function formatSpan(ms: number): string {
  const sec = ms / 1000;
  if (sec < 1) return 'under a second';
  return `about ${roughSpan(sec)}`;
}

function roughSpan(sec: number): string {
  if (sec < 99.5) return `${Math.round(sec)} s`;
  const min = sec / 60;
  if (min < 99.5) return `${Math.round(min)} min`;
  const hours = min / 60;
  if (hours < 48) return `${hours < 9.95 ? hours.toFixed(1) : Math.round(hours)} hours`;
  return `${Math.round(hours / 24)} days`;
}

/** A large count in words: "86 billion", "520 million", "45,000". */
export function formatLargeCount(n: number): string {
  const units: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [size, word] of units) {
    if (n >= size) {
      const x = n / size;
      return `${x < 9.95 ? x.toFixed(1).replace(/\.0$/, '') : count(x)} ${word}`;
    }
  }
  return count(n);
}

/** `n` rounded up to two significant digits: a --max-events value that lets the run through. */
export function roundUpForLimit(n: number): number {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, n))) - 1);
  return Math.ceil(n / magnitude) * magnitude;
}

/** The one line that refuses a run expected to be more work than --max-events allows. */
export function tooMuchWorkLine(work: number, maxEvents: number, msPerEvent: number): string {
  return (
    `--max-events: this run would take ${formatSpan(work * msPerEvent)} here ` +
    `(about ${formatLargeCount(work)} events, over the limit of ${formatLargeCount(maxEvents)}); ` +
    `pass --max-events ${roundUpForLimit(work)} to run it anyway, or a shorter --duration`
  );
}

/** A progress line for stderr: `[##########..........] 50%  about 40 s left`. */
export function progressLine(fraction: number, remainingMs: number, width = 30): string {
  const f = Math.min(1, Math.max(0, fraction));
  const filled = Math.round(f * width);
  const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
  return `[${bar}] ${Math.floor(f * 100)}%  ${formatSpan(remainingMs)} left`;
}

/** A run expected to take longer than this, in all, shows a progress bar. */
export const PROGRESS_AFTER_MS = 3000;
/** The first second's pace is mostly the engine's warm-up: the bar waits for a better one. */
const JUDGE_AFTER_MS = 1000;

/** Whether a progress bar is worth drawing: on a terminal, for a run of more than a few seconds. */
export function shouldShowProgress(
  isTerminal: boolean,
  pace: { elapsedMs: number; remainingMs: number },
): boolean {
  return (
    isTerminal &&
    pace.elapsedMs >= JUDGE_AFTER_MS &&
    pace.elapsedMs + pace.remainingMs >= PROGRESS_AFTER_MS
  );
}
