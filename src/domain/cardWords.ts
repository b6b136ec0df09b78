/** Words around the live cards: what they count from, and the producer's line under them. */
import { formatMs } from './format.ts';

/**
 * Over the cards once the reader has changed the running scenario: they count from that change,
 * so a new setting shows its own effect. A reader who set the producer from 10,000/s to 1/s read
 * "Lost so far 4,313,790 (>99.9%)" over an empty queue. The stage's boxes and the chart keep the
 * whole run, and the line says so, as the two then disagree.
 */
export function sinceChangeWords(atMs: number): string {
  return `Cards count from your change at ${formatMs(atMs)}. The stage and chart count the whole run.`;
}

/**
 * The producer's line under the cards. Paused, it says first that the run is paused, and the
 * state as the one it stopped in: "Run paused. Producer: running" read as a contradiction, and
 * "Producer: running (as the run was paused)" oddly.
 */
export function producerLine(status: string, playing: boolean, started = true): string {
  if (playing) return `Producer: ${status}`;
  // At 0 s nothing has run yet (the tour's wave step waits there): "when it paused, the producer was
  // running" read oddly beside the stage's "ready to send" (try 15).
  if (!started) return 'Run paused at its start: press Play to begin';
  return `Run paused. When it paused, the producer was ${status}`;
}

/**
 * The consumers on the busy card: how many work, and how many of them still warm up (a consumer
 * just started takes no message for a while). A reader saw "2 workers" with the second one still
 * warming, idle, under a busy share that counted only the first.
 */
export function workersWords(now: number, starting: number): string {
  const working = Math.max(0, now - starting);
  const plain = (n: number) => `${n} ${n === 1 ? 'worker' : 'workers'}`;
  return starting > 0 ? `${working} working, ${starting} warming up` : plain(now);
}
