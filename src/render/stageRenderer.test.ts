import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { presetScenario } from '../sim/presets.ts';
import { takeSnapshot } from '../sim/snapshot.ts';
import { stageNumbersOfSnapshot } from './stageNumbers.ts';
import { StageRenderer, type StageView } from './stageRenderer.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

const view: StageView = {
  width: 800,
  height: 400,
  scale: 2,
  theme: LIGHT_THEME,
  palette: TEST_PALETTE,
  reducedMotion: false,
  fontScale: 1,
};

describe('StageRenderer', () => {
  it('draws at the pixel ratio and describes what it drew', () => {
    const engine = createSimulation(presetScenario('block'), { eventCapacity: 4096 });
    const r = new StageRenderer();
    expect(r.describe(TEST_PALETTE.labels)).toBe('The stage is loading.');
    engine.run(5000);
    const ctx = createFakeContext();
    r.frame(ctx, engine, view, 0);
    expect(ctx.calls.find((c) => c.name === 'setTransform')?.args).toEqual([2, 0, 0, 2, 0, 0]);
    expect(r.describe(TEST_PALETTE.labels)).toMatch(/^Queue \d+ of 20/);
  });

  it('says in words the numbers the page published, like the picture', () => {
    const engine = createSimulation(presetScenario('block'), { eventCapacity: 4096 });
    engine.run(5000);
    const r = new StageRenderer();
    const snapshot = takeSnapshot(engine);
    const published = { ...stageNumbersOfSnapshot(snapshot, 65, 50), waiting: 3, delivered: 77 };
    r.frame(createFakeContext(), engine, view, 0, published);
    const text = r.describe(TEST_PALETTE.labels);
    expect(text).toMatch(/^Queue 3 of 20/);
    expect(text).toContain('77 done');
  });

  it('starts the animation over when the engine is replaced', () => {
    const r = new StageRenderer();
    const ctx = createFakeContext();
    const a = createSimulation(presetScenario('drop-oldest'), { eventCapacity: 4096 });
    a.run(3000);
    r.frame(ctx, a, view, 0);
    expect(r.animator.spriteCount).toBeGreaterThan(0);
    const b = createSimulation(presetScenario('drop-oldest'), { eventCapacity: 4096 });
    r.frame(ctx, b, view, 16);
    expect(r.animator.spriteCount).toBe(0);
  });
});
