import { describe, expect, it } from 'vitest';
import { strategyById, strategyOf, type StrategyId } from '../../domain/strategies.ts';
import { isPresetAsIs } from '../../share/presetAsIs.ts';
import { presetScenario } from '../../sim/presets.ts';
import { createPlaygroundStore, type PlaygroundStore } from '../../store/createPlaygroundStore.ts';
import { localEngine } from '../../store/testing/localEngine.ts';
import { chooseStrategy } from '../chooseStrategy.ts';
import { scenarioTitle } from '../scenarioTitle.ts';
import { closeTour, openTour, tourOwns, tourRequest, tourSetUp } from './openTour.ts';
import { PRESET_SUMMARIES } from '../../sim/presetSummaries.ts';
import { formatBytes, formatMs } from '../../domain/format.ts';
import type { PlaygroundState } from '../../store/types.ts';
import {
  ADD_AT,
  beginTour,
  changeNote,
  enterStep,
  forPointer,
  inviteFor,
  pauseOnce,
  leaveTour,
  outcomeFor,
  overloadedStory,
  SKIP_SAYS,
  settleStep,
  SPEED_UP,
  FILL_HOLD,
  LAMP_NOT_RED,
  LAMP_RED_SHARE,
  NONE_LOST,
  STORY_CRASH_S,
  TOUR_STEPS,
  watchReader,
  type Observed,
  type TourPage,
} from './tourSteps.ts';

/** A store, and a stage whose F key follows a message. */
function harness(presetId = 'no-backpressure') {
  const store = createPlaygroundStore({ presetId, playing: false });
  let following = false;
  const page: TourPage = {
    followNewest: () => {
      following = true;
    },
  };
  const observe = (): Observed => ({ state: store.getState(), following });
  return { store, page, observe };
}

const strategy = (store: PlaygroundStore) => strategyOf(store.getState().scenario);

/** Runs the store's simulation on to `ms` of simulated time, and lets the page's numbers catch up. */
function runTo(store: PlaygroundStore, ms: number) {
  localEngine(store).advanceTo(ms);
  store.getState().refreshLive();
}

const indexOf = (id: string) => TOUR_STEPS.findIndex((s) => s.id === id);

