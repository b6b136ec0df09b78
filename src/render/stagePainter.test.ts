import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { presetScenario } from '../sim/presets.ts';
import { stageNumbersFrom } from './stageNumbers.ts';
import { StagePainter, WORDS_INTERVAL_MS, type StageOutputs } from './stagePainter.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { TEST_PALETTE } from './testing/harness.ts';
import { plainView } from './testing/painterView.ts';

function setup() {
  const reports: number[] = [];
  let now = 0;
  const outputs: StageOutputs = {
    describe: () => {},
    story: () => {},
    moment: () => {},
    labels: () => {},
    regions: () => {},
    words: () => reports.push(now),
  };
  const painter = new StagePainter(createFakeContext(), TEST_PALETTE, () => 0, outputs);
  painter.setView(plainView(800, 392));
  const engine = createSimulation(presetScenario('drop-oldest'), { eventCapacity: 4096 });
  /** Moves the run on (so the numbers, and their words, change) and paints at wall time `at`. */
  const paint = (at: number, on = engine) => {
    now = at;
    on.advanceTo(on.now + 250);
    painter.frame(on, at);
  };
  return { painter, paint, reports };
}

describe('StagePainter: where its words are', () => {
  it('reports them at most every so often while only the numbers change', () => {
    const { paint, reports } = setup();
    for (let t = 0; t < WORDS_INTERVAL_MS * 2; t += 50) paint(t);
    expect(reports).toEqual([0, WORDS_INTERVAL_MS]);
  });

  it('reports them on the next frame when the page lays something over the stage', () => {
    const { painter, paint, reports } = setup();
    paint(0);
    paint(50);
    painter.input({ kind: 'reserve', box: { text: 'Retries', x: 10, y: 10, w: 60, h: 20 } });
    paint(100);
    expect(reports).toEqual([0, 100]);
  });

  it('reports them on the next frame when the scenario on the stage changes', () => {
    const { paint, reports } = setup();
    paint(0);
    paint(50, createSimulation(presetScenario('no-backpressure'), { eventCapacity: 4096 }));
    expect(reports).toEqual([0, 50]);
  });
});

describe('StagePainter: its text alternative', () => {
  it('describes a new run on its first frame, even in the words it last said', () => {
    const said: string[] = [];
    const painter = new StagePainter(createFakeContext(), TEST_PALETTE, () => 0, {
      describe: (text) => said.push(text),
      story: () => {},
      moment: () => {},
      labels: () => {},
      regions: () => {},
    });
    painter.setView(plainView(800, 392));
    const run = () => createSimulation(presetScenario('drop-oldest'), { eventCapacity: 4096 });
    painter.frame(run(), 0);
    expect(said).toHaveLength(1);
    // A second run, a moment later (within the describing interval), at 0 s like the first: the
    // page may have dropped the first run's words, so they are said again.
    painter.frame(run(), 10);
    expect(said).toHaveLength(2);
    expect(said[1]).toBe(said[0]);
  });
});

describe('StagePainter: one instant on the page’s own thread', () => {
  it('draws the run as it stood when the cards were refreshed, until the next refresh', () => {
    const { painter } = setup();
    const engine = createSimulation(presetScenario('no-backpressure'), { eventCapacity: 4096 });
    engine.advanceTo(1500);
    const summary = engine.summary();
    const numbers = stageNumbersFrom(summary, engine.series, 100, engine);
    // The frame loop refreshes the cards, then paints in the same frame: the engine is at that instant.
    painter.publish(numbers);
    painter.frame(engine, 0);
    // Frames later the run has moved on, but the cards still show the refresh's numbers.
    for (let t = 16; t < 90; t += 16) {
      engine.advanceTo(engine.now + 16);
      painter.frame(engine, t);
      const scene = painter.renderer.animator.scene;
      expect(scene.snapshot.now).toBe(numbers.timeMs);
      expect(scene.snapshot.waiting).toBe(numbers.waiting);
    }
    expect(engine.now).toBeGreaterThan(numbers.timeMs);
  });
});

describe('StagePainter: a picture for every set of numbers', () => {
  it('draws newly published numbers at once, even scrolled out of view', () => {
    // In the worker the picture drawn with new numbers travels to the page with them: a frame
    // skipped then would leave the cards ahead of the stage until the next of the few off-screen
    // frames a second.
    const { painter } = setup();
    const engine = createSimulation(presetScenario('drop-oldest'), { eventCapacity: 4096 });
    painter.setView(plainView(800, 392, { onScreen: false }));
    expect(painter.frame(engine, 0)).toBe(true);
    engine.advanceTo(500);
    // Too soon after the last frame for one off screen, and no new numbers: nothing drawn.
    expect(painter.frame(engine, 40)).toBe(false);
    const interval = engine.scenario.metrics.sampleIntervalMs;
    const numbers = stageNumbersFrom(engine.summary(), engine.series, interval, engine);
    painter.publish(numbers, painter.capture(engine, numbers));
    expect(painter.frame(engine, 60)).toBe(true);
    expect(painter.renderer.animator.scene.numbers).toBe(numbers);
    // Once drawn, the off-screen pace holds again.
    engine.advanceTo(600);
    expect(painter.frame(engine, 80)).toBe(false);
  });
});
