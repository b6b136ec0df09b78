/**
 * The guided tour's story, step by step, as data: the argument of a backpressure post told on the
 * stage. The producer outpaces the consumer, the queue fills, waits grow, memory runs out; then the
 * remedies, each with its price: push back, drop, reject with retries, add consumers; and last the
 * story's start again, for the reader to try the strategies on their own.
 *
 * Each step sets its scenario through the store's usual actions (so Undo walks back through them
 * while the tour is open) and starts it from zero, so what the card says is what the reader is about
 * to see; it points at one part of the stage, says what is happening in a sentence or two, and
 * invites one action. Two rules for actions: one that shows something on this step's stage (speed up,
 * follow a block, watch the wave) does it and the step stays, showing the result with a line on what
 * changed (`outcome`), and Next moves on; one that puts on the next step's strategy (a remedy) moves
 * on to that step at once, its run going on from the press, not again from 0 s. Leaving the tour puts the plain
 * story back and the reader's undo history as it was before the tour, unless the reader set
 * something themselves during it: then what is on screen stays, one Undo from what they had before
 * (see beginTour, leaveTour).
 */
import {
  applyStrategy,
  strategyById,
  strategyOf,
  type StrategyId,
} from '../../domain/strategies.ts';
import { formatBytes, formatMs } from '../../domain/format.ts';
import { parseScenario } from '../../sim/parseScenario.ts';
import { LOST_BOX } from '../../domain/stageWords.ts';
import { presetScenario } from '../../sim/presets.ts';
import type { Scenario } from '../../sim/scenario.ts';
import type { StageRegionName } from '../../render/stageRegions.ts';
import type { PlaygroundStore } from '../../store/createPlaygroundStore.ts';
import { HISTORY_LIMIT } from '../../store/scenarioSlice.ts';
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
   * The invitation on a narrow page, where it names a control drawn otherwise there (the strategies
   * are a drop-down labelled Strategy, not a list); absent: `invite` on every page.
   */
  narrowInvite?: string;
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
   * With `actionReady`: what the button says while it waits, from the run as it is (how far the
   * well has to go, say), so a greyed button says why, and how long.
   */
  waitLabel?(state: PlaygroundState): string;
  /**
   * Whether the invited action is already in force (the run sped up, by the card's button or the
   * page's slider) while the step waits for what it invited the reader to watch: the button then
   * says so with `pressedLabel` and does nothing more, so a press is seen to have taken.
   */
  pressed?(state: PlaygroundState): boolean;
  /** With `pressed`: what the button says once the action is in force ("Running at 3×"). */
  pressedLabel?: string;
  /**
   * With `pressed`: what to watch once the action is in force, and once what it led to is seen,
   * where that is another part of the stage than the one the step starts on (sped up, the gauge
   * climbs to the crash while the ring stayed on the producer: a reader waited 13 s not knowing
   * where to look; after the crash the ring went back to the producer).
   */
  whilePressed?: { target: StageRegionName; targetName: string; invite: string };
  /**
   * For a step with an `outcome`: the action again once it has been seen (its button stays, with
   * these words), where doing it again shows more.
   */
  againLabel?: string;
  /**
   * What the card says once the invited action is done, or the thing it invited the reader to watch
   * has happened: the step stays open, with Next, showing the result. Absent: doing the action moves
   * on to the next step (a remedy's, which puts on the next step's strategy: the card then tells of
   * what is on screen under its own title, where before the title stayed on the old strategy and
   * Next started the run again), or closes the tour's story on the last step.
   */
  outcome?: string;
  /**
   * The outcome on a narrow page, where it names a control the card covers there (Play, under the
   * card on a phone); absent: `outcome` on every page.
   */
  narrowOutcome?: string;
  /**
   * A line under the body about how this step runs, where that differs from the step before (the
   * run starting again from 0 s, at another speed or with more memory), in the reader's words.
   */
  note?: string;
  /**
   * Pauses the step's run once, as soon as this holds: the moment the step is about (the crash), so
   * it is on screen while the card is read (the run had gone on past it, the well filling again).
   */
  pauseOn?(state: PlaygroundState): boolean;
  /**
   * With `actionReady`: the invitation once the action is ready, where what the step waited for
   * deserves a word (the crash, the run paused on it); absent: `invite` throughout.
   */
  readyInvite?: string;
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
  /**
   * Once `done`, however the reader did it: puts the step's result as the card's button makes it,
   * where the page's own control gave something else (the page's "Block the producer" preset runs
   * its producer at 65/s, not the story's 70, which the card and the next step say); or holds what
   * the step invited the reader to watch on screen (the crash, paused at 1×).
   */
  settle?(store: PlaygroundStore): void;
  /** Whether `settle` pauses the run (leaving the tour plays it again). */
  holds?: boolean;
  /**
   * Whether the step opens paused at 0 s, its action starting the run: for a step whose point comes
   * a few seconds in and is over a few seconds later (the wave of consumers was over while its card
   * was read).
   */
  startsPaused?: boolean;
}

