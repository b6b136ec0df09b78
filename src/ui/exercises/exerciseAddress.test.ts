import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBuiltInPack } from '../../exercises/index.ts';
import { decodeShareQuery } from '../../share/shareLink.ts';
import { createPlaygroundStore } from '../../store/createPlaygroundStore.ts';
import { startAddressSync } from '../share/addressSync.ts';
import { fakeAddressHost } from '../../share/testing/fakeAddressHost.ts';
import { activeExercise } from './activeExercise.ts';

const pack = loadBuiltInPack();

describe('the address in exercise mode', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the exercise link, whatever the learner changes, and a scenario link after leaving', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: false });
    const fake = fakeAddressHost('https://example.org/play/?preset=drop-oldest');
    startAddressSync(store, fake.host, 400);
    const exercise = pack.exercises[0]!;
    store.getState().followExerciseRoute({
      pack: { kind: 'url', url: 'https://x.org/team.json' },
      exerciseId: exercise.id,
      answer: null,
    });
    store.getState().enterExercise(activeExercise(pack.id, exercise));
    store.getState().patchScenario('consumers.count', 3);
    vi.advanceTimersByTime(400);
    expect(fake.url()).toBe(
      `https://example.org/play/?pack=https%3A%2F%2Fx.org%2Fteam.json&exercise=${exercise.id}`,
    );

    store.getState().leaveExercise();
    vi.advanceTimersByTime(400);
    const url = new URL(fake.url());
    expect(url.searchParams.has('exercise')).toBe(false);
    expect(decodeShareQuery(url.search)).toEqual({
      ok: true,
      scenario: store.getState().scenario,
      presetId: 'drop-oldest',
    });
  });
});
