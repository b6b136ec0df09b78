import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import type { Scenario } from '../sim/scenario.ts';
import { strategyOf } from '../domain/strategies.ts';
import { createCompareFrameLoop, type FrameHost } from './compareFrameLoop.ts';
import { createCompareStore, type CompareStore } from './compareStore.ts';
import { MAX_COLUMNS, MIN_COLUMNS } from './comparison.ts';

/** A pretend browser: frames run when the test says, and the work clock is frozen or ticking. */
function fakeHost(tick = 0) {
  let pending: ((now: number) => void) | null = null;
  let t = 0;
  let hidden = false;
  const visibility = new Set<() => void>();
  const host: FrameHost = {
    requestFrame(callback) {
      pending = callback;
      return 1;
    },
    cancelFrame() {
      pending = null;
    },
    clock: () => (t += tick),
    isHidden: () => hidden,
    onVisibilityChange(callback) {
      visibility.add(callback);
      return () => visibility.delete(callback);
    },
  };
  let wall = 0;
  return {
    host,
    /** Runs one animation frame `dtMs` of wall time after the last. */
    frame(dtMs: number) {
      wall += dtMs;
      const run = pending;
      pending = null;
      run?.(wall);
    },
    hide(on: boolean) {
      hidden = on;
      visibility.forEach((c) => c());
    },
  };
}

function alone(scenario: Scenario, timeMs: number) {
  const engine = createSimulation(scenario, { eventCapacity: 0 });
  engine.advanceTo(timeMs);
  return engine.summary();
}

/** Every column at the store's time, and each equal to its scenario run alone to that time. */
function expectLockstep(store: CompareStore): void {
  const { clock, live, comparison } = store.getState();
  for (const engine of clock.engines) expect(engine.now).toBe(clock.now);
  expect(clock.scenarios).toBe(comparison.columns);
  comparison.columns.forEach((scenario, i) => {
    expect(clock.engines[i]?.summary()).toEqual(alone(scenario, clock.now));
  });
  // What React shows is one moment for every column.
  for (const summary of live.summaries) expect(summary.timeMs).toBe(live.timeMs);
}

