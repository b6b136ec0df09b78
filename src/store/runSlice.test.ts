import { describe, expect, it } from 'vitest';
import { localEngine } from './testing/localEngine.ts';
import { createPlaygroundStore } from './createPlaygroundStore.ts';
import { clampSpeed, MAX_SPEED, MIN_SPEED } from './runSlice.ts';

const paused = (presetId = 'drop-oldest') => createPlaygroundStore({ presetId, playing: false });

describe('play, pause, toggle', () => {
  it('flips the playing flag', () => {
    const store = paused();
    store.getState().play();
    expect(store.getState().playing).toBe(true);
    store.getState().toggle();
    expect(store.getState().playing).toBe(false);
    store.getState().toggle();
    store.getState().pause();
    expect(store.getState().playing).toBe(false);
  });
});

describe('step', () => {
  it('pauses and advances until the animation log records something', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: true });
    const engine = localEngine(store);
    const written = engine.events?.written ?? 0;
    store.getState().step();
    expect(store.getState().playing).toBe(false);
    expect(engine.now).toBeGreaterThan(0);
    expect(engine.events?.written).toBeGreaterThan(written);
    // The first thing to happen is the first message, long before a second of simulated time.
    expect(engine.now).toBeLessThan(1000);
  });

  it('refreshes the live numbers', () => {
    const store = paused();
    const tick = store.getState().live.tick;
    store.getState().step();
    expect(store.getState().live.tick).toBe(tick + 1);
    expect(store.getState().live.timeMs).toBe(localEngine(store).now);
  });
});

describe('reset', () => {
  it('starts a new engine on the same scenario and bumps the version', () => {
    const store = paused();
    const old = localEngine(store);
    old.run(5000);
    store.getState().reset();
    const fresh = localEngine(store);
    expect(fresh).not.toBe(old);
    expect(fresh.now).toBe(0);
    expect(fresh.scenario).toBe(store.getState().scenario);
    expect(store.getState().version).toBe(1);
  });

  it('replays the same run for the same seed', () => {
    const store = paused();
    localEngine(store).run(3000);
    const first = localEngine(store).summary();
    store.getState().reset();
    localEngine(store).run(3000);
    expect(localEngine(store).summary()).toEqual(first);
  });
});

describe('setSeed', () => {
  it('takes a valid seed with a new run, and refuses a bad one', () => {
    const store = paused();
    expect(store.getState().setSeed(42)).toBe(true);
    expect(localEngine(store).scenario.seed).toBe(42);
    const version = store.getState().version;
    expect(store.getState().setSeed(-3)).toBe(false);
    expect(store.getState().scenario.seed).toBe(42);
    expect(store.getState().version).toBe(version);
    expect(store.getState().problems[0]?.path).toBe('seed');
  });
});

describe('setSpeed', () => {
  it('clamps to the supported range', () => {
    const store = paused();
    store.getState().setSpeed(1000);
    expect(store.getState().speed).toBe(MAX_SPEED);
    store.getState().setSpeed(0);
    expect(store.getState().speed).toBe(MIN_SPEED);
    expect(clampSpeed(Number.NaN)).toBe(1);
  });
});

describe('applying a knob change', () => {
  it('puts the new scenario into the engine, in place or with a fresh one', () => {
    const store = paused();
    localEngine(store).run(1000);
    store.getState().patchScenario('queue.capacity', 5);
    expect(localEngine(store).scenario.queue.capacity).toBe(5);
  });
});

describe('knob changes and the running engine', () => {
  it('keeps the run going when the core can apply the change in place', () => {
    const store = paused();
    const engine = localEngine(store);
    engine.run(2000);
    const version = store.getState().version;
    store.getState().patchScenario('workload.pattern.ratePerSec', 90);
    expect(localEngine(store)).toBe(engine);
    expect(store.getState().version).toBe(version);
    expect(engine.now).toBe(2000);
  });

  it('starts a fresh run when the change needs one', () => {
    const store = paused();
    const engine = localEngine(store);
    store.getState().patchScenario('metrics.seriesLength', 100);
    expect(localEngine(store)).not.toBe(engine);
    expect(store.getState().version).toBe(1);
  });
});
