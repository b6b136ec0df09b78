/**
 * The guided tour's story, step by step, as data: the argument of a backpressure post told on the
 * stage. The producer outpaces the consumer, the queue fills, waits grow, memory runs out; then the
 * remedies, each with its price: push back, drop, reject with retries, add consumers; and last the
 * story's start again, for the reader to try the strategies on their own.
 *
 * Each step sets its scenario through the store's usual actions (so Undo walks back through them)
 * and starts it from zero, so what the card says is what the reader is about to see; it points at
 * one part of the stage, says what is happening in a sentence or two, and invites one action. The
 * invited action leads into the next step's scenario: doing it moves the tour on, and so does Next.
 * A step whose action is "watch what happens" (`outcome`) stays open once the thing has happened,
 * says what it was, and waits for Next.
 */
import {
  applyStrategy,
  strategyById,
  strategyOf,
  type StrategyId,
} from '../../domain/strategies.ts';
import { parseScenario } from '../../sim/parseScenario.ts';
import { LOST_BOX } from '../../domain/stageWords.ts';
import { presetScenario } from '../../sim/presets.ts';
import type { Scenario } from '../../sim/scenario.ts';
import type { StageRegionName } from '../../render/stageRegions.ts';
import type { PlaygroundStore } from '../../store/createPlaygroundStore.ts';
import type { PlaygroundState } from '../../store/types.ts';

/** What a step watches to see that the invited action was done. */
export interface Observed {
  state: PlaygroundState;
  /** Whether the reader is following a message on the stage. */
  following: boolean;
}

/** What a step's action button may do beyond the store. */
export interface TourPage {
  /** Follows the message next to leave, as the stage's F key does. */
  followNewest(): void;
}

/** Parts of the page a step may send the reader to (their `data-tour` names). */
export type TourControl = 'strategy-switcher';

export interface TourStep {
  id: string;
  title: string;
  /** One or two sentences about what the stage shows now. */
  body: string;
  /** The one action the step invites. */
  invite: string;
  /**
   * The page's control the step invites the reader to use, beyond the card's own buttons (its
   * `data-tour` name): the card stands clear of it and the page is scrolled to show it with the
   * part ringed. Absent where the card's own button does what the step invites.
   */
  control?: TourControl;
  /** The part of the stage the callout goes around, and what the callout calls it. */
  target: StageRegionName;
  targetName: string;
  /** What the callout says while the part is empty (it shows nothing until the run gets there). */
  emptyTargetName?: string;
  /** The invited action as a button in the card; null when the step invites only Next (or Finish). */
  actionLabel: string | null;
  /**
   * Whether the action can be done yet, for a step whose action needs the run to get somewhere
   * first (its button is disabled until then, and the invitation says what it waits for); absent:
   * at once.
   */
  actionReady?(state: PlaygroundState): boolean;
  /**
   * For a step with an `outcome`: the action again once it has been seen (its button stays, with
   * these words), where doing it again shows more.
   */
  againLabel?: string;
  /**
   * For a step that invites the reader to watch something happen: what the card says once it has
   * (the step then stays open, with Next, instead of moving on the instant the button is pressed).
   */
  outcome?: string;
  /** Whether the store already shows this step's scenario. */
  inPlace(state: PlaygroundState): boolean;
  /** Puts this step's scenario in place (called only when it is not). */
  setUp(store: PlaygroundStore): void;
  /**
   * Whether the reader has done the invited action since the step began (`entry`); for a step with
   * an `outcome`, whether the thing it invited them to watch has happened.
   */
  done(now: Observed, entry: Observed): boolean;
  /** The card's action button: does the invited action through the store (or the stage). */
  act(store: PlaygroundStore, page: TourPage): void;
}

const STORY_PRESET = 'no-backpressure';
/** At or above this speed, step one's "speed it up" counts as done. */
const FAST = 4;

const story = presetScenario(STORY_PRESET);
const storyWorkload = JSON.stringify(story.workload);
const storyService = JSON.stringify(story.consumers.service);

/**
 * Whether the scenario is the story's system: its producer (70/s) and its one consumer (about
 * 50/s), whatever the strategy. The strategy decides the rest.
 */
export function onStory(state: PlaygroundState): boolean {
  const { workload, consumers } = state.scenario;
  return (
    consumers.count === 1 &&
    JSON.stringify(workload) === storyWorkload &&
    JSON.stringify(consumers.service) === storyService
  );
}

/**
 * Whether the page shows the overload the strategies answer differently: the story's system with a
 * fixed single consumer (Add consumers starts more, so on it the well stays empty whatever else).
 */
export function overloadedStory(state: PlaygroundState): boolean {
  return onStory(state) && state.scenario.consumers.autoscale === null;
}

/**
 * The story's system with strategy `id`, as the tour shows it: always made from the story itself,
 * so a remedy looks the same however the reader came to it (a strategy picked over another keeps
 * some of its knobs, a bounded queue's size say, which would make the card's words untrue).
 */
