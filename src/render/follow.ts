/**
 * The story of one message a reader picked on the stage, in words: where it was when picked, then
 * each thing that happened to it (it waited, a worker took it, it was delivered; or it was pushed
 * out, expired, replaced, lost in a crash). Fed by the event log, so it tells exactly what the
 * simulation did. Pure: the animator decides which events concern the followed message.
 */
import type { SimEvent } from '../sim/eventLog.ts';
import { DROP_REASONS, type DropReason } from '../sim/types.ts';
import { formatCount, formatDuration } from './format.ts';

const RESET = DROP_REASONS.indexOf('reset');

/** Where a picked message is. */
export type FollowPlace = 'well' | 'packed' | 'worker' | 'held' | 'tray';

export interface FollowStart {
  id: number;
  createdAt: number;
  /** When it joined the queue (0 if it has not). */
  enqueuedAt: number;
  place: FollowPlace;
  /** Messages ahead of it in its lane, when it waits. */
  ahead: number;
  /** Simulated now, ms. */
  now: number;
}

/** How each loss reads in a message's story. */
export const LOSS_STORY: Record<DropReason, string> = {
  rejected: 'turned away: the queue was full',
  'evicted-oldest': 'pushed out as the oldest waiting, to make room for a newer message',
  'evicted-youngest': 'pushed out as the newest waiting, to make room for an arrival',
  flushed: 'thrown away with the whole queue',
  priority: 'pushed out to make room for a message of higher priority',
  conflated: 'evicted by a newer message with the same key',
  expired: 'expired: it waited longer than messages are kept',
  'rate-limited': 'turned away by the rate limit',
  oom: 'lost when the consumer ran out of memory',
  'gave-up': 'given up after its last retry',
  'timed-out': 'given up by its requester, who had stopped waiting',
  shed: 'shed from the front: it had waited too long in a standing queue',
  'circuit-open': 'failed at once: the circuit breaker was open',
  reset: 'failed at once: the server crashed and reset its connection',
};

/** A duration in the story: a blink of a service reads "under 1 ms", not "0 ms". */
function dur(ms: number): string {
  return ms > 0 && ms < 0.5 ? 'under 1 ms' : formatDuration(ms);
}

/** Clauses kept at most: a message that retries many times tells its latest steps. */
const MAX_CLAUSES = 5;

export class Follower {
  id: number | null = null;
  /** The story is over (delivered or lost); the highlight stays until its flight ends. */
  done = false;
  private createdAt = 0;
  private enqueuedAt = 0;
  private startedAt = Number.NaN;
  private readonly clauses: string[] = [];
  private version = 0;

  /** Counts changes, so the shell can tell when to say the story again. */
  get revision(): number {
    return this.version;
  }

  start(s: FollowStart): void {
    this.id = s.id;
    this.done = false;
    this.createdAt = s.createdAt;
    this.enqueuedAt = s.enqueuedAt;
    this.startedAt = Number.NaN;
    this.clauses.length = 0;
    switch (s.place) {
      case 'well': {
        const waited = s.now - s.enqueuedAt;
        this.add(
          waited < 150
            ? `joined behind ${formatCount(s.ahead)}`
            : s.ahead === 0
              ? 'waiting, next to leave'
              : `waiting, ${formatCount(s.ahead)} ahead of it`,
        );
        break;
      }
      case 'packed':
        this.add(`waiting among the packed rows, about ${formatCount(s.ahead)} ahead of it`);
        break;
      case 'worker':
        this.add('a consumer is working on it');
        break;
      case 'held':
        this.add('the producer holds it: the queue is full');
        break;
      case 'tray':
        this.add('waiting out a backoff before it tries again');
        break;
    }
  }

  clear(): void {
    this.id = null;
    this.done = false;
    this.clauses.length = 0;
    this.version++;
  }

  /** It joined a lane with `ahead` messages in front of it. */
  joined(ahead: number, now: number): void {
    this.enqueuedAt = now;
    this.add(`joined behind ${formatCount(ahead)}`);
  }

  /** An event about the followed message (or, for a conflation, the one that replaced it). */
  onEvent(e: SimEvent): void {
    if (this.id === null || this.done) return;
    switch (e.kind) {
      case 'start': {
        this.startedAt = e.time;
        const waited = e.time - this.enqueuedAt;
        this.add(
          this.enqueuedAt > 0 && waited > 0
            ? `waited ${dur(waited)}`
            : 'went straight to a consumer',
        );
        break;
      }
      case 'finish': {
        if (!Number.isNaN(this.startedAt)) this.add(`processed in ${dur(e.time - this.startedAt)}`);
        this.add(`delivered, ${dur(e.time - this.createdAt)} in all`);
        this.done = true;
        break;
      }
      case 'drop': {
        const reason = DROP_REASONS[e.a];
        if (reason === 'expired' && this.enqueuedAt > 0)
          this.add(`waited ${formatDuration(e.time - this.enqueuedAt)}`);
        this.add(reason === undefined ? 'lost' : LOSS_STORY[reason]);
        this.done = true;
        break;
      }
      case 'conflate':
        // Reported by its drop (reason "conflated") as well; this only keeps the order right.
        break;
      case 'refuse':
        this.add(
          e.a === RESET
            ? `failed at once: the server crashed (attempt ${formatCount(e.b)})`
            : `turned away at the full queue (attempt ${formatCount(e.b)})`,
        );
        break;
      case 'retry-wait':
        this.add(`waits ${formatDuration(e.a)} before trying again`);
        break;
      case 'delay':
        this.add(`held ${formatDuration(e.a)} at the rate limit, waiting its turn`);
        break;
      case 'block':
        this.add('the producer holds it: the queue is full');
        break;
      default:
        break;
    }
  }

  /** The story in one sentence ('' when nothing is followed). */
  text(): string {
    if (this.id === null) return '';
    return `Message ${formatCount(this.id + 1)}: ${this.clauses.join(' · ')}.`;
  }

  private add(clause: string): void {
    if (this.clauses[this.clauses.length - 1] === clause) return;
    this.clauses.push(clause);
    if (this.clauses.length > MAX_CLAUSES) this.clauses.splice(1, 1);
    this.version++;
  }
}
