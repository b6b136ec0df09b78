import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { createPlaygroundStore } from './createPlaygroundStore.ts';
import { HISTORY_LIMIT } from './scenarioSlice.ts';

const paused = () => createPlaygroundStore({ presetId: 'drop-oldest', playing: false });

describe('setScenario', () => {
  it('applies a valid scenario and clears earlier problems', () => {
    const store = paused();
    store.getState().patchScenario('queue.capacity', -1);
    expect(store.getState().problems).not.toEqual([]);
    expect(store.getState().patchScenario('queue.capacity', 7)).toBe(true);
    expect(store.getState().scenario.queue.capacity).toBe(7);
    expect(store.getState().problems).toEqual([]);
  });

  it('keeps the last good scenario and stores the problems on bad input', () => {
    const store = paused();
    const before = store.getState().scenario;
    expect(store.getState().patchScenario('queue.capacity', 2.5)).toBe(false);
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().problems).toEqual([
      { path: 'queue.capacity', message: expect.stringContaining('whole number') },
    ]);
  });

  it('reports a cross-field problem at the field to change', () => {
    const store = createPlaygroundStore({ presetId: 'slow-down-signal', playing: false });
    store.getState().patchScenario('feedback.lowWatermark', 40);
    expect(store.getState().problems.map((p) => p.path)).toEqual(['feedback.lowWatermark']);
    expect(store.getState().scenario.feedback).toMatchObject({ lowWatermark: 10 });
  });

  it('fills in the defaults of a newly chosen variant', () => {
    const store = paused();
    store.getState().patchScenario('workload.pattern', { kind: 'bursty' });
    expect(store.getState().scenario.workload.pattern).toEqual(
      expect.objectContaining({ kind: 'bursty', onRatePerSec: 300, offMs: 4000 }),
    );
  });
});

describe('undoing knob moves', () => {
  it('records a knob once while it keeps moving, and undoes it in the running simulation', () => {
    const store = paused();
    const version = store.getState().version;
    const before = store.getState().scenario;
    // A slider dragged through three values, then another knob.
    for (const capacity of [30, 40, 50])
      store.getState().patchScenario('queue.capacity', capacity, {
        knob: 'queue.capacity',
      });
    store.getState().patchScenario('consumers.count', 3, { knob: 'consumers.count' });
    expect(store.getState().history).toHaveLength(2);

    store.getState().undo();
    expect(store.getState().scenario.consumers.count).toBe(before.consumers.count);
    expect(store.getState().scenario.queue.capacity).toBe(50);
    store.getState().undo();
    expect(store.getState().scenario).toEqual(before);
    // Changed in place, as the moves were: the same run goes on.
    expect(store.getState().version).toBe(version);
    expect(store.getState().history).toEqual([]);
  });

  it('does not record a move the scenario refuses', () => {
    const store = paused();
    store.getState().patchScenario('queue.capacity', -1, { knob: 'queue.capacity' });
    expect(store.getState().history).toEqual([]);
  });
});

describe('loadPreset and undo', () => {
  it('loads a preset as a fresh run and undo brings the previous scenario back', () => {
    const store = paused();
    const first = store.getState().scenario;
    const firstPreset = store.getState().presetId;
    const version = store.getState().version;
    store.getState().loadPreset('block');
    expect(store.getState().presetId).toBe('block');
    expect(store.getState().scenario.queue.whenFull).toBe('block');
    expect(store.getState().version).toBe(version + 1);
    store.getState().undo();
    expect(store.getState().scenario).toEqual(first);
    expect(store.getState().presetId).toBe(firstPreset);
    expect(firstPreset).not.toBeNull();
    expect(store.getState().history).toEqual([]);
  });

  it('does nothing on undo with no history', () => {
    const store = paused();
    const before = store.getState().scenario;
    store.getState().undo();
    expect(store.getState().scenario).toBe(before);
  });

  it('keeps at most HISTORY_LIMIT entries', () => {
    const store = paused();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++)
      store.getState().loadPreset(i % 2 ? 'block' : 'drop-all');
    expect(store.getState().history).toHaveLength(HISTORY_LIMIT);
  });

  it('resets to the preset after knob changes', () => {
    const store = paused();
    store.getState().patchScenario('queue.capacity', 5);
    store.getState().resetToPreset();
    expect(store.getState().scenario).toEqual(presetScenario('drop-oldest'));
  });
});

describe('loadScenario', () => {
  it('loads a file as a fresh run without a preset, and undo brings the preset back', () => {
    const store = paused();
    const before = store.getState().scenario;
    const version = store.getState().version;
    expect(store.getState().loadScenario({ name: 'From a file', queue: { capacity: 9 } })).toBe(
      true,
    );
    const state = store.getState();
    expect(state.scenario).toMatchObject({ name: 'From a file', queue: { capacity: 9 } });
    expect(state.presetId).toBeNull();
    expect(state.version).toBe(version + 1);
    expect(state.engine.now).toBe(0);
    state.undo();
    expect(store.getState().scenario).toEqual(before);
    expect(store.getState().presetId).toBe('drop-oldest');
  });

  it('changes nothing when the file is invalid', () => {
    const store = paused();
    const before = store.getState();
    expect(store.getState().loadScenario({ queue: { capacity: 'lots' } })).toBe(false);
    expect(store.getState().scenario).toBe(before.scenario);
    expect(store.getState().presetId).toBe('drop-oldest');
    expect(store.getState().history).toEqual([]);
  });
});

describe('the live numbers after a knob moves', () => {
  it('count from the change: the cards read the run since it, the stage the whole run', () => {
    const store = createPlaygroundStore({ presetId: 'no-backpressure', playing: false });
    store.getState().driver.frame(8000, () => 0, Infinity);
    store.getState().refreshLive();
    expect(store.getState().live.sinceChange).toBeNull();
    const lostBefore = store.getState().live.summary.dropped.total;
    expect(store.getState().patchScenario('workload.pattern.ratePerSec', 1, { knob: 'rate' })).toBe(
      true,
    );
    store.getState().driver.frame(5000, () => 0, Infinity);
    store.getState().refreshLive();
    const { live } = store.getState();
    expect(live.sinceChange?.atMs).toBe(8000);
    expect(live.sinceChange?.summary.produced).toBeLessThan(10);
    expect(live.summary.dropped.total).toBeGreaterThanOrEqual(lostBefore);
    // A strategy or a preset is a new run: nothing to count from.
    store.getState().loadPreset('drop-oldest');
    store.getState().refreshLive();
    expect(store.getState().live.sinceChange).toBeNull();
  });
});
