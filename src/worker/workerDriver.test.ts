import { describe, expect, it, vi } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import type { ScenarioInput } from '../sim/scenario.ts';
import { SERIES_COLUMNS } from '../sim/series.ts';
import { createPlaygroundStore } from '../store/createPlaygroundStore.ts';
import type { FromWorker, LiveMessage, ToWorker } from './protocol.ts';
import { MirroredSeries, rowsSince } from './seriesRows.ts';
import { MirroredStageSeries, mirrorStages } from './stageMirror.ts';
import { WorkerDriver, type WorkerPort } from './workerDriver.ts';
import { LIGHT_THEME } from '../render/theme.ts';
import { plainView } from '../render/testing/painterView.ts';

function fakePort() {
  const sent: ToWorker[] = [];
  const port: WorkerPort = {
    postMessage: (message) => void sent.push(message),
    onmessage: null,
    terminate: () => {},
  };
  return {
    port,
    sent,
    /** A worker's frame; numbers alone come in a frame without a picture. */
    reply(message: FromWorker | LiveMessage) {
      const data: FromWorker =
        message.type === 'live'
          ? { type: 'frame', live: message, picture: null, stage: [] }
          : message;
      port.onmessage?.({ data } as MessageEvent<FromWorker>);
    },
  };
}

function parsed(input: ScenarioInput) {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function runFor(ms: number) {
  const engine = createSimulation(presetScenario('drop-oldest'));
  engine.run(ms);
  return engine;
}

/** What the worker would say about a real engine after `ms` of simulated time. */
function liveAfter(ms: number, fresh: boolean, run = 1, engine = runFor(ms)): LiveMessage {
  return {
    type: 'live',
    fresh,
    run,
    now: engine.now,
    summary: engine.summary(),
    sinceChange: engine.summarySinceChange(),
    blocked: engine.blocked,
    crashed: engine.crashed,
    restartAt: engine.restartAt,
    rateCap: engine.rateCap,
    bands: engine.triggerBands().slice(),
    series: rowsSince(engine.series, 0),
    stageSeries: engine.stageSeries && rowsSince(engine.stageSeries, 0),
  };
}

describe('WorkerDriver', () => {
  it('starts the worker on the scenario and forwards commands', () => {
    const { port, sent } = fakePort();
    const scenario = presetScenario('drop-oldest');
    const driver = new WorkerDriver(scenario, port);
    driver.setPlaying(true);
    driver.setSpeed(4);
    driver.step();
    expect(sent.map((m) => m.type)).toEqual(['load', 'playing', 'speed', 'step']);
    expect(sent[0]).toEqual({ type: 'load', scenario });
  });

  it('mirrors the run from the worker’s messages and tells the store', () => {
    const { port, reply } = fakePort();
    const driver = new WorkerDriver(presetScenario('drop-oldest'), port);
    const heard: boolean[] = [];
    driver.onUpdate((fresh) => heard.push(fresh));
    const source = runFor(4000);
    const message = liveAfter(4000, false, 1, source);
    reply(message);
    expect(driver.readout.now).toBe(4000);
    expect(driver.readout.summary()).toEqual(message.summary);
    expect(driver.readout.series.length).toBeGreaterThan(10);
    for (const column of SERIES_COLUMNS)
      expect(driver.readout.series.read(column)).toEqual(source.series.read(column));
    expect(heard).toEqual([false]);
    expect(driver.frame()).toBe(4000);
    expect(driver.frame()).toBe(0);
  });

  it('sends a trigger to the worker and mirrors the bands it reports', () => {
    const { port, reply, sent } = fakePort();
    const driver = new WorkerDriver(presetScenario('drop-oldest'), port);
    driver.inject({ kind: 'outage', durationMs: 500 });
    expect(sent.at(-1)).toEqual({ type: 'inject', trigger: { kind: 'outage', durationMs: 500 } });
    const source = runFor(1000);
    source.inject({ kind: 'outage', durationMs: 500 });
    reply(liveAfter(1000, false, 1, source));
    expect(driver.readout.triggerBands()).toEqual([
      { kind: 'outage', fromMs: 1000, toMs: 1500, factor: 1 },
    ]);
  });

  it('gives a new run a new readout, so readers start over', () => {
    const { port, reply } = fakePort();
    const driver = new WorkerDriver(presetScenario('drop-oldest'), port);
    reply(liveAfter(2000, false));
    const before = driver.readout;
    reply(liveAfter(100, true, 2));
    expect(driver.readout).not.toBe(before);
    expect(driver.readout.now).toBe(100);
  });

  it('reads a loaded run as new at once, and drops frames still coming about the old one', () => {
    const { port, reply } = fakePort();
    const driver = new WorkerDriver(presetScenario('drop-oldest'), port);
    const heard = vi.fn();
    driver.onUpdate(heard);
    reply(liveAfter(2000, false));
    expect(driver.readout.summary().delivered).toBeGreaterThan(0);
    driver.load(presetScenario('drop-oldest'));
    expect(heard).toHaveBeenLastCalledWith(true);
    expect(driver.readout.now).toBe(0);
    expect(driver.readout.summary().delivered).toBe(0);
    // A frame the worker sent about run 1 before it read the load.
    reply(liveAfter(2100, false, 1));
    expect(driver.readout.now).toBe(0);
    expect(driver.readout.summary().delivered).toBe(0);
    reply(liveAfter(100, true, 2));
    expect(driver.readout.now).toBe(100);
    reply(liveAfter(200, false, 2));
    expect(driver.readout.now).toBe(200);
  });

  it('passes on where the stage parts are from a frame it drops, said once per layout', () => {
    const { port } = fakePort();
    const driver = new WorkerDriver(presetScenario('drop-oldest'), port);
    const said = vi.fn();
    driver.onStage(said);
    driver.load(presetScenario('drop-oldest'));
    const regions = { width: 300, height: 200, regions: {} };
    // About run 1, sent before the worker read the load: its words go, its regions stay.
    port.onmessage?.({
      data: {
        type: 'frame',
        live: liveAfter(100, false, 1),
        picture: null,
        stage: [
          { type: 'regions', regions },
          { type: 'story', text: 'Message 7 waiting' },
        ],
      },
    } as MessageEvent<FromWorker>);
    // The load itself said the new run follows nothing; of the dropped frame, only the regions.
    expect(said.mock.calls).toEqual([
      [{ type: 'story', text: '' }],
      [{ type: 'regions', regions }],
    ]);
  });

  it('tells the stage at once that a new run follows no message, as the worker’s stage forgets it', () => {
    // Two loads in a row (a tour step sets its scenario, then starts it from zero): the worker's
    // stage cleared the followed story in a frame of the first run, which the page dropped, and
    // had nothing new to say in the second; the ended story stayed under every run after it.
    const { port } = fakePort();
    const driver = new WorkerDriver(presetScenario('drop-oldest'), port);
    const said = vi.fn();
    driver.onStage(said);
    port.onmessage?.({
      data: {
        type: 'frame',
        live: liveAfter(100, false, 1),
        picture: null,
        stage: [{ type: 'story', text: 'Message 7: delivered' }],
      },
    } as MessageEvent<FromWorker>);
    expect(said).toHaveBeenLastCalledWith({ type: 'story', text: 'Message 7: delivered' });
    driver.load(presetScenario('drop-oldest'));
    driver.load(presetScenario('drop-oldest'));
    expect(said).toHaveBeenLastCalledWith({ type: 'story', text: '' });
  });

  it('drives a store: a fresh run bumps the version and refreshes the numbers', () => {
    const { port, reply, sent } = fakePort();
    const store = createPlaygroundStore({
      presetId: 'drop-oldest',
      playing: false,
      driver: (scenario) => new WorkerDriver(scenario, port),
    });
    store.getState().reset();
    expect(sent.at(-1)).toEqual({ type: 'load', scenario: store.getState().scenario });
    const tick = store.getState().live.tick;
    reply(liveAfter(500, true, 2));
    expect(store.getState().version).toBe(1);
    expect(store.getState().live.tick).toBe(tick + 1);
    expect(store.getState().live.timeMs).toBe(500);
  });
});

describe('series rows', () => {
  it('rebuild the same series on the page however the messages fall', () => {
    const engine = runFor(0);
    const ring = new MirroredSeries(engine.scenario.metrics.seriesLength);
    let sent = 0;
    for (const step of [150, 1, 999, 20_000, 3, 70_000]) {
      engine.run(step);
      const rows = rowsSince(engine.series, sent);
      sent = engine.series.total;
      if (rows) ring.append(rows);
      expect(ring.total).toBe(engine.series.total);
      for (const column of SERIES_COLUMNS)
        expect(ring.read(column)).toEqual(engine.series.read(column));
    }
  });

  it('rebuild a pipeline’s per-stage series on the page however the messages fall', () => {
    const engine = createSimulation(
      parsed({
        workload: { pattern: { kind: 'steady', ratePerSec: 90 } },
        metrics: { seriesLength: 50 },
        downstream: [
          { link: { kind: 'fire-and-forget' }, queue: { capacity: 4, whenFull: 'reject' } },
        ],
      }),
    );
    const stages = engine.stageSeries;
    if (stages === null) throw new Error('no stage series for a pipeline');
    const ring = new MirroredStageSeries(2, engine.scenario.metrics.seriesLength);
    let sent = 0;
    for (const step of [150, 1, 999, 20_000, 3, 7_000]) {
      engine.run(step);
      const rows = rowsSince(stages, sent);
      sent = stages.total;
      if (rows) ring.append(rows);
      expect(ring.total).toBe(engine.series.total);
      for (const column of stages.columns) expect(ring.read(column)).toEqual(stages.read(column));
    }
    expect(Math.max(...ring.read('stage2:dropRate'))).toBeGreaterThan(0);
  });

  it('a single stage sends no per-stage rows and mirrors none', () => {
    const message = liveAfter(2_000, true);
    expect(message.stageSeries).toBeNull();
    const { port, reply } = fakePort();
    const driver = new WorkerDriver(presetScenario('drop-oldest'), port);
    reply(message);
    expect(driver.readout.stageSeries).toBeNull();
  });

  it('a pipeline’s driver keeps the rows that come before its stage mirror is in', async () => {
    const scenario = parsed({
      workload: { pattern: { kind: 'steady', ratePerSec: 90 } },
      downstream: [{ queue: { capacity: 4 } }],
    });
    const engine = createSimulation(scenario);
    const { port, reply } = fakePort();
    const driver = new WorkerDriver(scenario, port);
    engine.run(1_000);
    reply(liveAfter(1_000, true, 1, engine));
    engine.run(500);
    const stages = engine.stageSeries;
    if (stages === null) throw new Error('no stage series');
    reply({ ...liveAfter(1_500, false, 1, engine), stageSeries: rowsSince(stages, 10) });
    await vi.waitFor(() => expect(driver.readout.stageSeries).not.toBeNull());
    for (const column of stages.columns)
      expect(driver.readout.stageSeries?.read(column)).toEqual(stages.read(column));
    expect(mirrorStages(scenario, []).columns).toEqual(stages.columns);
  });

  it('puts the stage’s picture on the canvas in the task that brings the cards its numbers', () => {
    const { port, sent, reply } = fakePort();
    const store = createPlaygroundStore({
      presetId: 'drop-oldest',
      playing: false,
      driver: (scenario) => new WorkerDriver(scenario, port),
    });
    const driver = store.getState().driver as WorkerDriver;
    const seen: { timeMs: number; labels: string }[] = [];
    let labels = '';
    driver.onStage((m) => {
      if (m.type === 'labels') labels = String(m.frame.timeMs);
    });
    const view = plainView(900, 420);
    // What the cards and the stage's words say as the picture goes on the canvas.
    driver.attachStage(view, () => seen.push({ timeMs: store.getState().live.timeMs, labels }));
    expect(sent.at(-1)).toMatchObject({ type: 'stage', view });
    const live = liveAfter(1500, false);
    const picture = { width: 900, height: 420, close: vi.fn() } as unknown as ImageBitmap;
    const frame = { timeMs: live.now, width: 900, height: 420, labels: [], banners: [] };
    reply({ type: 'frame', live, picture, stage: [{ type: 'labels', frame }] });
    expect(seen).toEqual([{ timeMs: 1500, labels: '' }]);
    // The words the stage drew are the page's by the end of the same task.
    expect(labels).toBe('1500');
    // The page says it has shown the picture, so the worker may send the next.
    expect(sent.at(-1)).toEqual({ type: 'presented' });
  });

  it('closes a picture no stage is there to show, and still says so', () => {
    const { port, sent, reply } = fakePort();
    const driver = new WorkerDriver(presetScenario('drop-oldest'), port);
    const detach = driver.attachStage(
      {
        width: 9,
        height: 9,
        scale: 1,
        backingWidth: 9,
        backingHeight: 9,
        theme: LIGHT_THEME,
        fontScale: 1,
        reducedMotion: false,
      },
      () => {
        throw new Error('no stage to show it on');
      },
    );
    detach();
    const close = vi.fn();
    reply({
      type: 'frame',
      live: null,
      picture: { width: 9, height: 9, close } as unknown as ImageBitmap,
      stage: [],
    });
    expect(close).toHaveBeenCalledOnce();
    expect(sent.at(-1)).toEqual({ type: 'presented' });
  });
});