const storyScenarios = new Map<StrategyId, { scenario: Scenario; json: string }>();
export function storyScenario(id: StrategyId) {
  let made = storyScenarios.get(id);
  if (made === undefined) {
    const parsed = parseScenario(applyStrategy(story, strategyById(id)));
    if (!parsed.ok) throw new Error(`the tour's story cannot take ${id}`);
    made = { scenario: parsed.value, json: JSON.stringify(parsed.value) };
    storyScenarios.set(id, made);
  }
  return made;
}

/** Whether the page shows the story with strategy `id`, exactly as the tour makes it. */
const storyIs = (id: StrategyId) => (state: PlaygroundState) =>
  state.presetId === STORY_PRESET &&
  strategyOf(state.scenario) === id &&
  JSON.stringify(state.scenario) === storyScenario(id).json;
const becomes = (id: StrategyId) => (now: Observed) => strategyOf(now.state.scenario) === id;

/**
 * In the step that asks the reader to follow a block: the story with four times the memory, so the
 * well fills on, and waits grow, for about 40 s before memory runs out (about 10 s in the story
 * itself: the newest message then waited 3 s at most before the crash took it, and its ring was
 * gone almost as soon as it came).
 */
const WELL_ROOM = 4;
let fillsMade: { scenario: Scenario; json: string } | undefined;
export function fillsScenario() {
  if (fillsMade === undefined) {
    const base = storyScenario('none').scenario;
    const budget = base.queue.memoryBudgetBytes;
    const parsed = parseScenario({
      ...base,
      queue: { ...base.queue, memoryBudgetBytes: budget === null ? null : budget * WELL_ROOM },
    });
    if (!parsed.ok) throw new Error('the tour cannot give its story more memory');
    fillsMade = { scenario: parsed.value, json: JSON.stringify(parsed.value) };
  }
  return fillsMade;
}
const onFills = (state: PlaygroundState) =>
  state.presetId === STORY_PRESET && JSON.stringify(state.scenario) === fillsScenario().json;
/**
 * The well holds this many before the step offers to follow its newest block: at the consumer's
 * 50 a second, that block waits about 5 s, long enough to watch its ring and read its story.
 */
export const FOLLOW_BEHIND = 250;

/** The story's problem: no backpressure, a producer at 70/s and one consumer at about 50/s. */
const overloaded = storyIs('none');
const loadStory = (store: PlaygroundStore) => store.getState().loadPreset(STORY_PRESET);

/**
 * Puts the story in place with strategy `id`, recorded (Undo walks back through the steps) and from
 * zero: from another preset, the story's own first, so the page names it as the story.
 */
