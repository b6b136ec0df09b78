/**
 * A pipeline on the stage, drawn through the StageRenderer as the page draws it: every stage's well
 * at every width, words uncut and apart, consumers holding their block marked, the links' pressure.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, type Engine } from '../sim/engine.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { PIPELINE_PRESETS } from '../sim/pipelinePresets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { takeSnapshot } from '../sim/snapshot.ts';
import { chainHeightFor } from './chainLayout.ts';
import type { ChainScene } from './chainRenderer.ts';
import type { DrawnLabel } from './labels.ts';
import { StageRenderer, type StageView } from './stageRenderer.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

const FRAME = 1000 / 60;

function pipeline(id: string): Scenario {
  const preset = PIPELINE_PRESETS.find((p) => p.id === id);
  if (preset === undefined) throw new Error(`no preset ${id}`);
  const parsed = parseScenario(preset.scenario);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

function viewAt(width: number, stages: number, fontScale = 1): StageView {
  return {
    width,
    height: chainHeightFor(width, stages, fontScale),
    scale: 1,
    theme: LIGHT_THEME,
    palette: TEST_PALETTE,
    reducedMotion: false,
    fontScale,
  };
}

/** Runs `engine` for `frames` frames at `speed`, drawing each, and returns the renderer. */
function run(engine: Engine, view: StageView, frames: number, speed = 1): StageRenderer {
  const r = new StageRenderer();
  // Into the run, where the queues have built up, then frame by frame as the page draws.
  engine.advanceTo(9000);
  let wall = 1000;
  for (let i = 0; i < frames; i++) {
    wall += FRAME;
    engine.advanceTo(engine.now + FRAME * speed);
    r.frame(createFakeContext(), engine, view, wall);
  }
  return r;
}

function faults(labels: DrawnLabel[], width: number, height: number): string[] {
  const out: string[] = [];
  labels.forEach((a, i) => {
    if (a.shortened) out.push(`shortened: ${a.text}`);
    if (a.x < 0 || a.y < 0 || a.x + a.w > width + 0.5 || a.y + a.h > height + 0.5)
      out.push(`off the canvas: ${a.text}`);
    for (const b of labels.slice(i + 1)) {
      const overlap =
        a.x < b.x + b.w - 0.5 &&
        b.x < a.x + a.w - 0.5 &&
        a.y < b.y + b.h - 0.5 &&
        b.y < a.y + a.h - 0.5;
      if (overlap) out.push(`overlap: ${a.text} / ${b.text}`);
    }
  });
  return out;
}

describe('a pipeline on the stage', () => {
  for (const preset of PIPELINE_PRESETS) {
    it(`draws ${preset.id} with every word uncut and apart at 360, 700 and 1280 px`, () => {
      const scenario = pipeline(preset.id);
      const stages = 1 + (scenario.downstream?.length ?? 0);
      for (const width of [360, 700, 1280]) {
        for (const fontScale of [1, 1.25]) {
          const view = viewAt(width, stages, fontScale);
          const r = run(createSimulation(scenario, { eventCapacity: 1 << 14 }), view, 40);
          const labels = r.labels.list();
          expect(faults(labels, view.width, view.height), `${width} px ×${fontScale}`).toEqual([]);
          // Every stage is named, the first too, each over its own well: the name starts at the
          // well's left wall, not over the gap before it.
          const chain = (r as unknown as { chain: { scene: ChainScene } }).chain.scene;
          for (let k = 1; k <= stages; k++) {
            const title = labels.find((l) => l.text.startsWith(`Stage ${k}`));
            expect(title, `Stage ${k} at ${width} px`).toBeDefined();
            const well = chain.scenes[k - 1]!.layout.well;
            expect(title!.x, `Stage ${k} at ${width} px`).toBeGreaterThanOrEqual(well.x - 4);
            expect(title!.x, `Stage ${k} at ${width} px`).toBeLessThan(well.x + well.w);
          }
          expect(r.describe(TEST_PALETTE.labels)).toMatch(/^A pipeline of \d stages/);
        }
      }
    }, 120_000);
  }

  it('names the first stage from the scenario, as the later ones are', () => {
    const r = run(createSimulation(pipeline('pipeline-slow-database')), viewAt(1280, 3), 5);
    const words = r.labels.list().map((l) => l.text);
    expect(words).toContain('Stage 1 · API');
    expect(words).toContain('Stage 2 · worker pool');
  });

  it('marks the consumers holding a block for a full next stage, and the pressure on the link', () => {
    // The slow database backs the chain up from 8 s on: every stage above it ends up held.
    const engine = createSimulation(pipeline('pipeline-slow-database'), { eventCapacity: 1 << 14 });
    const r = run(engine, viewAt(700, 3), 180);
    const chain = (r as unknown as { chain: { scene: ChainScene } }).chain.scene;
    const stages = takeSnapshot(engine).stages ?? [];
    const first = chain.scenes[0]!;
    const held = first.workers.filter((w) => w.holding).map((w) => w.id);
    const blocked = stages[0]!.workers.filter((w) => w.status === 'blocked').map((w) => w.id);
    expect(blocked.length).toBeGreaterThan(0);
    expect(held).toEqual(blocked);
    expect(chain.links[0]!.holding).toBe(stages[0]!.holding);
    expect(chain.links[0]!.pressure).toBeGreaterThan(0.02);
    const words = r.labels.list().map((l) => l.text);
    expect(words.some((w) => /blocked \d+%|held \d+%|^\d+%$/.test(w))).toBe(true);
    expect(words.some((w) => /· (blocked, holding|holding|held)$/.test(w))).toBe(true);
    // A later stage's consumers are counted from 1 in its own panel.
    expect(chain.scenes[1]!.workers.map((w) => w.id)).toEqual([0, 1, 2, 3]);
  });
});
