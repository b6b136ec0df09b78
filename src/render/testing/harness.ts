/** Runs a preset through the animator frame by frame, as the page would, for tests. */
import { createSimulation, type Engine } from '../../sim/engine.ts';
import { presetScenario } from '../../sim/presets.ts';
import type { Scenario } from '../../sim/scenario.ts';
import { takeSnapshot } from '../../sim/snapshot.ts';
import { DROP_REASONS, type DropReason } from '../../sim/types.ts';
import {
  preparePalette,
  type MarkShape,
  type PreparedPalette,
  type ReasonPaint,
} from '../paint.ts';
import type { StageScene } from '../scene.ts';
import { StageAnimator } from '../stageAnimator.ts';
import { layoutOptionsOf, stageConfigOf } from '../stageConfig.ts';
import type { StageNumbers } from '../stageNumbers.ts';
import { computeStageLayout, gridForSpace } from '../stageLayout.ts';
import type { WellGrid } from '../wellGrid.ts';

const SHAPES: MarkShape[] = [
  'square',
  'circle',
  'triangle',
  'diamond',
  'hexagon',
  'plus',
  'star',
  'ring',
];
const COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#8E5BD6',
];

/** A palette like the page's, made here so render tests do not depend on the UI. */
export const TEST_PALETTE: PreparedPalette = preparePalette({
  blocks: COLOURS.map((color, i) => ({ color, shape: SHAPES[i] as MarkShape })),
  reasons: Object.fromEntries(
    DROP_REASONS.map((r, i) => [
      r,
      {
        color: COLOURS[i % COLOURS.length] as string,
        dash: i % 2 ? [4, 2] : [],
        shape: SHAPES[i % SHAPES.length] as MarkShape,
        label: `Reason ${r}`,
      },
    ]),
  ) as unknown as Record<DropReason, ReasonPaint>,
});

export interface Harness {
  engine: Engine;
  animator: StageAnimator;
  wall: number;
  /**
   * The numbers a page published for its cards, passed with every frame until replaced (null: the
   * frame's own snapshot's, as before any page publishes).
   */
  numbers: StageNumbers | null;
  /** Advances wall time by `dtMs` and the simulation by `dtMs × speed`, then builds a frame. */
  step(dtMs: number, speed?: number, reducedMotion?: boolean): StageScene;
}

export function harness(
  scenarioOrPreset: Scenario | string,
  width = 900,
  height = 420,
  /** The reader's text size (1.2 with Large text), as the page's view would say. */
  fontScale = 1,
): Harness {
  const scenario =
    typeof scenarioOrPreset === 'string' ? presetScenario(scenarioOrPreset) : scenarioOrPreset;
  const engine = createSimulation(scenario, { eventCapacity: 1 << 14 });
  const animator = new StageAnimator();
  const config = stageConfigOf(scenario);
  const h: Harness = {
    engine,
    animator,
    wall: 1000,
    numbers: null,
    step(dtMs, speed = 1, reducedMotion = false) {
      h.wall += dtMs;
      engine.advanceTo(engine.now + dtMs * speed);
      const lanes = scenario.consumers.ordering === 'per-key' ? engine.workers.length : 1;
      const options = layoutOptionsOf(config, fontScale);
      const grid = gridFor(width, height, config.capacity, lanes, options, config.memoryRoom);
      const layout = layoutFor(width, height, grid, options);
      const snapshot = takeSnapshot(engine, grid.cellsPerLane, grid.cellsPerLane);
      return animator.frame({
        snapshot,
        events: engine.events,
        layout,
        grid,
        config,
        numbers: h.numbers,
        wallNow: h.wall,
        reducedMotion,
      });
    },
  };
  return h;
}

type Options = ReturnType<typeof layoutOptionsOf>;

// One grid object per shape, as the renderer keeps it, so the animator's piles persist.
const grids = new Map<string, WellGrid>();
function gridFor(
  w: number,
  hgt: number,
  capacity: number | null,
  lanes: number,
  o: Options,
  memoryRoom: number | null,
) {
  const key = `${w}|${hgt}|${capacity}|${memoryRoom}|${lanes}|${o.credit}|${o.memory}|${o.fontScale}|${o.extraLines}`;
  let g = grids.get(key);
  if (g === undefined) {
    g = gridForSpace(w, hgt, capacity, lanes, o, memoryRoom);
    grids.set(key, g);
  }
  return g;
}

const layouts = new Map<string, ReturnType<typeof computeStageLayout>>();
function layoutFor(w: number, hgt: number, grid: WellGrid, o: Options) {
  const key = `${w}|${hgt}|${JSON.stringify(grid)}|${o.credit}|${o.memory}|${o.fontScale}|${o.extraLines}`;
  let l = layouts.get(key);
  if (l === undefined) {
    l = computeStageLayout(w, hgt, grid, o);
    layouts.set(key, l);
  }
  return l;
}