const STORY_PRESET = 'no-backpressure';
/**
 * The speed of step one's button. Its run (the story with four times the memory, `fillsScenario`)
 * has taken three quarters of its memory (FILL_HOLD) about 30 s in: at 1× not while the card is
 * read, and at 3× about 10 s after the step starts, or 7 s after a reader who read the card for
 * 10 s first presses the button: long enough to watch the well fill and the gauge climb. Held to
 * that by tourSteps.test.ts, measured on the step's own run.
 */
export const SPEED_UP = 3;
/**
 * Step one holds its run, paused, once this share of its memory is taken: far enough to see where
 * the well is going, and short of the crash, which is step three's. Step one had ended in the crash
 * too, and step three's came as a repeat (try 13): there, at 2× to get to it soon, it came before
 * its card was read.
 */
export const FILL_HOLD = 0.75;

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
 * In the first two steps: the story with four times the memory, so the well fills on, and waits
 * grow, for about 40 s before memory runs out (8 s in the story itself: the crash came while the
 * first card was read, and in the step that asks the reader to follow a block the newest message
 * waited 3 s at most before the crash took it, its ring gone almost as soon as it came).
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
const storyBudget = () => story.queue.memoryBudgetBytes ?? 0;
const fillsBudget = () => fillsScenario().scenario.queue.memoryBudgetBytes ?? 0;
/**
 * About when the story runs out of memory, in seconds of its run (said in steps three and eight,
 * and by the preset's summary; tourSteps.test.ts holds it to the run).
 */
export const STORY_CRASH_S = 8;
/** The share of its memory budget the run holds now (0 with no budget). */
const memoryTaken = (s: PlaygroundState) => {
  const budget = s.scenario.queue.memoryBudgetBytes;
  return budget === null || budget <= 0 ? 0 : s.live.summary.memoryBytes.now / budget;
};
const onFills = (state: PlaygroundState) =>
  state.presetId === STORY_PRESET && JSON.stringify(state.scenario) === fillsScenario().json;
/** Puts the story with four times the memory in place (recorded, from zero), at 1×. */
function roomyStory(store: PlaygroundStore): void {
  if (store.getState().presetId !== STORY_PRESET) loadStory(store);
  if (!onFills(store.getState()))
    store.getState().setScenario(fillsScenario().scenario, { record: true, fresh: true });
  if (store.getState().speed !== 1) store.getState().setSpeed(1);
}
/**
 * The well holds this many before the step offers to follow its newest block: at the consumer's
 * 50 a second, that block waits about 5 s, long enough to watch its ring and read its story.
 */
export const FOLLOW_BEHIND = 250;

