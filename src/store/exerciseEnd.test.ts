import { describe, expect, it } from 'vitest';
import { isEditable, loadBuiltInPack, lockedChanges, type Exercise } from '../exercises/index.ts';
import { createPlaygroundStore } from './createPlaygroundStore.ts';
import { atExerciseEnd, watchExerciseEnd } from './exerciseEnd.ts';
import { localEngine } from './testing/localEngine.ts';
import type { ActiveExercise } from './types.ts';

const pack = loadBuiltInPack();
const exercise = pack.exercises.find((e) => e.id === 'tipping-point') as Exercise;

function active(ex: Exercise): ActiveExercise {
  const seed = ex.seeds[0] as number;
  return {
    packId: pack.id,
    exercise: ex,
    start: { ...ex.start, seed },
    solution: { ...ex.solution, seed },
    locks: {
      isEditable: (path) => isEditable(ex, path),
      lockedChanges: (scenario) => lockedChanges(ex, scenario),
    },
  };
}

/** Plays as the frame loop would, in big steps, refreshing the numbers after each. */
function playFor(store: ReturnType<typeof createPlaygroundStore>, simMs: number): void {
  for (let t = 0; t < simMs && store.getState().playing; t += 7000) {
    store.getState().driver.frame(7000, () => 0, Infinity);
    store.getState().refreshLive();
  }
}

describe('a run in exercise mode', () => {
  it('stops exactly at the exercise’s duration, and Play runs it again from the start', () => {
    const store = createPlaygroundStore({ playing: false });
    watchExerciseEnd(store);
    store.getState().enterExercise(active(exercise));
    expect(store.getState().playing).toBe(true);
    const end = exercise.durationSec * 1000;
    playFor(store, end * 3);
    expect(localEngine(store).now).toBe(end);
    expect(store.getState().playing).toBe(false);
    expect(atExerciseEnd(store.getState())).toBe(true);
    // Play cannot go past the end: it starts over.
    const version = store.getState().version;
    store.getState().play();
    expect(store.getState().playing).toBe(true);
    expect(store.getState().version).toBeGreaterThan(version);
    expect(localEngine(store).now).toBe(0);
    expect(atExerciseEnd(store.getState())).toBe(false);
  });

  it('runs on without an end in the free playground, and after leaving the exercise', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: true });
    watchExerciseEnd(store);
    playFor(store, 150_000);
    expect(localEngine(store).now).toBeGreaterThanOrEqual(150_000);
    expect(store.getState().playing).toBe(true);

    store.getState().enterExercise(active(exercise));
    store.getState().leaveExercise();
    store.getState().play();
    playFor(store, 150_000);
    expect(store.getState().playing).toBe(true);
    expect(localEngine(store).now).toBeGreaterThan(exercise.durationSec * 1000);
  });
});
