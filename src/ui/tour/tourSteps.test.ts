import { describe, expect, it } from 'vitest';
import { strategyOf } from '../../domain/strategies.ts';
import { isPresetAsIs } from '../../share/presetAsIs.ts';
import { createPlaygroundStore, type PlaygroundStore } from '../../store/createPlaygroundStore.ts';
import { enterStep, TOUR_STEPS, type Observed, type TourPage } from './tourSteps.ts';

/** A store, and a stage whose F key follows a message. */
function harness(presetId = 'no-backpressure') {
  const store = createPlaygroundStore({ presetId, playing: false });
  let following = false;
  const page: TourPage = {
    followNext: () => {
      following = true;
    },
  };
  const observe = (): Observed => ({ state: store.getState(), following });
  return { store, page, observe };
}

const strategy = (store: PlaygroundStore) => strategyOf(store.getState().scenario);

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
      expect(step.done(observe(), entry), `${step.id} done after its action`).toBe(true);
      const next = TOUR_STEPS[i + 1];
      // Each action leads straight into the next step's scenario, except the speed-up: the step
      // after it slows the run back to 1× so a block can be caught (setUp, checked above).
      if (next && next.id !== 'fills')
        expect(next.inPlace(store.getState()), `${next.id} in place after ${step.id}`).toBe(true);
    }
    // The last step: any other strategy counts.
    const last = TOUR_STEPS.at(-1)!;
    const entry = observe();
    store.getState().loadPreset('drop-all');
    expect(last.done(observe(), entry)).toBe(true);
  });

  it('slows the run back to 1× for the step that asks to catch a block', () => {
    const { store } = harness('kafka');
    enterStep(store, 0);
    TOUR_STEPS[0]!.act(store, harness('kafka').page);
    expect(store.getState().speed).toBeGreaterThanOrEqual(4);
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
    expect(isPresetAsIs(s.scenario, 'no-backpressure')).toBe(true);
    expect(s.speed).toBe(1);
    // Undo brings back what the reader had.
    store.getState().undo();
    expect(store.getState().presetId).toBe('kafka');
  });

  it('leaves the scenario alone when it is already the step’s, so the run is not restarted', () => {
    const { store } = harness();
    enterStep(store, 0);
    const engine = store.getState().engine;
    enterStep(store, 1);
    enterStep(store, 2);
    expect(store.getState().engine).toBe(engine);
    expect(store.getState().history).toEqual([]);
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
    expect(store.getState().scenario.consumers.count).toBe(2);
    store.getState().undo();
    expect(store.getState().scenario.consumers.count).toBe(1);
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
});
