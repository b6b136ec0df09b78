/**
 * The guided tour's story, step by step, as data: the argument of a backpressure post told on the
 * stage. The producer outpaces the consumer, the queue fills, waits grow, memory runs out; then the
 * remedies, each with its price: push back, drop, reject with retries, add consumers.
 *
 * Each step sets its scenario through the store's usual actions (so Undo walks back through them),
 * points at one part of the stage, says what is happening in a sentence or two, and invites one
 * action. The invited action leads into the next step's scenario: doing it moves the tour on, and
 * so does Next, which sets that scenario itself when the reader did not.
 */
import { strategyOf, type StrategyId } from '../../domain/strategies.ts';
import { isPresetAsIs } from '../../share/presetAsIs.ts';
import type { StageRegionName } from '../../render/stageRegions.ts';
import type { PlaygroundStore } from '../../store/createPlaygroundStore.ts';
import type { PlaygroundState } from '../../store/types.ts';
import { chooseStrategy } from '../chooseStrategy.ts';

/** What a step watches to see that the invited action was done. */
export interface Observed {
  state: PlaygroundState;
  /** Whether the reader is following a message on the stage. */
  following: boolean;
}

/** What a step's action button may do beyond the store. */
export interface TourPage {
  /** Follows the message next to leave, as the stage's F key does. */
  followNext(): void;
}

export interface TourStep {
  id: string;
  title: string;
  /** One or two sentences about what the stage shows now. */
  body: string;
  /** The one action the step invites. */
  invite: string;
  /** The part of the stage the callout goes around, and what the callout calls it. */
  target: StageRegionName;
  targetName: string;
  /** The invited action as a button in the card; null on the last step, which has Done instead. */
  actionLabel: string | null;
  /** Whether the store already shows this step's scenario. */
  inPlace(state: PlaygroundState): boolean;
  /** Puts this step's scenario in place (called only when it is not). */
  setUp(store: PlaygroundStore): void;
  /** Whether the reader has done the invited action since the step began (`entry`). */
  done(now: Observed, entry: Observed): boolean;
  /** The card's action button: does the invited action through the store (or the stage). */
  act(store: PlaygroundStore, page: TourPage): void;
}

const STORY_PRESET = 'no-backpressure';
/** At or above this speed, step one's "speed it up" counts as done. */
const FAST = 4;

/** Picks a strategy the way the strategy switcher does. */
const choose = chooseStrategy;

const strategyIs = (id: StrategyId) => (state: PlaygroundState) =>
  strategyOf(state.scenario) === id;
const becomes = (id: StrategyId) => (now: Observed) => strategyOf(now.state.scenario) === id;