describe('the tour’s steps', () => {
  it('tells a story of six to eight steps, each with one sentence or two and one invitation', () => {
    expect(TOUR_STEPS.length).toBeGreaterThanOrEqual(6);
    expect(TOUR_STEPS.length).toBeLessThanOrEqual(8);
    for (const step of TOUR_STEPS) {
      const sentences = step.body.split(/[.:;!?](?:\s|$)/).filter((s) => /\w/.test(s));
      expect(step.body.match(/\. [A-Z]/g)?.length ?? 0, step.id).toBeLessThanOrEqual(1);
      expect(sentences.length, step.id).toBeGreaterThan(0);
      expect(step.invite, step.id).toMatch(/^[A-Z].*\.$/);
    }
    expect(new Set(TOUR_STEPS.map((s) => s.id)).size).toBe(TOUR_STEPS.length);
  });

  it('names the button that moves on, or the page’s control, wherever the card has no action of its own', () => {
    // A step that sends the reader to the strategy list names it (the card stands clear of it:
    // e2e/stage-collisions.spec.ts); any other names the card's button that moves on.
    TOUR_STEPS.forEach((step, i) => {
      if (step.actionLabel !== null) return;
      const button = i === TOUR_STEPS.length - 1 ? 'Finish' : 'Next';
      if (step.control === 'strategy-switcher') {
        expect(step.invite, step.id).toMatch(/strategy in the list/);
        // On a narrow page the strategies are a drop-down labelled Strategy.
        expect(step.narrowInvite, step.id).toMatch(/Strategy drop-down/);
        expect(step.narrowInvite, step.id).toMatch(new RegExp(`\\b${button}\\b`));
        expect(step.invite, step.id).toMatch(new RegExp(`\\b${button}\\b`));
      } else if (step.outcome !== undefined)
        // A step that invites the reader to watch something says what, then the button.
        expect(step.invite, step.id).toMatch(new RegExp(`press ${button}\\.$`));
      else expect(step.invite, step.id).toMatch(new RegExp(`^(Press )?${button}\\b`));
    });
  });

  it('walked with the card’s buttons, each action is seen as done and sets the next step’s scenario', () => {
    const { store, page, observe } = harness('kafka');
    for (let i = 0; i < TOUR_STEPS.length; i++) {
      const step = TOUR_STEPS[i]!;
      enterStep(store, i);
      expect(step.inPlace(store.getState()), `${step.id} in place`).toBe(true);
      const entry = observe();
      expect(step.done(entry, entry), `${step.id} not done on arrival`).toBe(false);
      if (step.actionLabel === null) continue;
      step.act(store, page);
      // A step that invites the reader to watch is done once the thing has happened.
      // (the page looks at every change of the run: so does this, a quarter second at a time).
      if (step.outcome !== undefined)
        for (let t = 250; t <= 60_000 && !step.done(observe(), entry); t += 250) runTo(store, t);
      expect(step.done(observe(), entry), `${step.id} done after its action`).toBe(true);
      const next = TOUR_STEPS[i + 1];
      // Each action leads straight into the next step's scenario, except the speed-up: the step
      // after it slows the run back to 1× so a block can be caught (setUp, checked above), and
      // following a block, after which the step after it puts the story's own memory back; and
      // step seven's speed-up, after which the last step puts the story back.
      if (next && next.id !== 'fills' && step.id !== 'fills' && step.id !== 'consumers')
        expect(next.inPlace(store.getState()), `${next.id} in place after ${step.id}`).toBe(true);
    }
    // The last step: any other strategy counts.
    const last = TOUR_STEPS.at(-1)!;
    const entry = observe();
    store.getState().loadPreset('drop-all');
    expect(last.done(observe(), entry)).toBe(true);
  });

  it('keeps step one open until three quarters of its memory is taken, then holds it there, paused, short of the crash', () => {
    const { store, page, observe } = harness();
    const first = TOUR_STEPS[0]!;
    enterStep(store, 0);
    const entry = observe();
    first.act(store, page);
    expect(store.getState().speed).toBe(SPEED_UP);
    expect(first.done(observe(), entry)).toBe(false);
    runTo(store, 5_000);
    expect(first.done(observe(), entry)).toBe(false);
    for (let t = 5_250; t <= 60_000 && !first.done(observe(), entry); t += 250) runTo(store, t);
    expect(first.done(observe(), entry)).toBe(true);
    const { memoryBytes, crashes } = store.getState().live.summary;
    const budget = store.getState().scenario.queue.memoryBudgetBytes!;
    expect(memoryBytes.now / budget).toBeGreaterThanOrEqual(FILL_HOLD);
    // The crash is step three's: not here.
    expect(crashes).toBe(0);
    // What the outcome says is what the gauge shows.
    expect(first.outcome).toContain(
      `${formatBytes(budget * FILL_HOLD)} of ${formatBytes(budget)} taken`,
    );
    expect(first.outcome).not.toMatch(/crash/);
    settleStep(store, 0);
    expect(store.getState().playing).toBe(false);
    // Left there, the run plays on.
    const before = beginTour(harness().store);
    leaveTour(store, 0, before);
    expect(store.getState().playing).toBe(true);
  });

  it('offers step three’s remedy once the crash it is about has been seen, saying so while it waits', () => {
    const { store } = harness();
    const i = indexOf('memory');
    const step = TOUR_STEPS[i]!;
    enterStep(store, i);
    runTo(store, 500);
    expect(store.getState().live.summary.crashes).toBe(0);
    expect(step.actionReady?.(store.getState())).toBe(false);
    for (let t = 1_000; t <= 30_000 && store.getState().live.summary.crashes === 0; t += 500)
      runTo(store, t);
    expect(step.actionReady?.(store.getState())).toBe(true);
    expect(step.invite).toMatch(/Once it crashes/);
  });

  it('says on step five’s greyed button what it waits for: a loss', () => {
    // "20 of 20 waiting" (try 13) and "14 of 20 waiting" (try 14) under "Once Lost counts" read as
    // waiting for the queue.
    const { store } = harness();
    const i = indexOf('drop');
    const step = TOUR_STEPS[i]!;
    enterStep(store, i);
    runTo(store, 300);
    expect(step.actionReady?.(store.getState())).toBe(false);
    expect(step.waitLabel?.(store.getState())).toBe(NONE_LOST);
    expect(step.invite).toMatch(/Once Lost counts/);
  });

  it('offers step four’s remedy once the lamp is plainly red, counting the well up, never down', () => {
    // The button woke at the producer's first wait, its lamp still green; its count went 11, then
    // 9 of 20 as the consumer caught up (try 14).
    const { store } = harness();
    const i = indexOf('push-back');
    const step = TOUR_STEPS[i]!;
    enterStep(store, i);
    let last = -1;
    let readyAt = 0;
    for (let t = 100; t <= 10_000 && readyAt === 0; t += 100) {
      runTo(store, t);
      const s = store.getState();
      if (step.actionReady?.(s)) readyAt = t;
      else if (step.waitLabel!(s) === LAMP_NOT_RED) {
        // Full, and the lamp not plainly red yet: said so, not "20 of 20 waiting" (try 15).
        expect(s.live.summary.queueDepth.max).toBeGreaterThanOrEqual(20);
        last = 20;
      } else {
        expect(last).toBeLessThan(20);
        const count = Number(/^(\d+) of 20 waiting$/.exec(step.waitLabel!(s))?.[1]);
        expect(count).toBeGreaterThanOrEqual(last);
        last = count;
      }
    }
    expect(readyAt).toBeGreaterThan(0);
    expect(store.getState().live.summary.producerBlockedFraction).toBeGreaterThanOrEqual(
      LAMP_RED_SHARE,
    );
  });

  it('says on step two’s greyed button how far the well has to go', () => {
    const { store } = harness();
    const i = indexOf('fills');
    const step = TOUR_STEPS[i]!;
    enterStep(store, i);
    runTo(store, 2_000);
    const depth = store.getState().live.summary.queueDepth.now;
    expect(depth).toBeGreaterThan(0);
    expect(step.actionReady?.(store.getState())).toBe(false);
    expect(step.waitLabel?.(store.getState())).toBe(`${depth} of 250 waiting`);
  });

  it('opens step seven paused at 0 s; its button plays the wave at 1×, and again from the start', () => {
    // Running as the step opened, the wave was over about 5.5 s in, while the card was read (try
    // 11); at 3× in 2 s of real time (try 10).
    const { store, page, observe } = harness();
    const i = indexOf('consumers');
    const step = TOUR_STEPS[i]!;
    enterStep(store, i);
    expect(store.getState().engine.now).toBe(0);
    expect(store.getState().playing).toBe(false);
    expect(step.pressed?.(store.getState())).toBe(false);
    const entry = observe();
    step.act(store, page);
    expect(store.getState().playing).toBe(true);
    expect(store.getState().speed).toBe(1);
    expect(step.pressed?.(store.getState())).toBe(true);
    expect(step.done(observe(), entry)).toBe(false);
    let waveAt = 0;
    for (let t = 250; t <= 30_000 && waveAt === 0; t += 250) {
      runTo(store, t);
      if (step.done(observe(), entry)) waveAt = t;
    }
    // Within 10 s of the press, at 1×: long enough to see a consumer start and work.
    expect(waveAt).toBeGreaterThan(2_000);
    expect(waveAt).toBeLessThan(10_000);
    // Over once the extra consumers have stopped: one again, as the outcome says (said as "one
    // stopped" with two still drawn, a reader looked for it in vain).
    const { workers } = store.getState().live.summary;
    expect(workers.max).toBeGreaterThan(1);
    expect(workers.now).toBe(1);
    expect(step.outcome).toMatch(/back to one/);
    // Held there, paused, as it says: running on, the next wave began under "back to one".
    settleStep(store, i);
    expect(store.getState().playing).toBe(false);
    expect(step.outcome).toMatch(/Paused here/);
    // Again: the wave from its start.
    expect(step.againLabel).toBe('Watch it again');
    step.act(store, page);
    expect(store.getState().engine.now).toBe(0);
    expect(store.getState().playing).toBe(true);
  });

  it('lets step one’s build-up be watched: 6 to 12 real seconds at its button’s speed', () => {
    // When the step's own run gets where the step holds it, measured on it (simulated time).
    const { store, observe } = harness('kafka');
    enterStep(store, 0);
    const entry = observe();
    let heldAt = 0;
    for (let t = 250; t <= 120_000 && heldAt === 0; t += 250) {
      runTo(store, t);
      if (TOUR_STEPS[0]!.done(observe(), entry)) heldAt = t;
    }
    expect(heldAt).toBeGreaterThan(0);
    // Not before the card is read at 1× (about 15 s), so the reader sees it coming, not over.
    expect(heldAt).toBeGreaterThan(15_000);
    // Pressed at once, or after reading the card for up to 10 s at 1×: the well fills and the
    // gauge climbs for 6 to 12 real seconds at the button's speed.
    for (const readMs of [0, 5_000, 10_000]) {
      const realSeconds = (heldAt - readMs) / SPEED_UP / 1000;
      expect(realSeconds, `pressed after ${readMs} ms`).toBeGreaterThanOrEqual(6);
      expect(realSeconds, `pressed after ${readMs} ms`).toBeLessThanOrEqual(12);
    }
    expect(TOUR_STEPS[0]!.actionLabel).toBe(`Speed up to ${SPEED_UP}×`);
    expect(TOUR_STEPS[0]!.invite).toContain(`${SPEED_UP}×`);
  });

  it('tells the last step’s memory and when it runs out, as its own run does', () => {
    const { store } = harness('kafka');
    const last = TOUR_STEPS.length - 1;
    enterStep(store, last);
    const budget = store.getState().scenario.queue.memoryBudgetBytes;
    expect(budget).not.toBeNull();
    expect(TOUR_STEPS[last]!.body).toContain(`${formatBytes(budget!)} of memory`);
    const said = Number(TOUR_STEPS[last]!.body.match(/runs out about (\d+) s in/)?.[1]);
    let crashAt = 0;
    for (let t = 250; t <= 30_000 && crashAt === 0; t += 250) {
      runTo(store, t);
      if (store.getState().live.summary.crashes > 0) crashAt = t;
    }
    expect(Math.abs(crashAt / 1000 - said)).toBeLessThanOrEqual(2);
    // The preset's own words say the same time (a reader read "about 10 s" there, 8 s here).
    const preset = PRESET_SUMMARIES['no-backpressure']!;
    const presetSays = Number(preset.match(/after about (\d+) s/)?.[1]);
    expect(presetSays).toBe(said);
  });

  it('starts each step’s run from zero, playing (or waiting to be played), even when its scenario is already on screen', () => {
    const { store } = harness();
    for (let i = 0; i < TOUR_STEPS.length; i++) {
      enterStep(store, i);
      runTo(store, 12_000);
      store.getState().pause();
      const history = store.getState().history.length;
      enterStep(store, i);
      expect(store.getState().engine.now, TOUR_STEPS[i]!.id).toBe(0);
      expect(store.getState().playing, TOUR_STEPS[i]!.id).toBe(
        TOUR_STEPS[i]!.startsPaused !== true,
      );
      // In place already: restarted, not set again (nothing more for Undo).
      expect(store.getState().history.length, TOUR_STEPS[i]!.id).toBe(history);
    }
  });

  it('names on each remedy’s card the strategy selected on the page at that step', () => {
    const { store } = harness();
    for (let i = 0; i < TOUR_STEPS.length; i++) {
      enterStep(store, i);
      const id = strategy(store);
      if (id === 'none') continue;
      expect(TOUR_STEPS[i]!.title + TOUR_STEPS[i]!.body, TOUR_STEPS[i]!.id).toContain(
        strategyById(id).label,
      );
    }
    expect(TOUR_STEPS[indexOf('consumers')]!.title).toBe('Add consumers');
  });

  it('says true numbers: a producer at 70 a second, one consumer at about 50', () => {
    const { store } = harness();
    enterStep(store, 0);
    const { workload, consumers } = store.getState().scenario;
    expect(workload.pattern).toEqual({ kind: 'steady', ratePerSec: 70 });
    expect(consumers.count).toBe(1);
    expect(consumers.service).toMatchObject({ meanMs: 20 });
    expect(TOUR_STEPS[0]!.body).toMatch(/70 messages a second.*about 50/);
  });

  it('shows Add consumers as its card says: more consumers start and stop, the well fills and drains', () => {
    const { store } = harness();
    enterStep(store, indexOf('consumers'));
    const depths: number[] = [];
    for (let t = 5_000; t <= 20_000; t += 250) {
      runTo(store, t);
      depths.push(store.getState().live.summary.queueDepth.now);
    }
    const summary = store.getState().live.summary;
    expect(summary.workers.max).toBeGreaterThanOrEqual(2);
    expect(summary.workers.now).toBeLessThan(summary.workers.max);
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(20);
    expect(Math.min(...depths)).toBeLessThanOrEqual(5);
  });

  it('offers to follow a block only behind a well deep enough to watch it wait for seconds', () => {
    // The stage's N key follows the newest message in the well: the one that joined last.
    const { store } = harness();
    const fills = TOUR_STEPS[indexOf('fills')]!;
    enterStep(store, indexOf('fills'));
    const engine = localEngine(store);
    const log = engine.events!;
    let cursor = log.written;
    let newest = -1;
    const ended = new Map<number, { at: number; kind: string }>();
    const ready = () => fills.actionReady?.(store.getState()) ?? true;
    /** When the reader could first press the button, and a few times after, until 30 s in. */
    const presses: { at: number; id: number }[] = [];
    for (let t = 100; t <= 60_000; t += 100) {
      runTo(store, t);
      cursor = log.readSince(cursor, (e) => {
        if (e.kind === 'enqueue') newest = e.id;
        if (e.kind === 'finish' || e.kind === 'drop') ended.set(e.id, { at: e.time, kind: e.kind });
      }).cursor;
      const last = presses.at(-1);
      if (t <= 30_000 && ready() && newest >= 0 && (last === undefined || t - last.at >= 2_000))
        presses.push({ at: t, id: newest });
    }
    // The button is ready within the time it takes to read the card, and stays ready.
    expect(presses[0]!.at).toBeLessThanOrEqual(15_000);
    expect(presses.length).toBeGreaterThanOrEqual(8);
    for (const { at, id } of presses) {
      const end = ended.get(id);
      expect(end, `message ${id} followed at ${at} ms ends`).toBeDefined();
      // In the well, ringed, for 5 s or more, and delivered: the crash comes later.
      expect(end!.at - at, `message ${id} followed at ${at} ms`).toBeGreaterThanOrEqual(5_000);
      expect(end!.kind, `message ${id}`).toBe('finish');
    }
  });

  it('says after a followed block’s end nothing about the well that a crash can make false', () => {
    // "Follow another picks the newest again, behind a fuller well" was read just after a crash had
    // emptied the well (try 8). What it says must hold whatever the well is doing: the rule (the
    // more ahead of it, the longer its wait), not how full the well is now.
    const outcome = TOUR_STEPS[indexOf('fills')]!.outcome!;
    expect(outcome).toMatch(/Follow another/);
    expect(outcome).not.toMatch(/\b(fuller|emptier|deeper|shallower|more full|busier)\b/i);
    expect(outcome).not.toMatch(/When it is gone/);
  });

  it('slows the run back to 1× for the step that asks to catch a block', () => {
    const { store } = harness('kafka');
    enterStep(store, 0);
    TOUR_STEPS[0]!.act(store, harness('kafka').page);
    expect(store.getState().speed).toBe(SPEED_UP);
    enterStep(store, 1);
    expect(store.getState().speed).toBe(1);
    expect(TOUR_STEPS[1]!.inPlace(store.getState())).toBe(true);
  });

  it('tells the story on the preset it names, at 1×, from whatever was on screen', () => {
    const { store } = harness('kafka');
    store.getState().setSpeed(20);
    enterStep(store, 0);
    const s = store.getState();
    expect(s.presetId).toBe('no-backpressure');
    // The story's system, with four times its memory (the crash comes 40 s in, not 8).
    expect(overloadedStory(s)).toBe(true);
    const budget = (id: string) => presetScenario(id).queue.memoryBudgetBytes ?? 0;
    expect(s.scenario.queue.memoryBudgetBytes).toBe(budget('no-backpressure') * 4);
    expect(s.speed).toBe(1);
    // Undo walks back to what the reader had: the story as the preset has it, then theirs.
    store.getState().undo();
    expect(isPresetAsIs(store.getState().scenario, 'no-backpressure')).toBe(true);
    store.getState().undo();
    expect(store.getState().presetId).toBe('kafka');
  });

  it('sets each remedy through the strategy, recorded, so Undo walks back step by step', () => {
    const { store } = harness();
    enterStep(store, 2);
    enterStep(store, 3);
    expect(strategy(store)).toBe('block');
    enterStep(store, 4);
    expect(strategy(store)).toBe('drop-oldest');
    enterStep(store, 5);
    expect(strategy(store)).toBe('drop-incoming');
    enterStep(store, 6);
    expect(strategy(store)).toBe('add-consumers');
    store.getState().undo();
    expect(strategy(store)).toBe('drop-incoming');
    store.getState().undo();
    expect(strategy(store)).toBe('drop-oldest');
    store.getState().undo();
    expect(strategy(store)).toBe('block');
    store.getState().undo();
    expect(strategy(store)).toBe('none');
  });

  it('does not count an action that was already done when the step began', () => {
    const { store, observe } = harness();
    const first = TOUR_STEPS[0]!;
    store.getState().setSpeed(10);
    const entry = observe();
    store.getState().setSpeed(20);
    expect(first.done(observe(), entry)).toBe(false);
  });

  it('leaves an exercise before setting its scenario', () => {
    const { store } = harness();
    store.getState().followExerciseRoute({
      pack: { kind: 'built-in' },
      exerciseId: 'tipping-point',
      answer: null,
    });
    expect(store.getState().exerciseRoute).not.toBeNull();
    enterStep(store, 3);
    expect(store.getState().exerciseRoute).toBeNull();
    expect(strategy(store)).toBe('block');
  });

  it('ends, and leaves at any step where the reader only moved on, in the plain story, with nothing of the tour’s left to undo', () => {
    // The steps that run the plain story itself (leaving there changes nothing on screen), and the
    // last, whose screen is kept.
    const ranStory = TOUR_STEPS.map(
      (step, i) => i === TOUR_STEPS.length - 1 || step.id === 'memory',
    );
    for (let i = 0; i < TOUR_STEPS.length; i++) {
      const { store } = harness();
      const before = beginTour(store);
      const reader = watchReader(store);
      const stop = reader.watch();
      for (let j = 0; j <= i; j++) reader.asTour(() => enterStep(store, j));
      stop();
      const left = leaveTour(store, i, before, reader.chose());
      const s = store.getState();
      expect(overloadedStory(s), TOUR_STEPS[i]!.id).toBe(true);
      // The plain story as the preset has it (not the first steps' four times the memory).
      expect(s.presetId, TOUR_STEPS[i]!.id).toBe('no-backpressure');
      expect(isPresetAsIs(s.scenario, 'no-backpressure'), TOUR_STEPS[i]!.id).toBe(true);
      expect(strategy(store), TOUR_STEPS[i]!.id).toBe('none');
      expect(s.speed === 1 || TOUR_STEPS[i]!.id === 'outpaces', TOUR_STEPS[i]!.id).toBe(true);
      // The reader changed nothing: nothing to undo; said only where the step's run was replaced by
      // the story's start (Finish, at the end, keeps what is on screen: the difference is said).
      expect(s.history, TOUR_STEPS[i]!.id).toEqual([]);
      expect(left, TOUR_STEPS[i]!.id).toBe(ranStory[i] ? null : 'restarted');
    }
  });

  it('counts a step’s action as the reader’s choice only where it changes the scenario', () => {
    for (let i = 0; i < TOUR_STEPS.length; i++) {
      const { store, page } = harness();
      const reader = watchReader(store);
      const stop = reader.watch();
      for (let j = 0; j <= i; j++) reader.asTour(() => enterStep(store, j));
      expect(reader.chose(), TOUR_STEPS[i]!.id).toBe(false);
      const scenario = store.getState().scenario;
      TOUR_STEPS[i]!.act(store, page);
      // Speeding up and following a block change no scenario; a remedy's button does.
      expect(reader.chose(), TOUR_STEPS[i]!.id).toBe(store.getState().scenario !== scenario);
      expect(reader.chose(), TOUR_STEPS[i]!.id).toBe(
        /^(Block|Drop|Reject|Add)/.test(TOUR_STEPS[i]!.actionLabel ?? ''),
      );
      stop();
    }
  });

  it('keeps what the reader chose in the tour when they leave it, one Undo from what they had before', () => {
    const { store, page } = harness();
    store.getState().loadPreset('kafka');
    const history = store.getState().history;
    const before = beginTour(store);
    const reader = watchReader(store);
    const stop = reader.watch();
    const memory = indexOf('memory');
    for (let i = 0; i <= memory; i++) reader.asTour(() => enterStep(store, i));
    // The step's own button, pressed by the reader: Block the producer.
    TOUR_STEPS[memory]!.act(store, page);
    reader.asTour(() => settleStep(store, memory));
    expect(reader.chose()).toBe(true);
    // Next, then Skip the tour.
    reader.asTour(() => enterStep(store, memory + 1));
    stop();
    expect(leaveTour(store, memory + 1, before, reader.chose())).toBe('kept');
    expect(strategy(store)).toBe('block');
    expect(store.getState().history).toHaveLength(history.length + 1);
    store.getState().undo();
    expect(store.getState().presetId).toBe('kafka');
    expect(store.getState().history).toEqual(history);
  });

  it('leaves the reader’s own scenario one Undo away, and their history before it as it was', () => {
    const { store } = harness();
    store.getState().loadPreset('kafka');
    const history = store.getState().history;
    expect(history).toHaveLength(1);
    const before = beginTour(store);
    for (let i = 0; i < 5; i++) enterStep(store, i);
    expect(leaveTour(store, 4, before)).toBe('story');
    expect(store.getState().presetId).toBe('no-backpressure');
    expect(store.getState().history).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().presetId).toBe('kafka');
    expect(store.getState().history).toEqual(history);
  });

  it('keeps the reader’s try on the last step, undone back to the plain story', () => {
    const { store } = harness();
    const before = beginTour(store);
    const reader = watchReader(store);
    const stop = reader.watch();
    const last = TOUR_STEPS.length - 1;
    reader.asTour(() => enterStep(store, last));
    chooseStrategy(store, 'drop-oldest');
    stop();
    expect(leaveTour(store, last, before, reader.chose())).toBe('kept');
    expect(strategy(store)).toBe('drop-oldest');
    expect(store.getState().history).toHaveLength(1);
    store.getState().undo();
    expect(strategy(store)).toBe('none');
    expect(isPresetAsIs(store.getState().scenario, 'no-backpressure')).toBe(true);
  });

  it('keeps a knob the reader changed during the tour, and one Undo goes back to before the tour', () => {
    const { store } = harness();
    const before = beginTour(store);
    const reader = watchReader(store);
    const stop = reader.watch();
    reader.asTour(() => enterStep(store, indexOf('drop')));
    store.getState().patchScenario('consumers.count', 3, { knob: 'consumers.count' });
    stop();
    expect(leaveTour(store, indexOf('drop'), before, reader.chose())).toBe('kept');
    expect(store.getState().scenario.consumers.count).toBe(3);
    expect(strategy(store)).toBe('drop-oldest');
    store.getState().undo();
    expect(store.getState().scenario.consumers.count).toBe(1);
    expect(isPresetAsIs(store.getState().scenario, 'no-backpressure')).toBe(true);
    expect(store.getState().history).toEqual([]);
  });

  it('stays to show what its action did, or, where the action puts on the next step’s strategy, moves on with the run going on', () => {
    // Try 11: after Block the producer the card kept "Then memory runs out" over a stage running
    // Block the producer, said "Next shows how", and Next started the run again from 0 s.
    let remedies = 0;
    TOUR_STEPS.forEach((step, i) => {
      if (step.actionLabel === null) return;
      const next = TOUR_STEPS[i + 1]!;
      if (step.outcome !== undefined) {
        // Shown on this step's own stage: no other strategy put on.
        expect(step.outcome, step.id).not.toMatch(/ is on\b/);
        return;
      }
      remedies++;
      const { store, page } = harness();
      for (let j = 0; j <= i; j++) enterStep(store, j);
      step.act(store, page);
      expect(next.inPlace(store.getState()), `${next.id} in place after ${step.id}`).toBe(true);
      runTo(store, 3_000);
      const history = store.getState().history.length;
      // Reached by the action: the run goes on, from the press, not again from 0 s; except where
      // the step waits at 0 s for the reader to start what it shows (the wave).
      enterStep(store, i + 1, true);
      const waits = next.startsPaused === true;
      expect(store.getState().engine.now, next.id).toBe(waits ? 0 : 3_000);
      expect(store.getState().playing, next.id).toBe(!waits);
      expect(store.getState().history.length, next.id).toBe(history);
      // Reached by Next (or Back): from 0 s, as every step.
      enterStep(store, i + 1);
      expect(store.getState().engine.now, next.id).toBe(0);
    });
    expect(remedies).toBe(4);
  });

  it('says once, plainly, that each step starts its run again from 0 s, and nowhere in brackets', () => {
    const told = TOUR_STEPS.filter((s) => /again from 0 s/.test(s.note ?? ''));
    expect(told.map((s) => s.id)).toEqual([TOUR_STEPS[1]!.id]);
    for (const step of TOUR_STEPS) expect(step.body, step.id).not.toMatch(/\(from the start/);
  });

  it('shows the crash in “Then memory runs out” at 1×, when its note says, and holds it there once', () => {
    const { store } = harness();
    const memory = indexOf('memory');
    const step = TOUR_STEPS[memory]!;
    expect(step.body).toMatch(/crashes/);
    enterStep(store, memory);
    expect(store.getState().speed).toBe(1);
    let paused = false;
    for (let t = 250; t <= 20_000 && !paused; t += 250) {
      runTo(store, t);
      paused = pauseOnce(store, memory, paused);
      if (!paused) expect(store.getState().live.summary.crashes).toBe(0);
    }
    // Held on the crash, paused (the step's reader sees the consumer down: running on, it was
    // back, and the well filling again, before the card was read).
    expect(store.getState().live.summary.crashes).toBe(1);
    expect(store.getState().playing).toBe(false);
    expect(step.readyInvite).toMatch(/Paused on the crash/);
    expect(step.holds).toBe(true);
    // When the note says (at 2× a reader met it 4 s in, before the card was read).
    expect(step.note).toContain(`about ${STORY_CRASH_S} s in`);
    expect(Math.abs(store.getState().engine.now / 1000 - STORY_CRASH_S)).toBeLessThanOrEqual(1.5);
    // Once: played on by the reader, it is not paused again.
    store.getState().play();
    expect(pauseOnce(store, memory, paused)).toBe(true);
    expect(store.getState().playing).toBe(true);
  });

  it('says tap, not click, on a touch screen', () => {
    const fills = TOUR_STEPS[indexOf('fills')]!;
    expect(fills.invite).toMatch(/click one/);
    expect(forPointer(fills.invite, true)).toMatch(/tap one/);
    expect(forPointer(fills.invite, true)).not.toMatch(/click/i);
    expect(forPointer('Click a block.', true)).toBe('Tap a block.');
    expect(forPointer(fills.invite, false)).toBe(fills.invite);
  });

  it('leaves a story on which the strategies differ: a crash, a held producer, drops', () => {
    const outcome = (id: StrategyId) => {
      const { store } = harness();
      enterStep(store, TOUR_STEPS.length - 1);
      if (id !== 'none') chooseStrategy(store, id);
      runTo(store, 15_000);
      return store.getState().live.summary;
    };
    expect(outcome('none').crashes).toBeGreaterThan(0);
    expect(outcome('block').producerBlockedFraction).toBeGreaterThan(0.1);
    expect(outcome('drop-oldest').dropped.total).toBeGreaterThan(0);
  });

  it('names the strategies as the page draws them: a list on a wide page, the Strategy drop-down on a narrow one', () => {
    const last = TOUR_STEPS.at(-1)!;
    expect(inviteFor(last, { touch: false, wide: true })).toMatch(/in the list/);
    const narrow = inviteFor(last, { touch: true, wide: false });
    expect(narrow).toMatch(/Strategy drop-down/);
    expect(narrow).not.toMatch(/in the list/);
    // Elsewhere the words are the same on both, a touch screen's taps apart.
    const fills = TOUR_STEPS[indexOf('fills')]!;
    expect(inviteFor(fills, { touch: true, wide: false })).toBe(forPointer(fills.invite, true));
  });

  it('done by the page’s own “Block the producer” preset, the step shows the story’s 70/s, as its card and the next step say', () => {
    const { store, observe } = harness();
    const memory = indexOf('memory');
    enterStep(store, memory);
    const entry = observe();
    // The preset chip of the same name: a producer at 65/s.
    store.getState().loadPreset('block');
    expect(TOUR_STEPS[memory]!.done(observe(), entry)).toBe(true);
    settleStep(store, memory);
    const rate = () => {
      const pattern = store.getState().scenario.workload.pattern;
      return pattern.kind === 'steady' ? pattern.ratePerSec : null;
    };
    expect(rate()).toBe(70);
    expect(strategy(store)).toBe('block');
    // What the card's button gives, and what Next puts in place: the next step needs no change.
    expect(TOUR_STEPS[memory + 1]!.inPlace(store.getState())).toBe(true);
    // Done by the card's button, nothing more to put right: the run is not started again.
    const button = harness();
    enterStep(button.store, memory);
    TOUR_STEPS[memory]!.act(button.store, button.page);
    const made = button.store.getState().scenario;
    settleStep(button.store, memory);
    expect(button.store.getState().scenario).toBe(made);
  });

  it('does not call a step’s own scenario the reader’s change while the tour is open (step two’s larger memory), and says so on its card', () => {
    const { store } = harness();
    const fills = indexOf('fills');
    openTour('beginning');
    enterStep(store, fills);
    const { scenario, presetId } = store.getState();
    // Step two's story has four times the memory: against the preset, "changed".
    expect(scenarioTitle(scenario, presetId).changed).toBe(true);
    tourSetUp(scenario);
    expect(tourOwns(tourRequest(), scenario)).toBe(true);
    // The step after it names the story's own memory again, which the gauge shows.
    expect(TOUR_STEPS[fills + 1]!.note).toMatch(/usual 1 MB of memory/);
    // A change of the reader's own is theirs.
    store.getState().patchScenario('workload.pattern.ratePerSec', 60, { record: true });
    expect(tourOwns(tourRequest(), store.getState().scenario)).toBe(false);
    // Closed, nothing is the tour's.
    closeTour();
    expect(tourOwns(tourRequest(), scenario)).toBe(false);
  });

  it('says on its card every setting a step changes from what the reader just saw: memory, queue size, speed', () => {
    // A first visit shows the story with 1 MB; step one's run has 4 MB (try 8: never said, and step
    // three's "Back to 1 MB" spoke of a change never told). Step seven's queue holds 100, not the
    // 20 before it (the well grew wide with small blocks, unsaid). Said on the card, each of them,
    // by every way into a step: Next from the step before (its action done or not), Back from the
    // one after, and the tour opening over a first visit at any speed.
    const count = TOUR_STEPS.length;
    const rate = (s: PlaygroundState) => JSON.stringify(s.scenario.workload.pattern);
    const check = (i: number, was: PlaygroundState, now: PlaygroundState, path: string) => {
      const step = TOUR_STEPS[i]!;
      const said = [step.title, step.body, step.note ?? '', changeNote(step, was, now) ?? ''].join(
        ' ',
      );
      const at = `${step.id} from ${path}`;
      if (was.speed !== now.speed) expect(said, `${at}: speed`).toContain(`${now.speed}×`);
      const [m0, m1] = [was, now].map((s) => s.scenario.queue.memoryBudgetBytes);
      if (m0 != null && m1 != null && m0 !== m1)
        expect(said, `${at}: memory`).toContain(formatBytes(m1));
      const [c0, c1] = [was, now].map((s) => s.scenario.queue.capacity);
      if (c0 != null && c1 != null && c0 !== c1)
        expect(said, `${at}: queue size`).toMatch(new RegExp(`\\b${c1}\\b`));
      // The producer, the consumer's pace and how many start are the story's throughout.
      expect(rate(now), `${at}: producer`).toBe(rate(was));
      expect(now.scenario.consumers.service, `${at}: consumer`).toEqual(
        was.scenario.consumers.service,
      );
      expect(now.scenario.consumers.count, `${at}: consumers`).toBe(was.scenario.consumers.count);
    };
    /** Leaves step `from` into step `to`, as the card does. */
    const move = (store: PlaygroundStore, to: number, path: string) => {
      const was = store.getState();
      enterStep(store, to);
      check(to, was, store.getState(), path);
    };
    for (const speed of [1, 2]) {
      const { store } = harness();
      store.getState().setSpeed(speed);
      const was = store.getState();
      enterStep(store, 0);
      check(0, was, store.getState(), `a first visit at ${speed}×`);
    }
    for (let i = 1; i < count; i++) {
      for (const acted of [false, true]) {
        const { store, page, observe } = harness();
        const before = TOUR_STEPS[i - 1]!;
        enterStep(store, i - 1);
        const entry = observe();
        if (acted && before.actionLabel !== null) before.act(store, page);
        // A few seconds in (paused on its moment, as on the page), or on to what its action leads to.
        let paused = false;
        for (let t = 250; t <= (acted ? 60_000 : 2_000); t += 250) {
          runTo(store, t);
          paused = pauseOnce(store, i - 1, paused);
          if (acted && before.done(observe(), entry)) {
            settleStep(store, i - 1);
            break;
          }
        }
        move(store, i, `step ${i}${acted ? ', its action done' : ''}`);
      }
      if (i + 1 < count) {
        const { store } = harness();
        enterStep(store, i + 1);
        runTo(store, 2_000);
        pauseOnce(store, i + 1, false);
        move(store, i, `Back from step ${i + 2}`);
      }
    }
  });

  it('says in its outcome, or the next step’s words, every setting a step’s action changes: memory, queue size, speed', () => {
    // Step six's Add consumers made the queue 100 where it was 20, a well drawn wider, unsaid.
    TOUR_STEPS.forEach((step, i) => {
      const next = TOUR_STEPS[i + 1];
      if (step.actionLabel === null) return;
      const { store, page, observe } = harness();
      enterStep(store, i);
      const entry = observe();
      const before = store.getState();
      step.act(store, page);
      for (let t = 250; t <= 60_000 && !step.done(observe(), entry); t += 250) runTo(store, t);
      const done = store.getState();
      settleStep(store, i);
      const after = store.getState();
      // A remedy's action moves on: the next step's card says it.
      const said =
        step.outcome ?? [next?.title, next?.body, next?.note].filter((w) => w != null).join(' ');
      // The speed the step leaves the run at, where settling changed it (the button's own is said
      // on the button).
      if (done.speed !== after.speed)
        expect(said, `${step.id}: speed`).toContain(`${after.speed}×`);
      const [m0, m1] = [before, after].map((s) => s.scenario.queue.memoryBudgetBytes);
      if (m0 != null && m1 != null && m0 !== m1)
        expect(said, `${step.id}: memory`).toContain(formatBytes(m1));
      const [c0, c1] = [before, after].map((s) => s.scenario.queue.capacity);
      if (c0 != null && c1 != null && c0 !== c1)
        expect(said, `${step.id}: queue size`).toMatch(new RegExp(`\\b${c1}\\b`));
    });
  });

  it('says step seven’s numbers as the run shows them: more consumers once 20 wait, but not at once', () => {
    // A reader read "when 20 messages wait, another consumer starts" and saw 45 of 100 waiting with
    // a second consumer still warming up (try 8): the autoscaler looks every half second and starts
    // at most one every 2 s, and each warms up for a second. The card now says all three.
    const i = indexOf('consumers');
    const step = TOUR_STEPS[i]!;
    const { store } = harness();
    enterStep(store, i);
    const auto = store.getState().scenario.consumers.autoscale!;
    expect(ADD_AT).toBe(auto.scaleUpDepth);
    expect(step.body).toContain(`once ${auto.scaleUpDepth} wait`);
    expect(step.body).toContain(`at most one every ${formatMs(auto.cooldownMs)}`);
    expect(step.body).toContain(`warms up for ${formatMs(auto.coldStartMs)}`);
    expect(step.body).toContain('while the well fills on');
    // Watched on the step's own run: each consumer starts with the card's number or more waiting,
    // the first within one look of the well reaching it, one at most every 2 s; while the first
    // warms up the well fills on past the number.
    const adds: { t: number; depth: number }[] = [];
    let reached: number | null = null;
    let workers = store.getState().live.summary.workers.now;
    for (let t = 50; t <= 20_000; t += 50) {
      runTo(store, t);
      const { workers: w, queueDepth } = store.getState().live.summary;
      if (reached === null && queueDepth.now >= ADD_AT) reached = t;
      if (w.now > workers) adds.push({ t, depth: queueDepth.now });
      workers = w.now;
    }
    expect(adds.length).toBeGreaterThanOrEqual(2);
    for (const add of adds) expect(add.depth).toBeGreaterThanOrEqual(ADD_AT);
    expect(adds[0]!.t - reached!).toBeLessThanOrEqual(auto.intervalMs);
    adds.slice(1).forEach((add, k) => {
      expect(add.t - adds[k]!.t).toBeGreaterThanOrEqual(auto.cooldownMs);
    });
    const { store: again } = harness();
    enterStep(again, i);
    let peak = 0;
    for (let t = 50; t <= adds[0]!.t + auto.coldStartMs; t += 50) {
      runTo(again, t);
      if (t >= adds[0]!.t) peak = Math.max(peak, again.getState().live.summary.queueDepth.now);
    }
    expect(peak).toBeGreaterThan(ADD_AT);
  });

  it('says its button has taken once the run is sped up, and holds the run at the speed the reader chose', () => {
    // Try 8: "Speed up to 3×" looked the same after the press. Try 13: a reader who never sped up
    // read "at 1× now" when the step held its run: the step pauses it and leaves the speed alone.
    const i = indexOf('outpaces');
    const step = TOUR_STEPS[i]!;
    for (const press of [true, false]) {
      const { store, page, observe } = harness();
      enterStep(store, i);
      expect(step.pressed?.(store.getState())).toBe(false);
      const entry = observe();
      if (press) step.act(store, page);
      expect(step.pressed?.(store.getState())).toBe(press);
      expect(step.pressedLabel).toBe(`Running at ${SPEED_UP}×`);
      for (let t = 250; t <= 60_000 && !step.done(observe(), entry); t += 250) runTo(store, t);
      const was = store.getState().speed;
      settleStep(store, i);
      expect(store.getState().speed).toBe(was);
      expect(store.getState().playing).toBe(false);
      expect(step.outcome).not.toMatch(/\d×/);
    }
  });
});

