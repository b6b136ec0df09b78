/**
 * The story of one message a reader picked on the stage, in words: where it is now, one state at a
 * time (waiting, being worked on, delivered; or pushed out, expired, replaced, lost in a crash), with
 * what it went through so far in brackets ("delivered, 500 ms in all (waited 480 ms, processed in
 * 20 ms)"), never a past "waiting" beside a "delivered". Fed by the event log, so it tells exactly
 * what the simulation did. Pure: the animator decides which events concern the followed message.
 * An ended story stays until the reader follows another, stops following, or the run changes: a
 * reader saw "delivered, 6.9 s in all" for a second before it went, and missed the end of the story.
 */
import type { SimEvent } from '../sim/eventLog.ts';
import type { ServiceTime } from '../sim/scenario.ts';
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
  /**
   * What happened to it before it was picked, oldest first (events about it, copied from the log):
   * what held it up before it got in (the producer blocked, the rate limit, refusals), and when it
   * joined and started, so every part of its time is named. Empty when the log no longer holds them.
   */
  past?: readonly SimEvent[];
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

/** The events that take a message out of the queue, or show it is not in it. */
const LEFT_QUEUE: ReadonlySet<SimEvent['kind']> = new Set<SimEvent['kind']>([
  'start',
  'finish',
  'drop',
  'refuse',
  'retry-wait',
  'delay',
  'block',
]);

/** A duration in the story: a blink of a service reads "under 1 ms", not "0 ms". */
function dur(ms: number): string {
  return ms > 0 && ms < 0.5 ? 'under 1 ms' : formatDuration(ms);
}

/** Facts kept at most: a message that retries many times tells its latest. */
const MAX_FACTS = 3;

/** What held a message up before it got in, as the log told it. */
type HeldBy = 'producer' | 'credit' | 'rate limit' | null;

/** The average of a processing time drawn at random, ms; null when every message takes the same. */
export function randomServiceMean(service: ServiceTime): number | null {
  switch (service.kind) {
    case 'constant':
      return null;
    case 'uniform':
      return service.maxMs > service.minMs ? (service.minMs + service.maxMs) / 2 : null;
    default:
      return service.meanMs;
  }
}

/**
 * How a followed message's story ended: delivered, lost, out of sight (unseen), or handed on to a
 * pipeline's next stage, where it is followed no further.
 */
export type FollowEnding = 'delivered' | 'lost' | 'unseen' | 'handed-on';

export class Follower {
  id: number | null = null;
  /** The story is over (delivered or lost); the highlight stays until its flight ends. */
  done = false;
  /** How it ended, once `done`; null before. */
  ending: FollowEnding | null = null;
  /**
   * The consumers' average processing time, ms, when each message's is drawn at random (null when
   * every message takes the same, or it is not known): a single message's time far from it says so.
   */
  serviceMeanMs: number | null = null;
  /**
   * In a pipeline, the stage its first stage's consumers hand on to ("stage 2"): there a finished
   * message is not delivered, and is followed no further (a reader read "delivered, 183 ms in all"
   * while the stages after it were full, and their database took 20 to 40 ms a query). Null for a
   * single stage.
   */
  handsOnTo: string | null = null;
  private createdAt = 0;
  private enqueuedAt = 0;
  private startedAt = Number.NaN;
  /** What held it up before it got in (the last such event heard), and how often it was refused. */
  private heldBy: HeldBy = null;
  private refusals = 0;
  /** The time before it got in (joined the queue, or went straight to a consumer) is told. */
  private beforeTold = false;
  /** Where it is now, in a few words. */
  private state = '';
  /**
   * While it waits in the queue: when it joined (simulated ms), so its line counts the wait as it
   * goes; NaN elsewhere.
   */
  private waitingSince = Number.NaN;
  /** The whole seconds of its wait the line last said. */
  private saidSeconds = 0;
  /** What it went through so far ("waited 480 ms"), oldest first. */
  private readonly facts: string[] = [];
  private version = 0;

  /** Counts changes, so the shell can tell when to say the story again. */
  get revision(): number {
    return this.version;
  }

