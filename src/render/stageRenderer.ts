/**
 * One frame of the stage, from an engine to pixels: reads a snapshot (bounded per lane), lets the
 * animator plan motion, and draws. Keeps the derived pieces (scenario config, well grid, layout) and
 * rebuilds them only when their inputs change. No DOM, no store: the shell hands in a context.
 */
import type { Engine } from '../sim/engine.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { SimSnapshot } from '../sim/snapshot.ts';
import { takeSnapshot } from '../sim/snapshot.ts';
import { describeStage } from './describeStage.ts';
import type { Ctx2D } from './draw/ctx.ts';
import { drawStage } from './drawStage.ts';
import type { PreparedPalette } from './paint.ts';
import type { StageScene } from './scene.ts';
import { StageAnimator } from './stageAnimator.ts';
import { gridFor, stageConfigOf, type StageConfig } from './stageConfig.ts';
import { computeStageLayout, type StageLayout } from './stageLayout.ts';
import type { StageTheme } from './theme.ts';
import { MAX_CELLS, type WellGrid } from './wellGrid.ts';

export interface StageView {
  /** CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel the context is drawn at. */
  scale: number;
  theme: StageTheme;
  palette: PreparedPalette;
  reducedMotion: boolean;
  fontScale: number;
}

/** A snapshot that costs more than this (ms) is taken less often, so a huge queue cannot stall frames. */
const SNAPSHOT_BUDGET_MS = 2;

export class StageRenderer {
  readonly animator = new StageAnimator();
  private engine: Engine | null = null;
  private scenario: Scenario | null = null;
  private config: StageConfig | null = null;
  private grid: WellGrid | null = null;
  private gridLanes = -1;
  private layout: StageLayout | null = null;
  private layoutKey = '';
  private snapshot: SimSnapshot | null = null;
  private skipSnapshots = 0;

  /** @param clock a monotonic clock, ms, to keep snapshot cost in check */
  constructor(private readonly clock: () => number = () => 0) {}

  /** Whether the last frame left anything moving; a paused stage needs no redraw otherwise. */
  get animating(): boolean {
    return this.animator.animating;
  }

  /** The last snapshot drawn. */
  get lastSnapshot(): SimSnapshot | null {
    return this.snapshot;
  }

  frame(ctx: Ctx2D, engine: Engine, view: StageView, wallNow: number): StageScene {
    if (engine !== this.engine) {
      this.engine = engine;
      this.animator.reset();
      this.snapshot = null;
      this.skipSnapshots = 0;
    }
    if (engine.scenario !== this.scenario || this.config === null) {
      this.scenario = engine.scenario;
      this.config = stageConfigOf(engine.scenario);
      this.grid = null;
    }
    const snapshot = this.readSnapshot(engine);
    const lanes = snapshot.lanes.length;
    if (this.grid === null || lanes !== this.gridLanes) {
      this.grid = gridFor(this.config, lanes);
      this.gridLanes = lanes;
    }
    const credit = this.config.feedback === 'credit';
    const key = `${view.width}|${view.height}|${view.fontScale}|${credit}`;
    if (this.layout === null || key !== this.layoutKey || this.layoutGrid !== this.grid) {
      this.layout = computeStageLayout(view.width, view.height, this.grid, {
        fontScale: view.fontScale,
        credit,
      });
      this.layoutKey = key;
      this.layoutGrid = this.grid;
    }
    const scene = this.animator.frame({
      snapshot,
      events: engine.events,
      layout: this.layout,
      grid: this.grid,
      config: this.config,
      wallNow,
      reducedMotion: view.reducedMotion,
    });
    ctx.setTransform(view.scale, 0, 0, view.scale, 0, 0);
    drawStage(ctx, scene, view.theme, view.palette);
    return scene;
  }

  private layoutGrid: WellGrid | null = null;

  private readSnapshot(engine: Engine): SimSnapshot {
    if (this.snapshot !== null && this.skipSnapshots > 0) {
      this.skipSnapshots--;
      return this.snapshot;
    }
    const limit = this.grid?.cellsPerLane ?? MAX_CELLS;
    const began = this.clock();
    this.snapshot = takeSnapshot(engine, limit);
    const cost = this.clock() - began;
    if (cost > SNAPSHOT_BUDGET_MS)
      this.skipSnapshots = Math.min(30, Math.ceil(cost / SNAPSHOT_BUDGET_MS));
    return this.snapshot;
  }

  /** The text alternative for the last frame. */
  describe(labels: Parameters<typeof describeStage>[1]): string {
    if (this.snapshot === null) return 'The stage is loading.';
    return describeStage(this.snapshot, labels, this.animator.scene.producerShares);
  }
}
