import { describe, expect, it } from 'vitest';
import { isEditable, loadBuiltInPack, lockedChanges, type Exercise } from '../exercises/index.ts';
import { presetScenario } from '../sim/presets.ts';
import { createPlaygroundStore } from './createPlaygroundStore.ts';
import type { ActiveExercise, ExerciseRoute } from './types.ts';

const pack = loadBuiltInPack();
const tippingPoint = pack.exercises.find((e) => e.id === 'tipping-point') as Exercise;

/** The exercise as the exercise module hands it to the store: seeded, with its locks bound. */
function active(exercise: Exercise): ActiveExercise {
  const seed = exercise.seeds[0] as number;
  return {
    packId: pack.id,
    exercise,
    start: { ...exercise.start, seed },
    solution: { ...exercise.solution, seed },
    locks: {
      isEditable: (path) => isEditable(exercise, path),
      lockedChanges: (scenario) => lockedChanges(exercise, scenario),
    },
  };
}

const route: ExerciseRoute = {
  pack: { kind: 'built-in' },
  exerciseId: 'tipping-point',
  answer: null,
};

function inExercise() {
  const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: false });
  store.getState().followExerciseRoute(route);
  store.getState().enterExercise(active(tippingPoint));
  return store;
}

describe('enterExercise', () => {
  it('opens the exercise at its start, seeded with its first seed, as a fresh run', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: false });
    const version = store.getState().version;
    store.getState().followExerciseRoute(route);
    expect(store.getState().enterExercise(active(tippingPoint))).toBe(true);
    const state = store.getState();
    expect(state.exerciseRoute).toBe(route);
    expect(state.exercise?.exercise.id).toBe('tipping-point');
    expect(state.scenario).toEqual({ ...tippingPoint.start, seed: tippingPoint.seeds[0] });
    expect(state.presetId).toBeNull();
    expect(state.history).toEqual([]);
    expect(state.version).toBeGreaterThan(version);
    // The page waited paused for the exercise; the exercise itself runs.
    expect(state.playing).toBe(true);
  });

  it('opens a saved answer over the start when it changes only knobs', () => {
    const store = createPlaygroundStore({ playing: false });
    const answer = {
      ...tippingPoint.start,
      consumers: { ...tippingPoint.start.consumers, count: 3 },
    };
    expect(store.getState().enterExercise(active(tippingPoint), answer)).toBe(true);
    expect(store.getState().scenario.consumers.count).toBe(3);
  });

  it('refuses an answer that changes a fixed field, names it, and keeps the start', () => {
    const store = createPlaygroundStore({ playing: false });
    const answer = { ...tippingPoint.start, queue: { ...tippingPoint.start.queue, capacity: 10 } };
    expect(store.getState().enterExercise(active(tippingPoint), answer)).toBe(false);
    const state = store.getState();
    expect(state.scenario.queue.capacity).toBeNull();
    expect(state.problems).toEqual([
      { path: 'queue.capacity', message: expect.stringContaining('locked in this exercise') },
    ]);
  });
});

describe('locks', () => {
  it('applies a change to a knob', () => {
    const store = inExercise();
    expect(store.getState().patchScenario('consumers.count', 2)).toBe(true);
    expect(store.getState().scenario.consumers.count).toBe(2);
    expect(store.getState().problems).toEqual([]);
  });

  it('refuses a change to a fixed field with a problem naming it, and changes nothing', () => {
    const store = inExercise();
    const before = store.getState().scenario;
    expect(store.getState().patchScenario('workload.pattern.ratePerSec', 10)).toBe(false);
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().problems).toEqual([
      {
        path: 'workload.pattern.ratePerSec',
        message: expect.stringContaining('you may change only consumers.count'),
      },
    ]);
  });

  it('refuses a whole imported scenario, a preset and a strategy-like change alike', () => {
    const store = inExercise();
    const before = store.getState().scenario;
    expect(store.getState().loadScenario({ ...before, queue: { capacity: 5 } })).toBe(false);
    store.getState().loadPreset('block');
    expect(store.getState().presetId).toBeNull();
    expect(store.getState().setScenario({ ...before, queue: { whenFull: 'block' } })).toBe(false);
    expect(store.getState().scenario).toBe(before);
  });

  it('lets the free fields change: the seed is the learner’s to choose', () => {
    const store = inExercise();
    expect(store.getState().setSeed(99)).toBe(true);
    expect(store.getState().scenario.seed).toBe(99);
  });
});