describe('the tour’s words hold for what is on screen (try 9)', () => {
  it('once a remedy’s button has started a run without a memory limit, the card no longer speaks of the gauge', () => {
    // A reader pressed Block the producer in "Then memory runs out": the gauge went, and the card
    // still said "the gauge beside the well".
    let checked = 0;
    TOUR_STEPS.forEach((step, i) => {
      if (step.actionLabel === null) return;
      const { store, page } = harness();
      for (let j = 0; j <= i; j++) enterStep(store, j);
      const hadGauge = store.getState().scenario.queue.memoryBudgetBytes !== null;
      step.act(store, page);
      if (!hadGauge || store.getState().scenario.queue.memoryBudgetBytes !== null) return;
      checked++;
      // What the card says then: this step's outcome, or the next step's card it moved on to.
      const next = TOUR_STEPS[i + 1]!;
      const shown = step.outcome !== undefined ? [step.body, step.outcome].join(' ') : next.body;
      expect(shown, step.id).not.toMatch(/gauge beside|memory is full/i);
      expect(shown, step.id).toMatch(/memory cannot run out/);
    });
    expect(checked).toBeGreaterThan(0);
  });

  it('“Push back” says when the lamp turns red, not that it glows: it opens on a green lamp', () => {
    const { store } = harness();
    const i = indexOf('push-back');
    for (let j = 0; j <= i; j++) enterStep(store, j);
    runTo(store, 200);
    // As the step opens the queue is not yet full: the producer has not waited.
    expect(store.getState().live.summary.producerBlockedFraction).toBe(0);
    const body = TOUR_STEPS[i]!.body;
    expect(body).not.toMatch(/lamp glows|red lamp/);
    expect(body).toMatch(/turns red while it waits/);
  });

  it('“Reject, and try again later” offers Add consumers only once a retry is on screen, saying how far the well has to go', () => {
    // Its ring ("Retries will show here") was an empty box a quick reader never saw filled.
    const { store } = harness();
    const i = indexOf('retry');
    const step = TOUR_STEPS[i]!;
    for (let j = 0; j <= i; j++) enterStep(store, j);
    runTo(store, 100);
    expect(step.actionReady?.(store.getState())).toBe(false);
    expect(step.waitLabel?.(store.getState())).toMatch(/^\d+ of 20 waiting$/);
    expect(step.invite).toMatch(/^Once retries show/);
    let t = 100;
    while (step.actionReady?.(store.getState()) === false && t < 10_000) runTo(store, (t += 50));
    expect(step.actionReady?.(store.getState())).toBe(true);
    const { retries, retryWaiting } = store.getState().live.summary;
    expect(retries + retryWaiting).toBeGreaterThan(0);
  });

  for (const [id, what] of [
    ['push-back', 'the producer has waited (its lamp red)'],
    ['drop', 'a message is lost'],
  ] as const)
    it(`offers “${id}”’s next remedy only once ${what}, saying what it waits for`, () => {
      // Try 11: offered at once, a reader who did as asked never saw the red lamp, or a loss.
      const { store } = harness();
      const i = indexOf(id);
      const step = TOUR_STEPS[i]!;
      for (let j = 0; j <= i; j++) enterStep(store, j);
      runTo(store, 100);
      expect(step.actionReady?.(store.getState())).toBe(false);
      expect(step.waitLabel?.(store.getState())).toMatch(
        id === 'drop' ? /^None lost yet$/ : /^\d+ of 20 waiting$/,
      );
      expect(step.invite).toMatch(/^Once /);
      let t = 100;
      while (step.actionReady?.(store.getState()) === false && t < 10_000) runTo(store, (t += 50));
      expect(step.actionReady?.(store.getState())).toBe(true);
      const { producerBlockedFraction, heldByProducer, dropped } = store.getState().live.summary;
      if (id === 'push-back') expect(producerBlockedFraction + heldByProducer).toBeGreaterThan(0);
      else expect(dropped.total).toBeGreaterThan(0);
      // Within seconds, at 1×: the queue of 20 fills in about a second.
      expect(t).toBeLessThan(5_000);
    });

  it('once step one’s run is sped up, rings the memory gauge and says to watch it', () => {
    // Try 11: sped up, the ring stayed on the producer for the 13 s to the crash.
    const step = TOUR_STEPS[indexOf('outpaces')]!;
    expect(step.target).toBe('producer');
    expect(step.whilePressed?.target).toBe('gauge');
    expect(step.whilePressed?.invite).toMatch(/memory gauge/);
  });

  it('“Reject, and try again later” says how many tries a message gets, as its run makes them, and that retries make no room', () => {
    // Try 11: 20 gave up within 2.5 s beside "waiting longer each time".
    const { store } = harness();
    const i = indexOf('retry');
    for (let j = 0; j <= i; j++) enterStep(store, j);
    const { retry } = store.getState().scenario;
    expect(retry.kind).not.toBe('none');
    const tries = retry.kind === 'none' ? 0 : retry.maxAttempts;
    expect(TOUR_STEPS[i]!.body).toContain(`${tries} tries in all`);
    expect(TOUR_STEPS[i]!.body).toMatch(/make no room/);
    // And some do give up within seconds, as it says.
    runTo(store, 5_000);
    expect(store.getState().live.summary.dropped.total).toBeGreaterThan(0);
  });

  it('on a narrow page no outcome names Play, which the card covers there', () => {
    const outpaces = TOUR_STEPS[indexOf('outpaces')]!;
    const playing = { ...outpaces, outcome: 'Play goes on.', narrowOutcome: 'Next goes on.' };
    expect(outcomeFor(playing, { wide: true })).toBe('Play goes on.');
    expect(outcomeFor(playing, { wide: false })).toBe('Next goes on.');
    for (const step of TOUR_STEPS)
      expect(outcomeFor(step, { wide: false }) ?? '', step.id).not.toMatch(/\bPlay\b/);
  });

  it('Skip the tour says what it does, as Finish keeps what is on screen', () => {
    expect(SKIP_SAYS).toMatch(/stays on screen/);
    expect(SKIP_SAYS).toMatch(/story goes back to its start/);
  });
});