const storyWith = (id: StrategyId) => (store: PlaygroundStore) => {
  if (storyIs(id)(store.getState())) return;
  if (store.getState().presetId !== STORY_PRESET) loadStory(store);
  if (storyIs(id)(store.getState())) return;
  store.getState().setScenario(storyScenario(id).scenario, { record: true, fresh: true });
};

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'outpaces',
    title: 'More comes in than goes out',
    body: 'The producer on the left sends 70 messages a second; the consumer on the right finishes about 50. Every second, 20 more arrive than leave.',
    invite: 'Speed the run up to 5× and watch where that leads.',
    outcome:
      'Memory ran out: the consumer crashed, and every message waiting was lost. Next shows how it got there, at 1×.',
    target: 'producer',
    targetName: 'The producer',
    actionLabel: 'Speed up to 5×',
    inPlace: (s) => overloaded(s) && s.speed < FAST,
    setUp(store) {
      if (!overloaded(store.getState())) loadStory(store);
      if (store.getState().speed >= FAST) store.getState().setSpeed(1);
    },
    // Seen once the run, sped up, has crashed (the step started it from zero, so a crash is this run's).
    done: (now) => now.state.speed >= FAST && now.state.live.summary.crashes > 0,
    act: (store) => store.getState().setSpeed(5),
  },
  {
    id: 'fills',
    title: 'The queue fills, and waits grow',
    body: 'What the consumer cannot take yet waits in the queue, drawn as a well (from the start at 1×, with four times the memory). Each message waits behind all those before it: the fuller the well, the longer the wait.',
    invite: `Once ${FOLLOW_BEHIND} wait, follow the newest block: a ring stays on it while it waits.`,
    outcome:
      'The line under the stage tells its story: how long it waits, and how it ends. When it is gone, Follow another picks the newest again, behind a fuller well.',
    target: 'well',
    targetName: 'The queue',
    actionLabel: 'Follow a block',
    actionReady: (s) => onFills(s) && s.live.summary.queueDepth.now >= FOLLOW_BEHIND,
    againLabel: 'Follow another',
    inPlace: (s) => onFills(s) && s.speed < FAST,
    // Back at 1×: at 5× the coloured blocks race past and the well is mostly packed striped cells.
    setUp(store) {
      if (store.getState().presetId !== STORY_PRESET) loadStory(store);
      if (!onFills(store.getState()))
        store.getState().setScenario(fillsScenario().scenario, { record: true, fresh: true });
      store.getState().setSpeed(1);
    },
    done: (now, entry) => now.following && !entry.following,
    act: (_store, page) => page.followNewest(),
  },
  {
    id: 'memory',
    title: 'Then memory runs out',
    body: 'This queue has no limit but memory, the gauge beside the well (back to its first size). When memory is full the consumer crashes, everything waiting is lost, and it restarts 3 s later.',
    invite: 'Something has to give. First remedy: press Block the producer.',
    target: 'gauge',
    targetName: 'Memory',
    actionLabel: 'Block the producer',
    inPlace: overloaded,
    setUp: storyWith('none'),
    done: becomes('block'),
    act: storyWith('block'),
  },
  {
    id: 'push-back',
    title: 'Push back: the producer waits',
    body: 'Block the producer is on now: each time the queue is full the producer stops until there is room (its red lamp glows, and the words under it say for how much of the time). Nothing is lost, but the producer goes at the consumer’s pace.',
    invite: 'Or throw some away: press Drop the oldest.',
    target: 'light',
    targetName: 'The producer’s light',
    actionLabel: 'Drop the oldest',
    inPlace: storyIs('block'),
    setUp: storyWith('block'),
    done: becomes('drop-oldest'),
    act: storyWith('drop-oldest'),
  },
  {
    id: 'drop',
    title: 'Drop: throw messages away',
    body: 'Drop the oldest is on now: a full queue throws out the message that has waited longest. Waits stay short and the producer never stops; the price is lost messages.',
    invite: 'Or turn newcomers away: press Reject with retries.',
    target: 'bin',
    targetName: LOST_BOX,
    actionLabel: 'Reject with retries',
    inPlace: storyIs('drop-oldest'),
    setUp: storyWith('drop-oldest'),
    done: becomes('drop-incoming'),
    act: storyWith('drop-incoming'),
  },
  {
    id: 'retry',
    title: 'Reject, and try again later',
    body: 'Reject with retries is on now: a full queue turns newcomers away, and the producer tries them again later, waiting longer each time. The price is extra traffic, and some given up.',
    invite: 'Or add capacity: press Add consumers.',
    target: 'retries',
    targetName: 'Retries',
    emptyTargetName: 'Retries will show here',
    actionLabel: 'Add consumers',
    inPlace: storyIs('drop-incoming'),
    setUp: storyWith('drop-incoming'),
    done: becomes('add-consumers'),
    act: storyWith('add-consumers'),
  },
  {
    id: 'consumers',
    title: 'Add consumers',
    body: 'Add consumers is on now: when 20 messages wait, another consumer starts (after a second’s warm-up); one stops when the well is nearly empty. The well fills and drains in waves, and the price is the machines.',
    invite: 'Next puts back one consumer, for you to try the strategies yourself.',
    target: 'consumers',
    targetName: 'The consumers',
    actionLabel: null,
    inPlace: storyIs('add-consumers'),
    setUp: storyWith('add-consumers'),
    done: () => false,
    act: () => {},
  },
  {
    id: 'your-turn',
    title: 'Your turn',
    body: 'Back where the story began: 70 messages a second coming in, one consumer finishing about 50. Each strategy has its own price.',
    // The card stands clear of the list (under it on a wide page; on a phone the page is scrolled
    // so the list and the well are both above the card).
    invite: 'Pick any strategy in the list and watch the well change. Finish closes the tour.',
    control: 'strategy-switcher',
    target: 'well',
    targetName: 'The queue',
    actionLabel: null,
    inPlace: overloaded,
    setUp: storyWith('none'),
    done: (now, entry) => strategyOf(now.state.scenario) !== strategyOf(entry.state.scenario),
    act: () => {},
  },
];

/**
 * Puts step `index`'s scenario in place, through the store's actions, and starts it from zero and
 * playing, so the step's words come true on screen as the reader reads them (a run carried over
 * from the last step, or from before the tour, may already be past what the step promises). An
 * exercise is left first (its work is saved with its progress): the tour's scenarios would change
 * what it keeps fixed.
 */
export function enterStep(store: PlaygroundStore, index: number): void {
  const step = TOUR_STEPS[index];
  if (step === undefined) return;
  if (store.getState().exerciseRoute !== null) store.getState().followExerciseRoute(null);
  if (!step.inPlace(store.getState())) step.setUp(store);
  store.getState().reset();
  store.getState().play();
}

/**
 * As the tour closes, at any step: leaves the reader in the overloaded story, where the strategies
 * differ (one consumer, a faster producer). True when that took the scenario on screen away (the
 * card's last words say so, and Undo brings it back).
 */
export function leaveInStory(store: PlaygroundStore): boolean {
  if (overloadedStory(store.getState())) return false;
  loadStory(store);
  return true;
}
