import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { createPlaygroundStore } from '../store/createPlaygroundStore.ts';
import { createControlNotice } from './controlNotice.ts';
import { CONTROL_MESSAGE_TYPE, type ControlMessage, type StateMessage } from './embedContract.ts';
import { startFigureControl } from './figureControl.ts';

function setup(presetId = 'no-backpressure', seed?: number) {
  const scenario = { ...presetScenario(presetId), ...(seed === undefined ? {} : { seed }) };
  const store = createPlaygroundStore({ scenario, presetId, playing: false });
  const root = { dataset: {} as Record<string, string> };
  const notice = createControlNotice();
  const posted: StateMessage[] = [];
  const control = startFigureControl({
    store,
    root: root as unknown as HTMLElement,
    notice,
    opened: { scenario, presetId },
    id: 'fig-1',
    post: (message) => posted.push(message),
  });
  const send = (set: string | null, action: string | null = null) =>
    control.handle({ type: CONTROL_MESSAGE_TYPE, id: 'fig-1', set, action } as ControlMessage);
  return { store, root, notice, posted, control, send };
}

describe('startFigureControl', () => {
  it('reports the figure’s state at once, to the parent and on its root', () => {
    const { posted, root } = setup('block', 2);
    expect(posted).toEqual([
      {
        type: 'backpressure-playground:state',
        id: 'fig-1',
        strategy: 'block',
        preset: 'block',
        seed: 2,
        playing: false,
        problem: null,
      },
    ]);
    expect(root.dataset).toEqual({ strategy: 'block', preset: 'block', seed: '2' });
  });

  it('carries out a control and replies once with the new state', async () => {
    const { store, posted, root, send } = setup();
    send('strategy=block; consumers.count=2', 'play');
    await new Promise<void>((done) => queueMicrotask(done));
    expect(store.getState().scenario.consumers.count).toBe(2);
    expect(store.getState().playing).toBe(true);
    expect(posted).toHaveLength(2);
    expect(posted[1]).toMatchObject({ strategy: 'block', playing: true, problem: null });
    expect(root.dataset.strategy).toBe('block');
  });

  it('refuses a bad value: the figure is unchanged, the notice and the reply say why', () => {
    const { store, posted, notice, send } = setup();
    const before = store.getState().scenario;
    send('strategy=block; consumers.count=500', 'play');
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().playing).toBe(false);
    // The store's own problems (the playground's notice) are left alone.
    expect(store.getState().problems).toEqual([]);
    const problem = 'consumers.count: "500" is not a whole number from 1 to 100 workers';
    expect(notice.current?.message).toBe(problem);
    expect(posted.at(-1)).toMatchObject({ strategy: 'none', problem });
  });

  it('clears the notice once a later control works', () => {
    const { notice, send } = setup();
    send('strategy=blok');
    expect(notice.current).not.toBeNull();
    send('strategy=block');
    expect(notice.current).toBeNull();
  });

  it('reports changes made inside the figure too, once each, and only real ones', async () => {
    const { store, posted } = setup();
    const settled = () => new Promise<void>((done) => queueMicrotask(done));
    store.getState().refreshLive();
    await settled();
    expect(posted).toHaveLength(1);
    store.getState().play();
    await settled();
    expect(posted.at(-1)).toMatchObject({ playing: true, problem: null });
    // A preset changes the scenario, then its name: one report, never the half-way state.
    store.getState().loadPreset('drop-oldest');
    await settled();
    expect(posted.slice(2)).toMatchObject([{ strategy: 'drop-oldest', preset: 'drop-oldest' }]);
  });

  it('resets to what the figure opened on', () => {
    const { store, send } = setup('block', 2);
    send('preset=kafka; seed=9');
    expect(store.getState().presetId).toBe('kafka');
    send(null, 'reset');
    expect(store.getState().presetId).toBe('block');
    expect(store.getState().scenario).toEqual({ ...presetScenario('block'), seed: 2 });
  });

  it('stops reporting once disposed', async () => {
    const { store, posted, control } = setup();
    store.getState().play();
    control.dispose();
    await new Promise<void>((done) => queueMicrotask(done));
    expect(posted).toHaveLength(1);
  });
});