/** The story's problem: no backpressure, a producer at 70/s and one consumer at about 50/s. */
const overloaded = (state: PlaygroundState) => strategyOf(state.scenario) === 'none';
const loadStory = (store: PlaygroundStore) => store.getState().loadPreset(STORY_PRESET);

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'outpaces',
    title: 'More comes in than goes out',
    body: 'The producer on the left sends 70 messages a second; the consumer on the right finishes about 50. Every second, 20 more arrive than leave.',
    invite: 'Speed the run up to 5× to see where that leads.',
    target: 'producer',
    targetName: 'The producer',
    actionLabel: 'Speed up to 5×',
    inPlace: (s) =>
      s.presetId === STORY_PRESET && isPresetAsIs(s.scenario, STORY_PRESET) && s.speed < FAST,
    setUp(store) {
      const s = store.getState();
      if (!(s.presetId === STORY_PRESET && isPresetAsIs(s.scenario, STORY_PRESET)))
        loadStory(store);
      if (store.getState().speed >= FAST) store.getState().setSpeed(1);
    },
    done: (now, entry) => now.state.speed >= FAST && entry.state.speed < FAST,
    act: (store) => store.getState().setSpeed(5),
  },
  {
    id: 'fills',
    title: 'The queue fills, and waits grow',
    body: 'What the consumer cannot take yet waits in the queue, drawn as a well that fills like a Tetris board (back at 1× now). Each message waits behind all those before it: the fuller the well, the longer the wait.',
    invite: 'Click a block in the well to follow it and see how long it waits.',
    target: 'well',
    targetName: 'The queue',
    actionLabel: 'Follow the next to leave',
    inPlace: (s) => overloaded(s) && s.speed < FAST,
    // Back at 1×: at 5× the coloured blocks race past and the well is mostly packed grey cells.
    setUp(store) {
      if (!overloaded(store.getState())) loadStory(store);
      store.getState().setSpeed(1);
    },
    done: (now, entry) => now.following && !entry.following,
    act: (_store, page) => page.followNext(),
  },
  {
    id: 'memory',
    title: 'Then memory runs out',
    body: 'This queue has no limit but memory, the gauge beside the well. When memory is full the consumer crashes, everything waiting is lost, and it restarts 3 s later.',
    invite: 'Something has to give. First remedy: press Block the producer.',
    target: 'gauge',
    targetName: 'Memory',
    actionLabel: 'Block the producer',
    inPlace: overloaded,
    setUp: loadStory,
    done: becomes('block'),
    act: (store) => choose(store, 'block'),
  },
  {
    id: 'push-back',
    title: 'Push back: the producer waits',
    body: 'A full queue now stops the producer (its light turns red) until there is room: nothing is lost, but the producer is held to the consumer’s pace. Slow-down signal and Credit window push back earlier and more gently.',
    invite: 'Or throw some away: press Drop the oldest.',
    target: 'light',
    targetName: 'The producer’s light',
    actionLabel: 'Drop the oldest',
    inPlace: strategyIs('block'),
    setUp: (store) => choose(store, 'block'),
    done: becomes('drop-oldest'),
    act: (store) => choose(store, 'drop-oldest'),
  },
  {
    id: 'drop',
    title: 'Drop: throw messages away',
    body: 'A full queue now throws out the message that has waited longest: waits stay short and the producer never stops, at the price of lost messages. Drop the newest waiting and Keep the latest per key choose others to lose.',
    invite: 'Or turn newcomers away: press Reject with retries.',
    target: 'bin',
    targetName: 'Dropped',
    actionLabel: 'Reject with retries',
    inPlace: strategyIs('drop-oldest'),
    setUp: (store) => choose(store, 'drop-oldest'),
    done: becomes('drop-incoming'),
    act: (store) => choose(store, 'drop-incoming'),
  },
  {
    id: 'retry',
    title: 'Reject, and try again later',
    body: 'A full queue now turns newcomers away, and the producer sends them again later, waiting longer after each try. The price is extra traffic while the queue is full, and a message given up after four tries.',
    invite:
      'Or add capacity: set Consumers to 2 under Settings, further down, or press the button here.',
    target: 'retries',
    targetName: 'Retries',
    actionLabel: 'Set consumers to 2',
    inPlace: (s) => strategyOf(s.scenario) === 'drop-incoming' && s.scenario.consumers.count === 1,
    setUp(store) {
      if (strategyOf(store.getState().scenario) !== 'drop-incoming') choose(store, 'drop-incoming');
      if (store.getState().scenario.consumers.count !== 1)
        store.getState().patchScenario('consumers.count', 1, { knob: 'consumers.count' });
    },
    done: (now, entry) =>
      now.state.scenario.consumers.count >= 2 && entry.state.scenario.consumers.count < 2,
    act: (store) =>
      store.getState().patchScenario('consumers.count', 2, { knob: 'consumers.count' }),
  },
  {
    id: 'consumers',
    title: 'Add consumers',
    body: 'With two consumers more is finished than made, and the well stays nearly empty. The price is another machine, and it helps only while you can keep adding them (Add consumers starts them on demand).',
    invite: 'Your turn: pick any strategy and watch the well change.',
    target: 'consumers',
    targetName: 'The consumers',
    actionLabel: null,
    inPlace: (s) => s.scenario.consumers.count >= 2 || strategyOf(s.scenario) === 'add-consumers',
    setUp: (store) =>
      store.getState().patchScenario('consumers.count', 2, { knob: 'consumers.count' }),
    done: (now, entry) => strategyOf(now.state.scenario) !== strategyOf(entry.state.scenario),
    act: () => {},
  },
];

/**
 * Puts step `index`'s scenario in place, through the store's actions. An exercise is left first
 * (its work is saved with its progress): the tour's scenarios would change what it keeps fixed.
 */
export function enterStep(store: PlaygroundStore, index: number): void {
  const step = TOUR_STEPS[index];
  if (step === undefined) return;
  if (store.getState().exerciseRoute !== null) store.getState().followExerciseRoute(null);
  if (!step.inPlace(store.getState())) step.setUp(store);
}