describe('a change in an exercise', () => {
  it('starts the live run again from zero, as the check runs it', () => {
    const store = inExercise();
    const version = store.getState().version;
    expect(store.getState().patchScenario('consumers.count', 2, { knob: 'consumers.count' })).toBe(
      true,
    );
    expect(store.getState().version).toBe(version + 1);
  });

  it('carries on in the free playground, where a knob changes the running system', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: false });
    const version = store.getState().version;
    store.getState().patchScenario('consumers.count', 2, { knob: 'consumers.count' });
    expect(store.getState().version).toBe(version);
  });
});

describe('startOver and showSolution', () => {
  it('goes back to the start as a fresh run that undo can take back', () => {
    const store = inExercise();
    store.getState().patchScenario('consumers.count', 4);
    const version = store.getState().version;
    store.getState().startOver();
    expect(store.getState().scenario).toEqual(store.getState().exercise?.start);
    expect(store.getState().version).toBe(version + 1);
    store.getState().undo();
    expect(store.getState().scenario.consumers.count).toBe(4);
  });

  it('applies the reference solution, which passes the locks, and undo brings the answer back', () => {
    const store = inExercise();
    store.getState().patchScenario('consumers.service.meanMs', 15);
    store.getState().showSolution();
    const state = store.getState();
    expect(state.scenario).toEqual({ ...tippingPoint.solution, seed: tippingPoint.seeds[0] });
    expect(state.scenario.consumers.count).toBe(2);
    expect(state.problems).toEqual([]);
    state.undo();
    expect(store.getState().scenario.consumers.service).toMatchObject({ meanMs: 15 });
  });
});

describe('leaveExercise', () => {
  it('restores the free playground as it was: scenario, preset and undo history', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: false });
    store.getState().loadPreset('block');
    const { scenario, history } = store.getState();
    store.getState().followExerciseRoute(route);
    store.getState().enterExercise(active(tippingPoint));
    store.getState().patchScenario('workload.pattern.ratePerSec', 10);
    expect(store.getState().problems).not.toEqual([]);
    store.getState().followExerciseRoute(null);
    const state = store.getState();
    expect(state.exercise).toBeNull();
    expect(state.exerciseRoute).toBeNull();
    expect(state.scenario).toEqual(scenario);
    expect(state.presetId).toBe('block');
    expect(state.history).toEqual(history);
    expect(state.problems).toEqual([]);
    // The locks are gone with the exercise.
    expect(state.patchScenario('workload.pattern.ratePerSec', 10)).toBe(true);
    state.undo();
    expect(store.getState().scenario).toEqual(presetScenario('drop-oldest'));
  });

  it('keeps the free playground of before the first exercise when moving between exercises', () => {
    const store = createPlaygroundStore({ presetId: 'drop-all', playing: false });
    const first = store.getState().scenario;
    store.getState().enterExercise(active(tippingPoint));
    store.getState().enterExercise(active(pack.exercises[1] as Exercise));
    expect(store.getState().exercise?.exercise.id).toBe(pack.exercises[1]?.id);
    store.getState().leaveExercise();
    expect(store.getState().scenario).toEqual(first);
    expect(store.getState().presetId).toBe('drop-all');
  });

  it('only forgets the link when no exercise had opened (a pack that failed to load)', () => {
    const store = createPlaygroundStore({ presetId: 'drop-all', playing: false });
    const before = store.getState().scenario;
    store.getState().followExerciseRoute({ ...route, pack: { kind: 'url', url: 'x.json' } });
    store.getState().leaveExercise();
    expect(store.getState().exerciseRoute).toBeNull();
    expect(store.getState().scenario).toBe(before);
  });
});
