/**
 * The numbers that make the game: how fast blocks come, how big they are, what the buffer may hold,
 * and what each thing is worth. One object, so tests can shrink a game and the help text can quote
 * the same numbers the game uses.
 */

/** How the buffer behaves when blocks come faster than they are processed. */
export type GameStrategy = 'unbounded' | 'drop-oldest' | 'reject-new' | 'slow-producer';

/** In the order of the keys 1–4 that pick them. */
export const GAME_STRATEGIES: readonly GameStrategy[] = [
  'unbounded',
  'drop-oldest',
  'reject-new',
  'slow-producer',
];

export interface GameRules {
  /** The game advances in whole ticks, so how a caller slices time never changes what happens. */
  tickMs: number;
  /** Keys (columns). */
  lanes: number;
  /** Arrivals per second at level 1. */
  startRatePerSec: number;
  /** Each level multiplies the arrival rate by this, as Tetris speeds up. */
  risePerLevel: number;
  /** The rate stops rising here. */
  maxRatePerSec: number;
  /** Simulated time per level. */
  levelMs: number;
  /** Block sizes in bytes and how often each comes (weights). */
  blockSizes: readonly number[];
  blockSizeWeights: readonly number[];
  /** Processing time per KB of block: bigger blocks take longer. */
  serviceMsPerKB: number;
  /** What pressing an empty column wastes: the consumer polled and found nothing. */
  emptyPollMs: number;
  /** Presses remembered while the consumer is busy; more are ignored. */
  typeAhead: number;
  /** Past this much buffered data the consumer runs out of memory: game over. */
  memoryBudgetBytes: number;
  /** What the bounded strategies (drop oldest, reject new) let the buffer hold. */
  boundedCapacityBytes: number;
  /** Lost messages the downstream team accepts; one more and the game is over. */
  dropBudget: number;
  scoring: {
    perDelivery: number;
    /** Waiting longer than this starts to cost points… */
    latencyGraceMs: number;
    /** …one point per this much extra wait… */
    latencyStepMs: number;
    /** …up to this many, so a late delivery is still worth more than a lost one. */
    maxLatencyPenalty: number;
    perDrop: number;
    perEmptyPress: number;
    perHelper: number;
    /** What each block the slowed producer holds back costs: its own users wait instead. */
    perHeldBack: number;
  };
  slowProducer: {
    /** Above this the consumer signals "slow down"; below `lowWatermarkBytes`, "resume". */
    highWatermarkBytes: number;
    lowWatermarkBytes: number;
    /** How long a signal takes to reach the producer. */
    signalDelayMs: number;
    /** The producer's rate while slowed, as a fraction of the level's rate. */
    slowFactor: number;
  };
  helper: {
    /** A new consumer needs time to start. */
    startupMs: number;
    workMs: number;
    /** The helper is slower than you: its processing time per KB. */
    serviceMsPerKB: number;
    /** After it stops, how long before it can be called again. */
    cooldownMs: number;
  };
}

/** Kilobytes as the playground counts them: 1000 bytes. */
const KB = 1000;

export const DEFAULT_RULES: GameRules = {
  tickMs: 10,
  lanes: 4,
  startRatePerSec: 1.2,
  risePerLevel: 1.2,
  maxRatePerSec: 40,
  levelMs: 15_000,
  blockSizes: [1 * KB, 2 * KB, 3 * KB],
  blockSizeWeights: [0.5, 0.35, 0.15],
  serviceMsPerKB: 80,
  emptyPollMs: 150,
  typeAhead: 3,
  memoryBudgetBytes: 48 * KB,
  boundedCapacityBytes: 32 * KB,
  dropBudget: 40,
  scoring: {
    perDelivery: 10,
    latencyGraceMs: 2000,
    latencyStepMs: 500,
    maxLatencyPenalty: 8,
    perDrop: 15,
    perEmptyPress: 5,
    perHelper: 50,
    perHeldBack: 4,
  },
  slowProducer: {
    highWatermarkBytes: 24 * KB,
    lowWatermarkBytes: 12 * KB,
    signalDelayMs: 1500,
    slowFactor: 0.4,
  },
  helper: {
    startupMs: 1000,
    workMs: 10_000,
    serviceMsPerKB: 160,
    cooldownMs: 30_000,
  },
};

/** The capacity the strategy enforces, or null when the buffer may grow up to the memory budget. */
export function strategyCapacity(strategy: GameStrategy, rules: GameRules): number | null {
  return strategy === 'drop-oldest' || strategy === 'reject-new'
    ? rules.boundedCapacityBytes
    : null;
}