  start(s: FollowStart): void {
    this.id = s.id;
    this.done = false;
    this.ending = null;
    this.createdAt = s.createdAt;
    this.enqueuedAt = s.enqueuedAt;
    this.startedAt = Number.NaN;
    this.heldBy = null;
    this.refusals = 0;
    this.beforeTold = false;
    this.state = '';
    this.facts.length = 0;
    for (const e of s.past ?? []) this.remember(e);
    // Already in: the time before it got in, and the wait if a consumer has it already.
    if (s.place !== 'held' && s.place !== 'tray') {
      const joined = this.enqueuedAt > 0 ? this.enqueuedAt : this.startedAt;
      if (joined >= this.createdAt) this.tellBefore(joined);
      if (this.enqueuedAt > 0 && this.startedAt >= this.enqueuedAt)
        this.fact(`waited ${dur(this.startedAt - this.enqueuedAt)}`);
    }
    this.waitingSince = s.place === 'well' || s.place === 'packed' ? s.enqueuedAt : Number.NaN;
    // What it says as it is picked holds until its wait has gone a second further.
    this.saidSeconds = Math.max(0, Math.floor((s.now - s.enqueuedAt) / 1000));
    switch (s.place) {
      case 'well': {
        const waited = s.now - s.enqueuedAt;
        this.now(
          waited < 150
            ? `joined behind ${formatCount(s.ahead)}`
            : s.ahead === 0
              ? 'waiting, next to leave'
              : `waiting, ${formatCount(s.ahead)} ahead of it`,
        );
        break;
      }
      case 'packed':
        // The head of a packed lane (the F key's "next") has none ahead: "about 0 ahead of it" read
        // as a guess about nothing.
        this.now(
          Math.round(s.ahead) <= 0
            ? 'waiting among the packed rows, next to leave'
            : `waiting among the packed rows, about ${formatCount(s.ahead)} ahead of it`,
        );
        break;
      case 'worker':
        this.now('a consumer is working on it');
        break;
      case 'held':
        this.now('the producer holds it: the queue is full');
        break;
      case 'tray':
        this.now('waiting out a backoff before it tries again');
        break;
    }
  }

  clear(): void {
    this.id = null;
    this.waitingSince = Number.NaN;
    this.done = false;
    this.ending = null;
    this.state = '';
    this.facts.length = 0;
    this.version++;
  }

  /** It joined a lane with `ahead` messages in front of it. */
  joined(ahead: number, now: number): void {
    this.enqueuedAt = now;
    this.tellBefore(now);
    this.waitingSince = now;
    this.saidSeconds = 0;
    this.now(`joined behind ${formatCount(ahead)}`);
  }

  /** An event from before it was picked: only what it says about its times is kept. */
  private remember(e: SimEvent): void {
    switch (e.kind) {
      case 'block':
        this.heldBy = e.a === 1 ? 'credit' : 'producer';
        break;
      case 'delay':
        this.heldBy = 'rate limit';
        break;
      case 'refuse':
        if (e.a !== RESET) this.refusals = Math.max(this.refusals, e.b);
        break;
      case 'enqueue':
        this.enqueuedAt = e.time;
        break;
      case 'conflate':
        // It took the place of an older message of its key: it joined the queue there.
        if (e.id === this.id) this.enqueuedAt = e.time;
        break;
      case 'start':
        this.startedAt = e.time;
        break;
      default:
        break;
    }
  }

  /**
   * The time from its making to `at`, when it got in (joined the queue, or went straight to a
   * consumer), named by what held it up, so the parts in brackets add up to its time in all: a
   * reader found "419 ms in all (waited 328 ms, processed in 23 ms)" 68 ms short under Block the
   * producer. Told once.
   */
  private tellBefore(at: number): void {
    if (this.beforeTold) return;
    this.beforeTold = true;
    const gap = at - this.createdAt;
    if (!(gap >= 0.5)) return;
    const d = dur(gap);
    if (this.refusals > 0)
      this.fact(
        `turned away ${this.refusals > 1 ? `${formatCount(this.refusals)} times` : 'once'}, ${d} before it got in`,
      );
    else if (this.heldBy === 'producer') this.fact(`held at the producer ${d}`);
    else if (this.heldBy === 'credit') this.fact(`held at the producer ${d}, out of credit`);
    else if (this.heldBy === 'rate limit') this.fact(`held at the rate limit ${d}`);
    else this.fact(`reached the queue after ${d}`);
  }

  /**
   * As it waits in the queue, each frame (`now`, simulated ms): once a whole second more has gone,
   * the line says how long it has waited so far and, where the stage knows (`ahead`: its place in
   * the lane as the simulation has it; null among the packed rows), how many are still ahead of it.
   * A deep well's wait is many seconds long: without this the line stood still at "joined behind
   * 264" for five, as if nothing went on. Once a second, so a screen reader is not flooded.
   */
  waiting(now: number, ahead: number | null): void {
    if (this.id === null || this.done || Number.isNaN(this.waitingSince)) return;
    const seconds = Math.floor((now - this.waitingSince) / 1000);
    if (seconds < 1 || seconds === this.saidSeconds) return;
    this.saidSeconds = seconds;
    this.now(
      ahead === null
        ? `waiting ${formatCount(seconds)} s so far`
        : ahead === 0
          ? `waiting ${formatCount(seconds)} s so far, next to leave`
          : `waiting ${formatCount(seconds)} s so far, ${formatCount(ahead)} ahead now`,
    );
  }

