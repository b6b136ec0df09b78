/**
 * One frame of the stage, from an engine to pixels: reads a snapshot (bounded per lane), lets the
 * animator plan motion, and draws. Keeps the derived pieces (scenario config, well grid, layout) and
 * rebuilds them only when their inputs change. No DOM, no store: the shell hands in a context, and
 * the numbers the page published for its cards.
 */
import type { Engine } from '../sim/engine.ts';
import type { Scenario } from '../sim/scenario.ts';
import { randomServiceMean } from './follow.ts';
import type { SimSnapshot } from '../sim/snapshot.ts';
import { takeSnapshot } from '../sim/snapshot.ts';
import { ChainRenderer } from './chainRenderer.ts';
import { describeChain } from './describeChain.ts';
import { describeStage } from './describeStage.ts';
import { drawChain } from './drawChain.ts';
import type { Ctx2D } from './draw/ctx.ts';
import { drawStage } from './drawStage.ts';
import { LabelLog } from './labels.ts';
import type { PreparedPalette } from './paint.ts';
import type { StageScene } from './scene.ts';
import { StageAnimator } from './stageAnimator.ts';
import { layoutOptionsOf, stageConfigOf, type StageConfig } from './stageConfig.ts';
import { computeStageLayout, gridForSpace, type StageLayout } from './stageLayout.ts';
import type { StageMoment } from './stageMoment.ts';
import type { StageNumbers } from './stageNumbers.ts';
import type { StageTheme } from './theme.ts';
import { MAX_CELLS, sameShape, type WellGrid } from './wellGrid.ts';

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
  /** The words the last frame drew, with their boxes. */
  readonly labels = new LabelLog();
  private engine: Engine | null = null;
  private scenario: Scenario | null = null;
  private config: StageConfig | null = null;
  private grid: WellGrid | null = null;
  private gridKey = '';
  private layout: StageLayout | null = null;
  private layoutGrid: WellGrid | null = null;
  private snapshot: SimSnapshot | null = null;
  private skipSnapshots = 0;
  /** A pipeline's chain of wells, made on its first frame. */
  private chain: ChainRenderer | null = null;
  /** Whether the last frame drew a chain. */
  private chained = false;

  /** @param clock a monotonic clock, ms, to keep snapshot cost in check */
  constructor(private readonly clock: () => number = () => 0) {}

  /** Whether the last frame left anything moving; a paused stage needs no redraw otherwise. */
  get animating(): boolean {
    return this.animator.animating || (this.chained && this.chain !== null && this.chain.animating);
  }

  /** The last snapshot drawn. */
  get lastSnapshot(): SimSnapshot | null {
    return this.snapshot;
  }

  /** The last layout drawn. */
  get lastLayout(): StageLayout | null {
    return this.layout;
  }

  /**
   * The engine's instant now, as the stage would show it with `numbers` (taken at the same instant):
   * a snapshot as many blocks deep as the well draws, and how far the events go.
   */
  capture(engine: Engine, numbers: StageNumbers): StageMoment {
    return {
      engine,
      snapshot: takeSnapshot(engine, this.snapshotLimit(), this.snapshotLimit()),
      eventsUntil: engine.events?.written ?? 0,
      numbers,
    };
  }

  /**
   * Draws a frame. With a `moment` of this engine, the picture and its words are that moment's (the
   * one the cards show); without one, the engine's own instant with `numbers` (tests, the page's
   * thread before its first refresh).
   */
  frame(
    ctx: Ctx2D,
    engine: Engine,
    view: StageView,
    wallNow: number,
    numbersIn: StageNumbers | null = null,
    moment: StageMoment | null = null,
  ): StageScene {
    const held = moment !== null && moment.engine === engine ? moment : null;
    const numbers = held !== null ? held.numbers : numbersIn;
    if (engine !== this.engine) {
      this.engine = engine;
      this.animator.reset();
      this.chain?.reset();
      this.snapshot = null;
      this.skipSnapshots = 0;
    }
    if (engine.scenario !== this.scenario || this.config === null) {
      // A knob changed (the same run, new settings): a story that has ended goes with the old ones.
      if (this.scenario !== null) this.animator.forgetEndedStory();
      this.scenario = engine.scenario;
      this.config = stageConfigOf(engine.scenario);
      // A chain's stages each take their own time: its story does not compare with one average.
      const chain = (engine.scenario.downstream?.length ?? 0) > 0;
      this.animator.follower.serviceMeanMs = chain
        ? null
        : randomServiceMean(engine.scenario.consumers.service);
      this.animator.follower.handsOnTo = chain ? 'stage 2' : null;
    }
    const config = this.config;
    const snapshot = held !== null ? held.snapshot : this.readSnapshot(engine);
    if (held !== null) this.snapshot = snapshot;
    const eventsUntil = held?.eventsUntil;
    const stages = snapshot.stages;
    this.chained = stages !== undefined && stages.length > 1;
    if (stages !== undefined && stages.length > 1) {
      const chain = (this.chain ??= new ChainRenderer());
      const scene = chain.frame(this.animator, {
        snapshot,
        stages,
        events: engine.events,
        eventsUntil,
        scenario: engine.scenario,
        config,
        width: view.width,
        height: view.height,
        fontScale: view.fontScale,
        numbers: numbers !== null && numbers.timeMs <= snapshot.now ? numbers : null,
        reasonLabels: view.palette.labels,
        wallNow,
        reducedMotion: view.reducedMotion,
      });
      const firstScene = scene.scenes[0] as StageScene;
      this.layout = firstScene.layout;
      // A single stage drawn next (the pipeline taken away) lays itself out afresh.
      this.gridKey = '';
      this.layoutGrid = null;
      ctx.setTransform(view.scale, 0, 0, view.scale, 0, 0);
      drawChain(ctx, scene, view.theme, view.palette, this.labels);
      return firstScene;
    }
    const lanes = snapshot.lanes.length;
    const options = layoutOptionsOf(config, view.fontScale);
    const key = `${view.width}|${view.height}|${view.fontScale}|${options.credit}|${options.memory}|${options.extraLines}|${config.capacity}|${config.memoryRoom}|${lanes}`;
    if (this.grid === null || key !== this.gridKey) {
      const grid = gridForSpace(
        view.width,
        view.height,
        config.capacity,
        lanes,
        options,
        config.memoryRoom,
      );
      // Keep the same object for the same shape, so the piles (and every block's cell) survive.
      if (this.grid === null || !sameShape(grid, this.grid)) this.grid = grid;
      else this.grid.cell = grid.cell;
      this.layout = computeStageLayout(view.width, view.height, this.grid, options);
      this.layoutGrid = this.grid;
      this.gridKey = key;
    }
    const grid = this.grid;
    if (this.layout === null || this.layoutGrid !== grid) {
      this.layout = computeStageLayout(view.width, view.height, grid, options);
      this.layoutGrid = grid;
    }
    const scene = this.animator.frame({
      snapshot,
      events: engine.events,
      eventsUntil,
      layout: this.layout,
      grid,
      config,
      numbers: numbers !== null && numbers.timeMs <= snapshot.now ? numbers : null,
      reasonLabels: view.palette.labels,
      wallNow,
      reducedMotion: view.reducedMotion,
    });
    ctx.setTransform(view.scale, 0, 0, view.scale, 0, 0);
    drawStage(ctx, scene, view.theme, view.palette, this.labels);
    return scene;
  }

  private readSnapshot(engine: Engine): SimSnapshot {
    if (this.snapshot !== null && this.skipSnapshots > 0) {
      this.skipSnapshots--;
      return this.snapshot;
    }
    const limit = this.snapshotLimit();
    const began = this.clock();
    this.snapshot = takeSnapshot(engine, limit, limit);
    const cost = this.clock() - began;
    if (cost > SNAPSHOT_BUDGET_MS)
      this.skipSnapshots = Math.min(30, Math.ceil(cost / SNAPSHOT_BUDGET_MS));
    return this.snapshot;
  }

  /** Blocks read from each end of a lane: as many as the well (or the chain's) draws. */
  private snapshotLimit(): number {
    const chainCells = this.chained ? (this.chain?.cellsPerLane ?? 0) : 0;
    return chainCells > 0 ? chainCells : (this.grid?.cellsPerLane ?? MAX_CELLS);
  }

  /** The text alternative for the last frame. */
  describe(labels: Parameters<typeof describeStage>[1]): string {
    if (this.snapshot === null) return 'The stage is loading.';
    // In words, the same numbers the stage writes (the cards' readout), not the frame's own.
    const n = this.animator.scene.numbers;
    const s =
      n === null
        ? this.snapshot
        : { ...this.snapshot, waiting: n.waiting, delivered: n.delivered, dropped: n.dropped };
    if (this.chained && this.chain !== null)
      return describeChain(s, this.chain.scene.links, labels, this.animator.scene.producerShares);
    return describeStage(s, labels, this.animator.scene.producerShares);
  }
}