/** Step seven's numbers, as the story's Add consumers has them (its card says them). */
const addConsumers = storyScenario('add-consumers').scenario.consumers.autoscale;
if (addConsumers === null) throw new Error('the tour’s Add consumers has no autoscaler');
/** How many times Reject with retries offers a message before giving it up. */
const RETRY_TRIES = (() => {
  const { retry } = storyScenario('drop-incoming').scenario;
  if (retry.kind === 'none') throw new Error('the tour’s Reject with retries does not retry');
  return retry.maxAttempts;
})();
/** Add consumers' queue, five times the story's others. */
const ADD_QUEUE = storyScenario('add-consumers').scenario.queue.capacity;
/** Another consumer starts once this many wait (at a check of the autoscaler's). */
export const ADD_AT = addConsumers.scaleUpDepth;
/** The least time between one consumer started or stopped and the next. */
const ADD_EVERY_MS = addConsumers.cooldownMs;
/** How long a consumer started warms up before it takes messages. */
const WARM_UP_MS = addConsumers.coldStartMs;

/** How far the well has got towards the depth step two's action waits for. */
const followCount = (s: PlaygroundState) =>
  `${Math.min(s.live.summary.queueDepth.now, FOLLOW_BEHIND - 1)} of ${FOLLOW_BEHIND} waiting`;
/**
 * How far the well has got towards full, where what steps four to six wait for begins: the most it
 * has held, so the count never runs back (it went 11, then 9 of 20, as the consumer caught up).
 */
const fullCount = (s: PlaygroundState) => {
  const room = s.scenario.queue.capacity ?? 0;
  return `${Math.min(s.live.summary.queueDepth.max, room)} of ${room} waiting`;
};
/** Step five's button while the well is full and nothing is lost yet. */
export const NONE_LOST = 'None lost yet';
/** Whether the run has sent a message to wait out a retry: the retries box has shown one. */
const retriesShown = (s: PlaygroundState) =>
  s.live.summary.retries > 0 || s.live.summary.retryWaiting > 0;
/**
 * The share of its run the producer has waited for room by which its lamp is plainly red: at its
 * first wait the lamp was still green, and the card's "Once the lamp turns red" read as already
 * past (try 14). Above the share at which the stage names the wait (6%).
 */
export const LAMP_RED_SHARE = 0.1;
/** Step four's button once the well is full, while the lamp is not plainly red yet. */
export const LAMP_NOT_RED = 'Lamp not red yet';
/** Whether the producer has waited for room in this run long enough for its lamp to show red. */
const producerWaited = (s: PlaygroundState) =>
  s.live.summary.producerBlockedFraction >= LAMP_RED_SHARE;
/** Whether Add consumers has started another consumer in this run. */
const anotherConsumer = (s: PlaygroundState) =>
  strategyOf(s.scenario) === 'add-consumers' && s.live.summary.workers.max > 1;
/**
 * Whether the first wave is over: more consumers started, and all but the first have stopped again
 * (said as one stopped, with two still drawn, a reader looked for it in vain).
 */
const waveOver = (s: PlaygroundState) =>
  anotherConsumer(s) && s.live.summary.workers.now <= s.scenario.consumers.count;

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