  /**
   * Its end went unseen: events about it were lost before they were read (the stage skipped ahead
   * to keep up) and it is nowhere on the stage. Said plainly, rather than waiting for an end that
   * will never be told.
   */
  unseen(): void {
    if (this.id === null || this.done) return;
    this.now('out of sight: the stage skipped ahead to keep up, so how it ended was not seen');
    this.done = true;
    this.ending = 'unseen';
  }

  /** An event about the followed message (or, for a conflation, the one that replaced it). */
  onEvent(e: SimEvent): void {
    if (this.id === null || this.done) return;
    // Its wait in the queue is over (or it is not in the queue).
    if (LEFT_QUEUE.has(e.kind)) this.waitingSince = Number.NaN;
    switch (e.kind) {
      case 'enqueue':
        this.enqueuedAt = e.time;
        this.tellBefore(e.time);
        break;
      case 'start': {
        this.startedAt = e.time;
        // Straight to a consumer: no queue to join, so the time before it is told here.
        this.tellBefore(this.enqueuedAt > 0 ? this.enqueuedAt : e.time);
        const waited = e.time - this.enqueuedAt;
        this.fact(
          this.enqueuedAt > 0 && waited > 0
            ? `waited ${dur(waited)}`
            : 'went straight to a consumer',
        );
        this.now('a consumer is working on it');
        break;
      }
      case 'finish': {
        if (!Number.isNaN(this.startedAt)) {
          const took = e.time - this.startedAt;
          this.fact(`processed in ${dur(took)}${this.byChance(took)}`);
        }
        if (this.handsOnTo !== null) {
          this.now(
            `handed on to ${this.handsOnTo} ${dur(e.time - this.createdAt)} after it was made, and followed no further`,
          );
          this.done = true;
          this.ending = 'handed-on';
          break;
        }
        this.now(`delivered, ${dur(e.time - this.createdAt)} in all`);
        this.done = true;
        this.ending = 'delivered';
        break;
      }
      case 'drop': {
        const reason = DROP_REASONS[e.a];
        if (reason === 'expired' && this.enqueuedAt > 0)
          this.fact(`waited ${formatDuration(e.time - this.enqueuedAt)}`);
        this.now(reason === undefined ? 'lost' : LOSS_STORY[reason]);
        this.done = true;
        this.ending = 'lost';
        break;
      }
      case 'conflate':
        // The one replaced is told by its drop (reason "conflated"); the replacement joined here.
        if (e.id === this.id) {
          this.enqueuedAt = e.time;
          this.tellBefore(e.time);
        }
        break;
      case 'refuse':
        this.remember(e);
        if (e.a === RESET) {
          this.fact('failed when the server crashed');
          this.now('failed at once: the server crashed');
        } else {
          this.fact(`turned away ${e.b > 1 ? `${formatCount(e.b)} times` : 'once'}`);
          this.now('turned away at the full queue');
        }
        break;
      case 'retry-wait':
        this.now(`waiting ${formatDuration(e.a)} before it tries again`);
        break;
      case 'delay':
        this.remember(e);
        this.now(`held ${formatDuration(e.a)} at the rate limit, waiting its turn`);
        break;
      case 'block':
        this.remember(e);
        this.now('the producer holds it: the queue is full');
        break;
      default:
        break;
    }
  }

  /**
   * After a processing time far from the average (under half, over twice): that it was chance. A
   * reader saw "processed in under 1 ms" beside the knob's "avg 20 ms" and took one for wrong.
   */
  private byChance(took: number): string {
    const mean = this.serviceMeanMs;
    if (mean === null || !(mean > 0) || (took >= mean / 2 && took <= mean * 2)) return '';
    return `, by chance: each message's time is random, and ${formatDuration(mean)} is the average`;
  }

  /** The story in one sentence ('' when nothing is followed). */
  text(): string {
    if (this.id === null) return '';
    const then = this.facts.length > 0 ? ` (${this.facts.join(', ')})` : '';
    return `Message ${formatCount(this.id + 1)}: ${this.state}${then}.`;
  }

  /** Where it is now: replaces the last state. */
  private now(state: string): void {
    if (this.state === state) return;
    this.state = state;
    this.version++;
  }

  /** Something it went through. A newer fact of the same kind replaces the older one. */
  private fact(text: string): void {
    const kind = text.split(' ')[0];
    const same = this.facts.findIndex((f) => f.split(' ')[0] === kind);
    if (same >= 0) this.facts.splice(same, 1);
    this.facts.push(text);
    if (this.facts.length > MAX_FACTS) this.facts.shift();
    this.version++;
  }
}
