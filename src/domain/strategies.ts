/**
 * The strategies a reader thinks in, mapped onto scenario settings. Each entry is data: what it
 * sets and which knobs it shows. The explanation panel's words are in strategyExplanations.ts, which
 * loads with the panel.
 */
import { parseScenario, formatProblems } from '../sim/parseScenario.ts';
import type { Scenario, ScenarioInput } from '../sim/scenario.ts';
// The notes on knobs that cannot act, for the strategy switcher and the settings alike: reached
// through this module only, they share its chunk instead of costing the page's map one of their own.
export { knobNote, strategyNotes } from './knobNotes.ts';

export const STRATEGY_GROUPS = [
  { id: 'none', label: 'Let it grow' },
  { id: 'push-back', label: 'Push back on the producer' },
  { id: 'drop-waiting', label: 'Drop messages already waiting' },
  { id: 'drop-incoming', label: 'Turn new messages away' },
  { id: 'capacity', label: 'Add capacity' },
] as const;
export type StrategyGroupId = (typeof STRATEGY_GROUPS)[number]['id'];

export type StrategyId =
  | 'none'
  | 'block'
  | 'slow-down'
  | 'credit'
  | 'drop-oldest'
  | 'drop-youngest'
  | 'drop-all'
  | 'drop-lowest-priority'
  | 'latest-per-key'
  | 'drop-incoming'
  | 'add-consumers';

/** The policy part of a scenario a strategy decides; the workload and consumers stay the reader's. */
export interface Policy {
  /**
   * The strategy's own queue size; null makes the queue unbounded. A size someone chose (the reader,
   * a real system's preset, an exercise) is kept; the size the last strategy brought is not.
   */
  capacity: number | null;
  whenFull: Scenario['queue']['whenFull'];
  conflateByKey?: boolean;
  memoryBudgetBytes?: number | null;
  feedback?: ScenarioInput['feedback'];
  retry?: ScenarioInput['retry'];
  autoscale?: NonNullable<ScenarioInput['consumers']>['autoscale'];
  /** Priority shares to use if every message currently has the same priority. */
  priorities?: number[];
}

export interface Strategy {
  id: StrategyId;
  group: StrategyGroupId;
  label: string;
  /** One line under the choice. */
  summary: string;
  /** The preset that shows this strategy best. */
  presetId: string;
  policy: Policy;
  /** The strategy's own knobs, by scenario path; the workload and consumer knobs are always there. */
  knobs: readonly string[];
}

