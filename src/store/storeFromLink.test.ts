import { describe, expect, it } from 'vitest';
import { encodeShareQuery } from '../share/shareLink.ts';
import { presetScenario } from '../sim/presets.ts';
import { createPlaygroundStore } from './createPlaygroundStore.ts';
import { storeOptionsFromQuery } from './storeFromLink.ts';

describe('storeOptionsFromQuery', () => {
  it('opens the usual first preset for a bare URL', async () => {
    expect(await storeOptionsFromQuery('')).toEqual({});
    expect(await storeOptionsFromQuery('?utm_source=post')).toEqual({});
  });

  it('opens paused when the link is to an exercise, which starts it once it has loaded', async () => {
    expect(await storeOptionsFromQuery('?exercise=tipping-point')).toEqual({ playing: false });
    expect(await storeOptionsFromQuery('?pack=https://example.org/p.json')).toEqual({
      playing: false,
    });
    expect(await storeOptionsFromQuery('?exercise=x&preset=block&seed=3')).toMatchObject({
      playing: false,
      presetId: 'block',
    });
  });

  it('restores a shared scenario and its preset', async () => {
    const scenario = { ...presetScenario('drop-oldest'), seed: 7 };
    scenario.queue = { ...scenario.queue, capacity: 13 };
    const store = createPlaygroundStore(
      await storeOptionsFromQuery(encodeShareQuery(scenario, 'drop-oldest')),
    );
    const state = store.getState();
    expect(state.scenario).toEqual(scenario);
    expect(state.presetId).toBe('drop-oldest');
    expect(state.engine.scenario).toEqual(scenario);
    expect(state.problems).toEqual([]);
  });

  it('opens the defaults and explains when the link is damaged', async () => {
    const store = createPlaygroundStore(await storeOptionsFromQuery('?preset=nope&seed=1'));
    const state = store.getState();
    expect(state.problems.map((p) => p.path)).toEqual(['preset']);
    expect(state.problemsFrom).toBe('link');
    expect(state.presetId).toBe('no-backpressure');
    // The first change the reader makes is theirs, not the link's.
    state.patchScenario('queue.capacity', -1);
    expect(store.getState().problemsFrom).toBe('change');
  });
});
