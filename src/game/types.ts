/** The game's data: blocks, the player's actions, what happened (events), and what the screen shows. */
import type { GameStrategy } from './rules.ts';
import type { ScoreBreakdown } from './scoring.ts';

/** One message. Its lane (key) and size depend only on (seed, id), never on how the game went. */
export interface Block {
  /** Arrival number, from 0: also its age order. */
  id: number;
  lane: number;
  sizeBytes: number;
  arrivedAt: number;
}

/** What a player can do. A game is a function of its seed and these, with their times. */
export type GameAction =
  | { type: 'consume'; lane: number }
  | { type: 'set-strategy'; strategy: GameStrategy }
  | { type: 'call-helper' };

/** An action and the simulated time (ms) it was taken at: the unit of a replay. */
export interface TimedInput {
  atMs: number;
  action: GameAction;
}

export type Consumer = 'you' | 'helper';
export type DropReason = 'evicted-oldest' | 'rejected';
export type GameOverReason = 'out-of-memory' | 'too-many-drops';
export type SignalKind = 'slow' | 'resume';
export type HelperPhase = 'ready' | 'starting' | 'working' | 'resting';

/** Things that happened, in order, for the screen's feedback and the screen-reader announcements. */
export type GameEvent =
  | { kind: 'arrived'; at: number; block: Block }
  | { kind: 'started'; at: number; block: Block; by: Consumer }
  | { kind: 'delivered'; at: number; block: Block; by: Consumer; waitedMs: number; points: number }
  | { kind: 'empty-press'; at: number; lane: number }
  | { kind: 'press-ignored'; at: number; lane: number }
  | { kind: 'dropped'; at: number; block: Block; reason: DropReason }
  | { kind: 'level'; at: number; level: number; ratePerSec: number }
  | { kind: 'strategy'; at: number; strategy: GameStrategy }
  | { kind: 'signal-sent'; at: number; signal: SignalKind; landsAt: number }
  | { kind: 'signal-landed'; at: number; signal: SignalKind }
  | { kind: 'held-back'; at: number }
  | { kind: 'helper'; at: number; phase: HelperPhase }
  | { kind: 'helper-refused'; at: number; phase: HelperPhase }
  | { kind: 'game-over'; at: number; reason: GameOverReason };

/** A block being processed, by you or the helper. */
export interface InService {
  block: Block;
  startedAt: number;
  endsAt: number;
}

export interface GameCounts {
  arrived: number;
  delivered: number;
  deliveredByHelper: number;
  dropped: number;
  evicted: number;
  rejected: number;
  waiting: number;
  inService: number;
  emptyPresses: number;
  helpersCalled: number;
  /** Blocks the producer did not make while slowed down (they never arrived). */
  heldBack: number;
}

/** Plain data for the screen: everything it draws, nothing it can change the game through. */
export interface GameView {
  seed: number;
  now: number;
  level: number;
  nextLevelAt: number;
  /** Blocks per second arriving now, slow-down included. */
  ratePerSec: number;
  strategy: GameStrategy;
  /** Waiting blocks per lane, oldest first. */
  lanes: readonly (readonly Block[])[];
  you: { inService: InService | null; busyUntil: number; typeAhead: readonly number[] };
  helper: { phase: HelperPhase; phaseEndsAt: number; inService: InService | null };
  producer: { slowed: boolean; signals: readonly { kind: SignalKind; landsAt: number }[] };
  memoryBytes: number;
  peakMemoryBytes: number;
  /** The bounded strategies' limit, or null when the buffer may grow to the memory budget. */
  capacityBytes: number | null;
  counts: GameCounts;
  score: ScoreBreakdown;
  latency: { meanMs: number; maxMs: number };
  /** Simulated ms spent under each strategy. */
  timeByStrategy: Readonly<Record<GameStrategy, number>>;
  over: { reason: GameOverReason; at: number } | null;
}