export const STRATEGIES: readonly Strategy[] = [
  {
    id: 'none',
    group: 'none',
    label: 'No backpressure',
    summary: 'An unlimited queue takes everything, until memory runs out.',
    presetId: 'no-backpressure',
    policy: { capacity: null, whenFull: 'reject', memoryBudgetBytes: 1_000_000 },
    knobs: ['queue.memoryBudgetBytes', 'queue.restartDelayMs'],
  },
  {
    id: 'block',
    group: 'push-back',
    label: 'Block the producer',
    summary: 'When the queue is full the producer waits for room.',
    presetId: 'block',
    policy: { capacity: 20, whenFull: 'block' },
    knobs: ['queue.capacity'],
  },
  {
    id: 'slow-down',
    group: 'push-back',
    label: 'Slow-down signal',
    summary: 'Past a high-water mark the producer is told to slow down.',
    presetId: 'slow-down-signal',
    policy: {
      capacity: 50,
      whenFull: 'reject',
      // Checked every 300 ms, longer than the signal's 200 ms trip, and cut by a fifth: checked every
      // 100 ms and cut by 30%, three cuts left before the first arrived, and a producer offered
      // 70/s against consumers' 50/s sank to 4/s before it climbed back (the mean stayed at 43/s).
      feedback: {
        kind: 'watermark',
        highWatermark: 30,
        lowWatermark: 10,
        delayMs: 200,
        intervalMs: 300,
        decreaseFactor: 0.8,
      },
    },
    knobs: [
      'feedback.highWatermark',
      'feedback.lowWatermark',
      'feedback.delayMs',
      'feedback.decreaseFactor',
      'feedback.increasePerSec',
      'queue.capacity',
    ],
  },
  {
    id: 'credit',
    group: 'push-back',
    label: 'Credit window',
    summary: 'The producer may only have so many messages outstanding.',
    presetId: 'credit-window',
    policy: {
      capacity: 50,
      whenFull: 'reject',
      feedback: { kind: 'credit', window: 10, delayMs: 50 },
    },
    knobs: ['feedback.window', 'feedback.delayMs', 'queue.capacity'],
  },
  {
    id: 'drop-oldest',
    group: 'drop-waiting',
    label: 'Drop the oldest',
    summary: 'A full queue throws out the message that has waited longest.',
    presetId: 'drop-oldest',
    policy: { capacity: 20, whenFull: 'drop-oldest' },
    knobs: ['queue.capacity'],
  },
  {
    id: 'drop-youngest',
    group: 'drop-waiting',
    label: 'Drop the newest waiting',
    summary: 'A full queue throws out the message that joined it last.',
    presetId: 'drop-youngest',
    policy: { capacity: 20, whenFull: 'drop-youngest' },
    knobs: ['queue.capacity'],
  },
  {
    id: 'drop-all',
    group: 'drop-waiting',
    label: 'Drop everything waiting',
    summary: 'A full queue is emptied at once and starts again.',
    presetId: 'drop-all',
    policy: { capacity: 20, whenFull: 'drop-all' },
    knobs: ['queue.capacity'],
  },
  {
    id: 'drop-lowest-priority',
    group: 'drop-waiting',
    label: 'Drop the lowest priority',
    summary: 'A full queue throws out its least important message.',
    presetId: 'drop-lowest-priority',
    policy: { capacity: 20, whenFull: 'drop-lowest-priority', priorities: [6, 3, 1] },
    knobs: ['queue.capacity'],
  },
  {
    id: 'latest-per-key',
    group: 'drop-waiting',
    label: 'Keep the latest per key',
    summary: 'A new value replaces the waiting one with the same key.',
    presetId: 'latest-per-key',
    policy: { capacity: 50, whenFull: 'reject', conflateByKey: true },
    knobs: ['workload.keyCount', 'queue.capacity'],
  },
  {
    id: 'drop-incoming',
    group: 'drop-incoming',
    label: 'Reject with retries',
    summary: 'A full queue turns the newcomer away; the producer may retry later.',
    presetId: 'reject-with-retries',
    policy: {
      capacity: 20,
      whenFull: 'reject',
      retry: {
        kind: 'exponential',
        baseDelayMs: 100,
        multiplier: 2,
        maxDelayMs: 2000,
        jitter: true,
        maxAttempts: 4,
      },
    },
    knobs: [
      'queue.capacity',
      'retry',
      'retry.delayMs',
      'retry.baseDelayMs',
      'retry.maxAttempts',
      'retry.jitter',
    ],
  },
  {
    id: 'add-consumers',
    group: 'capacity',
    label: 'Add consumers',
    // Its queue is bounded: the one line must not hide that a surge past it is still turned away
    // (a reader saw "1 lost of 3,961" and 132 rejected after a spike, and read none of it here).
    summary: 'More workers as the queue deepens; a full queue still turns newcomers away.',
    presetId: 'add-consumers',
    policy: {
      capacity: 100,
      whenFull: 'reject',
      autoscale: {
        min: 1,
        max: 6,
        scaleUpDepth: 20,
        scaleDownDepth: 2,
        cooldownMs: 2000,
        coldStartMs: 1000,
      },
    },
    knobs: [
      'consumers.autoscale.max',
      'consumers.autoscale.scaleUpDepth',
      'consumers.autoscale.cooldownMs',
      'consumers.autoscale.coldStartMs',
      'queue.capacity',
    ],
  },
];

const BY_ID = new Map(STRATEGIES.map((s) => [s.id, s]));

export function strategyById(id: StrategyId): Strategy {
  return BY_ID.get(id) as Strategy;
}

/** The names the page gives a scenario by itself: a strategy's, which its own preset carries too. */
const STRATEGY_LABELS = new Set(STRATEGIES.map((s) => s.label));

/**
 * The scenario with `strategy`'s policy in place of the current one; workload and consumers are kept,
 * so strategies compare on one workload. Whatever the strategy decides is its own, whichever
 * strategy came before: picking one gives the same world from any strategy picked on the same start.
 */
export function applyStrategy(scenario: Scenario, strategy: Strategy): Scenario {
  const p = strategy.policy;
  const weights = scenario.workload.priorityWeights;
  const capacity = capacityFor(strategy, scenario);
  const input: ScenarioInput = {
    ...scenario,
    // A name the page gave (the last strategy's) follows the strategy, so a link, a file or an
    // embed's title does not name the one before; a name of the reader's or a real system's stays.
    name: STRATEGY_LABELS.has(scenario.name) ? strategy.label : scenario.name,
    workload: {
      ...scenario.workload,
      priorityWeights: p.priorities && weights.length < 2 ? p.priorities : weights,
    },
    queue: {
      ...scenario.queue,
      capacity,
      whenFull: p.whenFull,
      conflateByKey: p.conflateByKey ?? false,
      memoryBudgetBytes:
        p.memoryBudgetBytes === undefined
          ? null
          : (scenario.queue.memoryBudgetBytes ?? p.memoryBudgetBytes),
      maxAgeMs: null,
    },
    feedback: feedbackWithin(p.feedback, capacity),
    retry: p.retry ?? { kind: 'none' },
    rateLimit: null,
    consumers: {
      ...scenario.consumers,
      autoscale: autoscaleWithin(p.autoscale, capacity),
      // Fewer than the most it may start, so the autoscaler always has a worker to add.
      count: p.autoscale
        ? Math.max(1, Math.min(scenario.consumers.count, (p.autoscale.max ?? 1) - 1))
        : scenario.consumers.count,
    },
  };
  const result = parseScenario(input);
  // Every strategy is tested to produce a valid scenario from every preset, so this only fires if one breaks.
  if (!result.ok)
    throw new Error(
      `Strategy ${strategy.id} made an invalid scenario:\n${formatProblems(result.problems)}`,
    );
  return result.value;
}

