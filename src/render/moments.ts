/**
 * The moments worth calling out as they happen, once per run: the first message lost, the producer
 * blocked (or out of credit) for the first time, an out-of-memory crash, a consumer added, a wave of
 * retries, a crash that fails everything in flight (an outage that resets). Each comes with a few words for the stage and a sentence for screen readers. Pure: fed the
 * event log by the animator.
 */
import type { SimEvent } from '../sim/eventLog.ts';
import { DROP_REASONS, type DropReason } from '../sim/types.ts';
import type { MomentKind } from './scene.ts';

export interface Moment {
  kind: MomentKind;
  /** On the stage: a few words. */
  text: string;
  /** For screen readers: a sentence. */
  announce: string;
}

/** A drop reason in a few words, for the bin and the callouts. */
export const REASON_SHORT: Record<DropReason, string> = {
  rejected: 'Rejected',
  'evicted-oldest': 'Oldest out',
  'evicted-youngest': 'Newest out',
  flushed: 'Flushed',
  priority: 'Low priority',
  conflated: 'Replaced',
  expired: 'Expired',
  'rate-limited': 'Rate-limited',
  oom: 'Out of memory',
  'gave-up': 'Gave up',
  'timed-out': 'Timed out',
  shed: 'Shed',
  'circuit-open': 'Circuit open',
  reset: 'Reset',
};

/** …and in a word or two, for the narrowest bins. */
export const REASON_TINY: Record<DropReason, string> = {
  rejected: 'Rejected',
  'evicted-oldest': 'Oldest',
  'evicted-youngest': 'Newest',
  flushed: 'Flushed',
  priority: 'Priority',
  conflated: 'Replaced',
  expired: 'Expired',
  'rate-limited': 'Rate limit',
  oom: 'Memory',
  'gave-up': 'Gave up',
  'timed-out': 'Timeout',
  shed: 'Shed',
  'circuit-open': 'Breaker',
  reset: 'Reset',
};

/** Retries scheduled within this much simulated time that make a wave. */
const WAVE_COUNT = 8;
const WAVE_WINDOW_MS = 600;

export class MomentSpotter {
  private readonly seen = new Set<MomentKind>();
  private readonly retries = new Float64Array(WAVE_COUNT);
  private retryCount = 0;

  reset(): void {
    this.seen.clear();
    this.retryCount = 0;
  }

  /** The moment `e` makes, if it is the first of its kind in this run. */
  onEvent(e: SimEvent, reasonLabels: Readonly<Record<DropReason, string>>): Moment | null {
    const kind = kindOf(e, this);
    if (kind === null || this.seen.has(kind)) return null;
    this.seen.add(kind);
    // A crash is the first loss when it comes first; a later drop is not the "first" one.
    if (kind === 'oom') this.seen.add('first-drop');
    switch (kind) {
      case 'first-drop': {
        const reason = DROP_REASONS[e.a] ?? 'rejected';
        // Replaced by a newer message with its key is not a loss (the card counts it apart).
        if (reason === 'conflated')
          return {
            kind,
            text: 'First replaced by newer',
            announce: 'A waiting message was replaced by a newer one with the same key.',
          };
        return {
          kind,
          text: `First loss: ${REASON_SHORT[reason].toLowerCase()}`,
          announce: `The first message was lost: ${reasonLabels[reason].toLowerCase()}.`,
        };
      }
      case 'blocked':
        return e.a === 0
          ? {
              kind,
              text: 'Queue full: producer blocked',
              announce: 'The queue is full, so the producer is blocked until there is room.',
            }
          : {
              kind,
              text: 'Out of credit: producer waits',
              announce:
                'The producer has used up its credit and waits for the consumer to return some.',
            };
      case 'oom':
        return {
          kind,
          text: 'Out of memory: all waiting lost',
          announce:
            'The consumer ran out of memory and crashed: every waiting message was lost, and every message that arrives is lost too until it restarts after a pause.',
        };
      case 'consumer-added':
        return {
          kind,
          text: 'Consumer added',
          announce: 'A consumer was added; it warms up before it takes work.',
        };
      case 'retry-wave':
        return {
          kind,
          text: 'Retry wave',
          announce:
            'A wave of refused messages is waiting to try again, all at about the same time.',
        };
      case 'reset':
        return {
          kind,
          text: 'Crash: all in flight failed',
          announce:
            'The server crashed: every request waiting or in service failed at the same moment, and their requesters may all retry together.',
        };
      case 'packed':
        // Not an event: the animator notes it when it first packs the queue.
        return null;
    }
  }

  /** Notes a retry scheduled at `time`; true once WAVE_COUNT fall within WAVE_WINDOW_MS. */
  noteRetry(time: number): boolean {
    const slot = this.retryCount % WAVE_COUNT;
    const oldest = this.retries[slot] as number;
    this.retries[slot] = time;
    this.retryCount++;
    return this.retryCount >= WAVE_COUNT && time - oldest <= WAVE_WINDOW_MS;
  }
}

function kindOf(e: SimEvent, spotter: MomentSpotter): MomentKind | null {
  switch (e.kind) {
    case 'drop':
      return DROP_REASONS[e.a] === 'oom' ? 'oom' : 'first-drop';
    case 'block':
      return 'blocked';
    case 'crash':
      return 'oom';
    case 'worker-added':
      // The consumers a run starts with are added at time zero: nothing to call out.
      return e.time > 0 ? 'consumer-added' : null;
    case 'retry-wait':
      return spotter.noteRetry(e.time) ? 'retry-wave' : null;
    case 'trigger':
      // An outage that resets (the event log's code 3): everything in flight fails at once.
      return e.a === 3 ? 'reset' : null;
    default:
      return null;
  }
}