/** A remedy's step: done once strategy `id` is on, by the card's button or the page; then the story's. */
const remedy = (id: StrategyId) => ({
  done: becomes(id),
  act: storyWith(id),
  settle(store: PlaygroundStore) {
    if (strategyOf(store.getState().scenario) === id && !storyIs(id)(store.getState()))
      storyWith(id)(store);
  },
});

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'outpaces',
    title: 'More comes in than goes out',
    body: 'The producer on the left sends 70 messages a second; the consumer on the right finishes about 50. Every second, 20 more arrive than leave.',
    // The story has 1 MB, which a first visit shows: this run's larger memory is said.
    note: `This run has ${formatBytes(storyBudget() * WELL_ROOM)} of memory, so you can watch it fill.`,
    invite: `Speed the run up to ${SPEED_UP}× and watch where that leads.`,
    // Where it leads, short of the crash (step three's); paused there, whether sped up or not (a
    // reader who only read met the crash with "at 1× now" and had never sped up).
    outcome: `Memory: ${formatBytes(fillsBudget() * FILL_HOLD)} of ${formatBytes(fillsBudget())} taken, and the well grows by 20 a second; nothing here stops it. Paused here; Next shows what that does to the wait.`,
    target: 'producer',
    targetName: 'The producer',
    actionLabel: `Speed up to ${SPEED_UP}×`,
    pressed: (s) => s.speed === SPEED_UP,
    pressedLabel: `Running at ${SPEED_UP}×`,
    whilePressed: {
      target: 'gauge',
      targetName: 'Memory',
      // No longer than the invitation it replaces: a phone's card fits whole.
      invite: 'Watch the memory gauge beside the well climb.',
    },
    inPlace: (s) => onFills(s) && s.speed < SPEED_UP,
    setUp: roomyStory,
    // Seen once the gauge is that far up, sped up or not (the step started the run from zero);
    // held there, paused, at the speed the reader chose (the next step starts at 1×, and says so).
    done: (now) => onFills(now.state) && memoryTaken(now.state) >= FILL_HOLD,
    act: (store) => store.getState().setSpeed(SPEED_UP),
    settle(store) {
      store.getState().pause();
    },
    holds: true,
  },
  {
    id: 'fills',
    title: 'The queue fills, and waits grow',
    body: 'What the consumer cannot take yet waits in the queue, drawn as a well, behind all those before it: the fuller the well, the longer the wait.',
    note: 'Each step starts again from 0 s, here at 1×.',
    invite: `Once ${FOLLOW_BEHIND} wait, follow the newest block, or click one.`,
    outcome:
      'The line under the stage tells its story as it goes; the stage marks where it ends. Follow another: the more wait ahead of it, the longer it waits, until memory runs out about 40 s in.',
    target: 'well',
    targetName: 'The queue',
    actionLabel: 'Follow a block',
    actionReady: (s) => onFills(s) && s.live.summary.queueDepth.now >= FOLLOW_BEHIND,
    // The count alone, at every width: "Follow a block: 44 of 250 waiting" put Back and Next on a
    // row of their own, and the card scrolled on a phone, and on a laptop stood over the strategy
    // list until the button was ready, then jumped under it.
    waitLabel: followCount,
    againLabel: 'Follow another',
    inPlace: (s) => onFills(s) && s.speed === 1,
    // Back at 1×: sped up, the coloured blocks race past and the well is mostly packed striped cells.
    setUp: roomyStory,
    done: (now, entry) => now.following && !entry.following,
    act: (_store, page) => page.followNewest(),
  },
  {
    id: 'memory',
    title: 'Then memory runs out',
    // What arrives while it is down is lost too: a reader counted twice the well's 200 in Lost.
    body: 'No limit here but memory, the gauge beside the well. When it is full the consumer crashes: all waiting is lost, and all that arrives in the 3 s before it restarts.',
    // Step one ran with four times this: said as the story's own, not "back to" (a reader took the
    // 4 MB of step one for where the story began).
    // The memory is the story's again, a quarter of the runs before: said, with when it runs out,
    // at 1× (at 2×, to get there soon, the crash came before the card was read: try 13).
    note: `The usual ${formatBytes(storyBudget())} of memory: it runs out about ${STORY_CRASH_S} s in.`,
    invite: 'Once it crashes, something has to give: press Block the producer.',
    // No longer than the invitation it replaces: on a phone the longer one put "More below" over
    // its own last words.
    readyInvite: 'Paused on the crash: something has to give. Press Block the producer.',
    target: 'gauge',
    targetName: 'Memory',
    actionLabel: 'Block the producer',
    // Once the crash the step is about has been seen (four seconds in, at 2×): pressed before, it
    // took the reader on before the crash came.
    actionReady: (s) => s.live.summary.crashes > 0 || !overloaded(s),
    // (Its invitation says so: "Once it crashes…"; a longer button broke a phone's card in two.)
    inPlace: overloaded,
    setUp: storyWith('none'),
    // Held on the crash, paused, for the reader to see it (running on, the consumer was back and
    // the well filling again 3 s later).
    pauseOn: (s) => overloaded(s) && s.live.summary.crashes > 0,
    holds: true,
    ...remedy('block'),
  },
  {
    id: 'push-back',
    title: 'Push back: the producer waits',
    // The step before's button started this run with a bounded queue, whose stage has no memory
    // gauge: said (a reader read "the gauge beside the well" with the gauge gone).
    body: 'Block the producer is on now, with a queue of 20, so memory cannot run out: when it is full, the producer waits (its lamp turns red while it waits). Nothing is lost; the producer goes at the consumer’s pace.',
    // Offered once the lamp has turned red: offered at once, a reader who did as asked never saw it.
    invite: 'Once the lamp turns red, press Drop the oldest.',
    target: 'light',
    targetName: 'The producer and its light',
    actionLabel: 'Drop the oldest',
    actionReady: (s) => producerWaited(s) || !storyIs('block')(s),
    // The count alone, as step two's (its name says what waits); once the well is full, what the
    // button still waits for ("20 of 20 waiting", greyed, looked ready: try 15).
    waitLabel: (s) =>
      s.live.summary.queueDepth.max >= (s.scenario.queue.capacity ?? Infinity)
        ? LAMP_NOT_RED
        : fullCount(s),
    inPlace: storyIs('block'),
    setUp: storyWith('block'),
    ...remedy('drop-oldest'),
  },
  {
    id: 'drop',
    title: 'Drop: throw messages away',
    body: 'Drop the oldest is on now: a full queue throws out the message that has waited longest. Waits stay short and the producer never stops; the price is lost messages.',
    // Offered once the first message is lost: offered at once, a reader who did as asked never saw
    // one lost.
    invite: 'Once Lost counts, press Reject with retries.',
    target: 'bin',
    targetName: LOST_BOX,
    actionLabel: 'Reject with retries',
    actionReady: (s) => s.live.summary.dropped.total > 0 || !storyIs('drop-oldest')(s),
    // What the card waits for: "20 of 20 waiting" under "Once Lost counts" read as waiting for the
    // queue (try 13), and so did "14 of 20" (try 14).
    waitLabel: () => NONE_LOST,
    inPlace: storyIs('drop-oldest'),
    setUp: storyWith('drop-oldest'),
    ...remedy('drop-incoming'),
  },
  {
    id: 'retry',
    title: 'Reject, and try again later',
    // How many tries, and that retries add no room: 20 gave up within 2.5 s beside "waiting longer
    // each time" looked wrong to a reader (try 11); with 20 too many a second, it is not.
    body: `Reject with retries is on now: a full queue turns newcomers away, and the producer tries each again a little later, ${RETRY_TRIES} tries in all. Retries make no room, so some give up within seconds; the price is that, and extra traffic.`,
    // Its ring is around the retries, empty until the queue is first full: the button waits for the
    // first retry (a quick reader pressed it at once and never saw one), and says how far.
    invite: 'Once retries show, try more capacity instead: press Add consumers.',
    target: 'retries',
    targetName: 'Retries',
    emptyTargetName: 'Retries will show here',
    actionLabel: 'Add consumers',
    actionReady: (s) => retriesShown(s) || !storyIs('drop-incoming')(s),
    // The count alone: "Add consumers: 8 of 20 waiting" put Back and Next on a row of their own,
    // and the card, taller, opened over the strategy list and jumped under it once ready (try 11).
    waitLabel: fullCount,
    inPlace: storyIs('drop-incoming'),
    setUp: storyWith('drop-incoming'),
    ...remedy('add-consumers'),
  },
  {
    id: 'consumers',
    title: 'Add consumers',
    // What the reader sees, not only the rule: the autoscaler adds at most one consumer every 2 s,
    // and each warms up for a second, so a well that reached 20 goes on to 40 or 50 first (a reader
    // saw 45 waiting and one consumer warming under "when 20 messages wait, another starts").
    // Its queue is Add consumers' own, five times the 20 before (the well is drawn wider): said.
    body: `Add consumers is on, and the queue holds ${ADD_QUEUE}: once ${ADD_AT} wait, it starts another consumer, at most one every ${formatMs(ADD_EVERY_MS)}, and each warms up for ${formatMs(WARM_UP_MS)} while the well fills on. One stops when the well is nearly empty; the price is the machines.`,
    // The wave comes a second or two in and is over about 5.5 s in, at 1×: running as the step
    // opened, it was over while the card was read (try 11), and at 3× in 2 s of real time (try
    // 10). So the step waits at 0 s for the reader, and can show it again.
    invite: 'Press Watch the wave: consumers come as the well fills, and go as it empties.',
    // Shorter on a phone, yet saying what the wave is (a reader met the button's "wave" unexplained).
    narrowInvite: 'Press Watch the wave: consumers come as the well fills, then go.',
    // Held there: running on, the next wave began a second later, under "back to one" (try 13).
    outcome:
      'A wave: consumers came as the well filled, and went as it emptied, back to one. Paused here.',
    target: 'consumers',
    targetName: 'The consumers',
    actionLabel: 'Watch the wave',
    pressed: (s) => s.playing,
    pressedLabel: 'Watching at 1×',
    againLabel: 'Watch it again',
    startsPaused: true,
    holds: true,
    inPlace: storyIs('add-consumers'),
    setUp: storyWith('add-consumers'),
    // Seen once a wave is over: more consumers started, and stopped again.
    done: (now) => waveOver(now.state),
    settle(store) {
      store.getState().pause();
    },
    act(store) {
      if (store.getState().live.summary.timeMs > 0) store.getState().reset();
      if (store.getState().speed !== 1) store.getState().setSpeed(1);
      store.getState().play();
    },
  },
  {
    id: 'your-turn',
    title: 'Your turn',
    body: `As the page first showed it: 70 messages a second in, one consumer finishing about 50, and ${formatBytes(storyBudget())} of memory, which runs out about ${STORY_CRASH_S} s in. Each strategy has its own price.`,
    // The card stands clear of the list (under it on a wide page; on a phone the page is scrolled
    // so the list and the well are both above the card).
    invite: 'Pick any strategy in the list and watch the well change. Finish closes the tour.',
    // A line shorter than the wide page's: with a third line, the list, the well and the card did not
    // fit a 360×740 phone together, and the producer's box was cut at the top.
    narrowInvite: 'Try the Strategy drop-down above. Finish ends the tour.',
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
export function enterStep(store: PlaygroundStore, index: number, goingOn = false): void {
  const step = TOUR_STEPS[index];
  if (step === undefined) return;
  if (store.getState().exerciseRoute !== null) store.getState().followExerciseRoute(null);
  // Moved on by the step before's action, which put this step's scenario in place from zero: its
  // run goes on (started again, what the reader had just watched was thrown away).
  const keep = goingOn && step.inPlace(store.getState()) && step.startsPaused !== true;
  if (!step.inPlace(store.getState())) step.setUp(store);
  if (keep) {
    if (!store.getState().playing) store.getState().play();
    return;
  }
  store.getState().reset();
  if (step.startsPaused === true) store.getState().pause();
  else store.getState().play();
}

/**
 * While step `index` is open, as the run goes on: pauses it on the moment it is about (`pauseOn`),
 * once; `paused` says whether it has already (the reader may play on from there). Returns whether
 * it has now.
 */
export function pauseOnce(store: PlaygroundStore, index: number, paused: boolean): boolean {
  const pauseOn = TOUR_STEPS[index]?.pauseOn;
  if (paused || pauseOn === undefined || !pauseOn(store.getState())) return paused;
  if (store.getState().playing) store.getState().pause();
  return true;
}

/**
 * What entering a step changed that the reader sees and its words do not say already, in a line for
 * its card: `was` is the page as the reader last saw it (the step before, as it was left, or the
 * page as the tour opened), `now` as the step has set it. Said: another speed, another memory
 * budget, another queue size, where both have one (a queue or a budget that comes or goes with a
 * strategy is the strategy's, which the step names). A step's own words that name the new value
 * already (step three's "The usual 1 MB: 2×…") need nothing more. Null: nothing to say.
 */
export function changeNote(
  step: TourStep,
  was: PlaygroundState,
  now: PlaygroundState,
): string | null {
  const said = [step.title, step.body, step.note ?? ''].join(' ');
  const says = (words: string) => new RegExp(`(^|[^\\d.])${escape(words)}`).test(said);
  const parts: string[] = [];
  const budget = (s: PlaygroundState) => s.scenario.queue.memoryBudgetBytes;
  const before = budget(was);
  const after = budget(now);
  if (before !== null && after !== null && before !== after && !says(formatBytes(after)))
    parts.push(`${formatBytes(after)} of memory here, not ${formatBytes(before)}.`);
  const size = (s: PlaygroundState) => s.scenario.queue.capacity;
  const held = size(was);
  const holds = size(now);
  if (held !== null && holds !== null && held !== holds && !says(`holds ${holds}`))
    parts.push(`The queue holds ${holds} here, not ${held}.`);
  if (was.speed !== now.speed && !says(`${now.speed}×`))
    parts.push(`At ${now.speed}× here, not ${was.speed}×.`);
  return parts.length > 0 ? parts.join(' ') : null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Once step `index`'s invited action is seen done (by the card's button or the page's own control):
 * its result as the card's button makes it, so the card's words and the next step's hold.
 */
export function settleStep(store: PlaygroundStore, index: number): void {
  TOUR_STEPS[index]?.settle?.(store);
}

/**
 * Step `step`'s body for the page it is on, once its action is `seen` or not: on a narrow page, once
 * seen, the outcome alone, so the card fits whole. Null: no body.
 */
export function bodyFor(step: TourStep, seen: boolean, page: { wide: boolean }): string | null {
  return !seen || page.wide ? step.body : null;
}

/** Step `step`'s outcome for the page it is on: on a narrow one, naming only what the card leaves in reach. */
export function outcomeFor(step: TourStep, page: { wide: boolean }): string | undefined {
  return (!page.wide && step.narrowOutcome) || step.outcome;
}

/** Step `step`'s invitation for the page it is on: a narrow page's controls, a touch screen's words. */
export function inviteFor(step: TourStep, page: { touch: boolean; wide: boolean }): string {
  return forPointer((!page.wide && step.narrowInvite) || step.invite, page.touch);
}

/** The words for a pointer: on a touch screen a block is tapped, not clicked. */
export function forPointer(text: string, touch: boolean): string {
  return touch ? text.replace(/\bclick/g, 'tap').replace(/\bClick/g, 'Tap') : text;
}

/** What the page had as the tour opened: the reader's own scenario and undo history. */
export interface BeforeTour {
  scenario: Scenario;
  presetId: string | null;
  history: PlaygroundState['history'];
}

/**
 * As the tour opens (before its first step sets anything): leaves an exercise (its work is saved
 * with its progress; the free playground's history comes back) and notes what the reader had.
 */
export function beginTour(store: PlaygroundStore): BeforeTour {
  if (store.getState().exerciseRoute !== null) store.getState().followExerciseRoute(null);
  const { scenario, presetId, history } = store.getState();
  return { scenario, presetId, history };
}

/**
 * What Skip the tour does, said where the reader chooses it (its title and accessible description):
 * Finish, at the end, keeps what is on screen, and a reader who skipped found the story back.
 */
export const SKIP_SAYS =
  'Leaves the tour now. What you set in it stays on screen; if you set nothing, the story goes back to its start.';

/** What leaving the tour did to the page, for its parting note. */
export type LeftAs =
  /** The plain story put back, in place of a scenario of the reader's own (kept in Undo). */
  | 'story'
  /** What the reader set during the tour left on screen, what they had before one Undo away. */
  | 'kept'
  /**
   * The plain story started again in place of a step's run, the reader having set nothing (what
   * they had before the tour was that story): said, as Finish keeps what is on screen.
   */
  | 'restarted'
  /** Nothing worth saying. */
  | null;

const sameScenario = (
  a: { scenario: Scenario; presetId: string | null },
  b: { scenario: Scenario; presetId: string | null },
) => a.presetId === b.presetId && JSON.stringify(a.scenario) === JSON.stringify(b.scenario);

/**
 * As the tour closes at step `index`. Where the reader only read and moved on (`chose` false): the
 * plain story on the page (one consumer, a faster producer, no strategy: where the strategies
 * differ), and the reader's undo history as it was when the tour opened, so none of the tour's own
 * changes is left to undo; what they had before the tour, when it was not that story, is one Undo
 * away. On the last step, whose invitation is to try the strategies, what is on screen is kept.
 * Where the reader set something themselves during the tour (a step's action that changed the
 * scenario, or a control of the page's): what is on screen stays, as theirs, and one Undo goes back
 * to what they had before the tour (a reader pressed Block the producer in the tour, skipped it,
 * and found "No backpressure" back). A step that paused the run on what it showed plays it again.
 */
export function leaveTour(
  store: PlaygroundStore,
  index: number,
  before: BeforeTour,
  chose = false,
): LeftAs {
  if (TOUR_STEPS[index]?.holds === true && !store.getState().playing) store.getState().play();
  const now = store.getState();
  const history = [...before.history];
  if (chose) {
    if (!sameScenario(before, now))
      history.push({ scenario: before.scenario, presetId: before.presetId });
    store.setState({ history: history.slice(-HISTORY_LIMIT) });
    return history.length > before.history.length ? 'kept' : null;
  }
  const plain = (s: { scenario: Scenario; presetId: string | null }) =>
    s.presetId === STORY_PRESET && JSON.stringify(s.scenario) === storyScenario('none').json;
  if (!plain(before)) history.push({ scenario: before.scenario, presetId: before.presetId });
  const took = history.length > before.history.length;
  const again = !(index === TOUR_STEPS.length - 1 || plain(now));
  if (again) loadStory(store);
  store.setState({ history: history.slice(-HISTORY_LIMIT) });
  return took ? 'story' : again ? 'restarted' : null;
}

/** Whether the reader has set the scenario themselves while the tour is open (`leaveTour`'s `chose`). */
export interface ReaderWatch {
  /** Makes `change` as the tour's own (a step's set-up, its settling): it does not count. */
  asTour(change: () => void): void;
  /** Whether any other change of the scenario has been seen: a step's action, the page's controls. */
  chose(): boolean;
  /** Starts watching; returns a stop. */
  watch(): () => void;
}

/**
 * Watches `store` for changes of the scenario the tour did not make itself. A step's action that
 * changes it counts (the reader pressed it), one that does not (speeding up, following a block)
 * does not; nor does moving through the steps.
 */
export function watchReader(store: PlaygroundStore): ReaderWatch {
  let acting = false;
  let chose = false;
  return {
    watch: () =>
      store.subscribe((now, was) => {
        if (now.scenario !== was.scenario && !acting) chose = true;
      }),
    asTour(change) {
      const was = acting;
      acting = true;
      try {
        change();
      } finally {
        acting = was;
      }
    },
    chose: () => chose,
  };
}