/**
 * `applyStrategy` for a single run: the priorities the strategy being left brought go with it. In
 * a comparison the columns share one workload, so the priorities one column's strategy needed stay
 * for all; a single run has nothing to share them with, and a reader who went from Drop the lowest
 * priority on to Keep the latest per key saw three colours instead of eight and ", changed" on a
 * strategy whose settings they had not touched. Shares the reader chose themselves stay.
 */
export function applyStrategyToRun(scenario: Scenario, strategy: Strategy): Scenario {
  const applied = applyStrategy(scenario, strategy);
  const broughtBy = strategyById(strategyOf(scenario)).policy.priorities;
  const weights = applied.workload.priorityWeights;
  const leftOver =
    broughtBy !== undefined &&
    strategy.policy.priorities === undefined &&
    weights.length === broughtBy.length &&
    weights.every((w, i) => w === broughtBy[i]);
  return leftOver
    ? { ...applied, workload: { ...applied.workload, priorityWeights: [1] } }
    : applied;
}

/**
 * The queue's capacity under `strategy`: unbounded if it wants that; the strategy's own size if the
 * queue has the size the strategy before it brought (a reader who went from Reject with retries to
 * Add consumers kept its 20 slots, and the autoscaler its trigger cut to 10, and lost 15% where Add
 * consumers alone loses nothing); else the bound someone chose, kept.
 * Only blocking works on a queue of 0 or 1 (a rendezvous); every other strategy acts on messages
 * waiting, or on marks inside the queue, so a queue that small gets the strategy's own size.
 */
function capacityFor(strategy: Strategy, scenario: Scenario): number | null {
  const own = strategy.policy.capacity;
  if (own === null) return null;
  const current = scenario.queue.capacity;
  const before = strategyById(strategyOf(scenario)).policy.capacity;
  if (current === null || current === before) return own;
  return strategy.id !== 'block' && current < 2 ? own : current;
}

/**
 * The strategy's signal, placed inside the queue it watches. A high-water mark at or above the
 * capacity is never crossed before the queue is full, so the signal never fires (the reader saw a
 * 20-message queue reject 16% under a mark of 30); a credit window above it is cut to it anyway.
 */
function feedbackWithin(
  feedback: ScenarioInput['feedback'],
  capacity: number | null,
): ScenarioInput['feedback'] {
  if (feedback === undefined) return { kind: 'none' };
  if (capacity === null) return feedback;
  if (feedback.kind === 'credit')
    return { ...feedback, window: Math.min(feedback.window ?? capacity, capacity) };
  if (feedback.kind !== 'watermark') return feedback;
  const high = feedback.highWatermark ?? capacity;
  if (high < capacity) return feedback;
  // Three fifths and one fifth of the way up, as 30 and 10 sit in the usual queue of 50.
  const nextHigh = Math.max(1, Math.floor(capacity * 0.6));
  const nextLow = Math.min(Math.floor(capacity * 0.2), nextHigh - 1);
  return { ...feedback, highWatermark: nextHigh, lowWatermark: nextLow };
}

/** The autoscaler, with its depth to add a worker inside the queue (a full queue rejects first). */
function autoscaleWithin(
  autoscale: Policy['autoscale'],
  capacity: number | null,
): Policy['autoscale'] {
  if (!autoscale) return null;
  const up = autoscale.scaleUpDepth ?? 1;
  if (capacity === null || up < capacity) return autoscale;
  const nextUp = Math.max(1, Math.floor(capacity / 2));
  return {
    ...autoscale,
    scaleUpDepth: nextUp,
    scaleDownDepth: Math.min(autoscale.scaleDownDepth ?? 0, nextUp - 1),
  };
}

/**
 * The strategy a scenario follows, or the nearest one when it combines several (a rate limit or an
 * expiry on top, say). Feedback and autoscaling decide first because they change the most.
 */
export function strategyOf(scenario: Scenario): StrategyId {
  if (scenario.consumers.autoscale !== null) return 'add-consumers';
  switch (scenario.feedback.kind) {
    case 'credit':
      return 'credit';
    case 'watermark':
      return 'slow-down';
    case 'none':
      break;
  }
  if (scenario.queue.conflateByKey) return 'latest-per-key';
  if (scenario.queue.capacity === null) return 'none';
  switch (scenario.queue.whenFull) {
    case 'block':
      return 'block';
    case 'reject':
      return 'drop-incoming';
    case 'drop-oldest':
      return 'drop-oldest';
    case 'drop-youngest':
      return 'drop-youngest';
    case 'drop-all':
      return 'drop-all';
    case 'drop-lowest-priority':
      return 'drop-lowest-priority';
  }
}