describe('the compare store and its frame loop', () => {
  it('plays every column forward together, at the chosen speed', () => {
    const store = createCompareStore({ playing: true });
    const fake = fakeHost();
    createCompareFrameLoop(store, fake.host);
    store.getState().setSpeed(4);
    fake.frame(16); // the first frame only starts the clock
    fake.frame(100);
    fake.frame(100);
    expect(store.getState().clock.now).toBe(800);
    store.getState().pause();
    expect(store.getState().live.timeMs).toBe(800);
    expectLockstep(store);
  });

  it('stays in lockstep, and equal to each scenario alone, after any play, step and speed changes', () => {
    const action = fc.oneof(
      fc.constant({ kind: 'play' as const }),
      fc.constant({ kind: 'pause' as const }),
      fc.constant({ kind: 'toggle' as const }),
      fc.constant({ kind: 'step' as const }),
      fc.constant({ kind: 'reset' as const }),
      fc.constant({ kind: 'hide' as const }),
      fc.constant({ kind: 'show' as const }),
      fc.record({ kind: fc.constant('speed' as const), speed: fc.double({ min: 0, max: 200 }) }),
      fc.record({ kind: fc.constant('frame' as const), dt: fc.integer({ min: 0, max: 400 }) }),
      fc.record({ kind: fc.constant('add' as const) }),
      fc.record({ kind: fc.constant('remove' as const), index: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant('seed' as const), seed: fc.integer({ min: 0, max: 99 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(action, { maxLength: 30 }),
        fc.integer({ min: 0, max: 4 }),
        (actions, tick) => {
          const store = createCompareStore({ playing: false });
          const fake = fakeHost(tick);
          const loop = createCompareFrameLoop(store, fake.host);
          const s = () => store.getState();
          for (const a of actions) {
            switch (a.kind) {
              case 'play':
                s().play();
                break;
              case 'pause':
                s().pause();
                break;
              case 'toggle':
                s().toggle();
                break;
              case 'step':
                s().step();
                break;
              case 'reset':
                s().reset();
                expect(s().clock.now).toBe(0);
                break;
              case 'hide':
                fake.hide(true);
                break;
              case 'show':
                fake.hide(false);
                break;
              case 'speed':
                s().setSpeed(a.speed);
                break;
              case 'frame':
                fake.frame(a.dt);
                break;
              case 'add':
                s().addColumn();
                break;
              case 'remove':
                s().removeColumn(a.index);
                break;
              case 'seed':
                s().setShared('seed', a.seed);
                break;
            }
            for (const engine of s().clock.engines) expect(engine.now).toBe(s().clock.now);
          }
          s().pause();
          s().refreshLive();
          expectLockstep(store);
          loop.dispose();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('does not advance while paused or hidden', () => {
    const store = createCompareStore({ playing: true });
    const fake = fakeHost();
    createCompareFrameLoop(store, fake.host);
    fake.frame(16);
    fake.frame(50);
    const at = store.getState().clock.now;
    fake.hide(true);
    fake.frame(200);
    expect(store.getState().clock.now).toBe(at);
    fake.hide(false);
    fake.frame(16); // starts afresh, no catching up on the hidden spell
    expect(store.getState().clock.now).toBe(at);
    store.getState().pause();
    fake.frame(100);
    expect(store.getState().clock.now).toBe(at);
  });
});

describe('compare store actions', () => {
  it('starts every column again from zero after any change, keeping play state', () => {
    const store = createCompareStore({ playing: true });
    store.getState().clock.advanceTo(1500);
    const version = store.getState().version;
    expect(store.getState().setColumnField(1, 'queue.capacity', 7)).toBe(true);
    const state = store.getState();
    expect(state.version).toBe(version + 1);
    expect(state.clock.now).toBe(0);
    expect(state.playing).toBe(true);
    expect(state.comparison.columns[1]?.queue.capacity).toBe(7);
    expect(state.note).toMatch(/column B .*start again/);
  });

  it('changes a shared setting in every column', () => {
    const store = createCompareStore();
    expect(store.getState().setShared('workload.pattern.ratePerSec', 90)).toBe(true);
    expect(store.getState().setShared('seed', 42)).toBe(true);
    for (const column of store.getState().comparison.columns) {
      expect(column.workload.pattern).toEqual({ kind: 'steady', ratePerSec: 90 });
      expect(column.seed).toBe(42);
    }
  });

  it('refuses a bad value, says why, and keeps the last good comparison running', () => {
    const store = createCompareStore();
    store.getState().clock.advanceTo(500);
    const before = store.getState().comparison;
    expect(store.getState().setShared('seed', -3)).toBe(false);
    expect(store.getState().setColumnField(2, 'queue.capacity', 'lots')).toBe(false);
    const state = store.getState();
    expect(state.comparison).toBe(before);
    expect(state.clock.now).toBe(500);
    expect(state.problemsFrom).toBe('change');
    expect(state.problems).toEqual([
      expect.objectContaining({ column: 'C', path: 'queue.capacity' }),
    ]);
  });

  it('refuses to change a shared field through one column', () => {
    const store = createCompareStore();
    expect(store.getState().setColumnField(0, 'workload.keyCount', 3)).toBe(false);
    expect(store.getState().problems[0]?.message).toMatch(/shared by every column/);
  });

  it('adds columns up to four and removes them down to two', () => {
    const store = createCompareStore();
    const count = () => store.getState().comparison.columns.length;
    while (count() < MAX_COLUMNS) store.getState().addColumn();
    store.getState().addColumn();
    expect(count()).toBe(MAX_COLUMNS);
    expect(new Set(store.getState().comparison.columns.map(strategyOf)).size).toBe(MAX_COLUMNS);
    while (count() > MIN_COLUMNS) store.getState().removeColumn(0);
    store.getState().removeColumn(0);
    expect(count()).toBe(MIN_COLUMNS);
    expect(store.getState().clock.engines).toHaveLength(MIN_COLUMNS);
  });

  it('puts a strategy in a column, sharing the priorities it needs with every column', () => {
    const store = createCompareStore();
    store.getState().chooseStrategy(1, 'drop-lowest-priority');
    const { comparison, note } = store.getState();
    expect(strategyOf(comparison.columns[1] as Scenario)).toBe('drop-lowest-priority');
    for (const column of comparison.columns)
      expect(column.workload.priorityWeights).toEqual([6, 3, 1]);
    expect(note).toMatch(/every column now uses priority shares 6:3:1/);
  });

  it('copies a real system’s settings into one column, keeping the shared workload', () => {
    const store = createCompareStore();
    const workload = store.getState().comparison.columns[0]?.workload;
    store.getState().applyPreset(2, 'tcp-window');
    const column = store.getState().comparison.columns[2] as Scenario;
    expect(column.feedback).toEqual({ kind: 'credit', window: 16, delayMs: 80 });
    expect(column.workload).toEqual(workload);
    expect(column.name).toBe('TCP window');
  });
});
