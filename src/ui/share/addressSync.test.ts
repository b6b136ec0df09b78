import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeShareQuery } from '../../share/shareLink.ts';
import { joinPipelinePresets } from '../../sim/pipelinePresets.ts';
import { createPlaygroundStore } from '../../store/createPlaygroundStore.ts';
import { startAddressSync } from './addressSync.ts';
import { fakeAddressHost } from '../../share/testing/fakeAddressHost.ts';

describe('startAddressSync', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the link once a burst of changes settles', () => {
    const store = createPlaygroundStore({ presetId: 'drop-oldest', playing: false });
    const fake = fakeAddressHost('https://example.org/play/?utm=1');
    startAddressSync(store, fake.host, 400);
    for (const capacity of [11, 12, 13]) store.getState().patchScenario('queue.capacity', capacity);
    vi.advanceTimersByTime(399);
    expect(fake.writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fake.writes).toHaveLength(1);
    const url = new URL(fake.url());
    expect(url.pathname).toBe('/play/');
    // A changed preset's link is the whole difference: it no longer names the preset.
    expect(url.searchParams.has('preset')).toBe(false);
    expect(decodeShareQuery(url.search)).toEqual({
      ok: true,
      scenario: store.getState().scenario,
      presetId: null,
    });
  });

  it('drops the preset from the link after a change, and takes it back on undo', () => {
    const store = createPlaygroundStore({ presetId: 'kafka', playing: false });
    const fake = fakeAddressHost('https://example.org/');
    startAddressSync(store, fake.host, 400);
    store.getState().patchScenario('queue.capacity', 40, { record: true });
    vi.advanceTimersByTime(400);
    expect(fake.url()).toMatch(/^https:\/\/example\.org\/\?v=1&seed=\d+&s=/);
    store.getState().undo();
    vi.advanceTimersByTime(400);
    expect(fake.url()).toMatch(/\?preset=kafka&seed=\d+$/);
  });

  it('follows a pipeline’s later-stage knobs, as any knob', () => {
    joinPipelinePresets();
    const store = createPlaygroundStore({ presetId: 'pipeline-slow-database', playing: false });
    const fake = fakeAddressHost('https://example.org/');
    startAddressSync(store, fake.host, 400);
    const knob = 'downstream.1.consumers.count';
    expect(store.getState().patchScenario(knob, 7, { knob })).toBe(true);
    store.getState().patchScenario('downstream.0.consumers.service.meanMs', 25, { knob });
    vi.advanceTimersByTime(400);
    const decoded = decodeShareQuery(new URL(fake.url()).search);
    if (!decoded.ok) throw new Error('the link does not read back');
    expect(decoded.scenario.downstream?.[1]?.consumers.count).toBe(7);
    expect(decoded.scenario.downstream?.[0]?.consumers.service).toEqual({
      kind: 'exponential',
      meanMs: 25,
    });
  });

  it('leaves the address alone until something changes, and ignores unrelated state', () => {
    const store = createPlaygroundStore({ playing: false });
    const fake = fakeAddressHost('https://example.org/?preset=nope');
    startAddressSync(store, fake.host, 400);
    // The reader's display preferences belong to the reader, not to the link.
    store.getState().setTheme('dark');
    store.getState().setLargeText(true);
    store.getState().setHelpOpen(true);
    vi.advanceTimersByTime(1000);
    expect(fake.writes).toEqual([]);
  });

  it('follows the speed, the advanced knobs and the chart shown large', () => {
    const store = createPlaygroundStore({ presetId: 'block', playing: false });
    const fake = fakeAddressHost('https://example.org/');
    startAddressSync(store, fake.host, 400);
    store.getState().setSpeed(5);
    store.getState().setAdvanced(true);
    store.getState().setChartFocus('drops');
    vi.advanceTimersByTime(1000);
    expect(fake.writes).toEqual([
      'https://example.org/?preset=block&seed=1&speed=5&advanced=1&chart=drops',
    ]);
  });

  it('writes a pending change at once when the page is left', () => {
    const store = createPlaygroundStore({ presetId: 'block', playing: false });
    const fake = fakeAddressHost('https://example.org/');
    startAddressSync(store, fake.host, 400);
    store.getState().setSeed(99);
    fake.leave();
    expect(fake.writes).toEqual(['https://example.org/?preset=block&seed=99']);
    vi.advanceTimersByTime(1000);
    expect(fake.writes).toHaveLength(1);
  });

  it('follows a preset change, and stops when told', () => {
    const store = createPlaygroundStore({ playing: false });
    const fake = fakeAddressHost('https://example.org/');
    const stop = startAddressSync(store, fake.host, 400);
    store.getState().loadPreset('credit-window');
    vi.advanceTimersByTime(400);
    expect(fake.url()).toMatch(/\?preset=credit-window&seed=\d+$/);
    stop();
    store.getState().loadPreset('block');
    vi.advanceTimersByTime(1000);
    expect(fake.writes).toHaveLength(1);
  });
});
