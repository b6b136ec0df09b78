/**
 * One frame of a pipeline's stage: a chain of wells, one per stage (chainLayout.ts places them).
 * Each stage is animated by a single well's animator and drawn by the single well's code: the first
 * stage by the stage's own animator, with the producer, the events and the reader's follow; each
 * later one by an animator of its own fed a snapshot of that stage alone (laterStage.ts), its own
 * losses from the event log (a drop's b says the stage), and its way in: the link, along which every
 * block handed over travels (linkPath.ts). Between them, the links and how hard each one pushes back.
 */
import type { EventLog } from '../sim/eventLog.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { BlockView, SimSnapshot } from '../sim/snapshot.ts';
import type { StageView as PipelineStage } from '../sim/pipeline/stageSnapshot.ts';
import type { DropReason } from '../sim/types.ts';
import { planChain, panelGrid, panelLayout, type ChainPlan } from './chainLayout.ts';
import { stageTitleAt, type LinkView } from './draw/link.ts';
import { holdingIds, laterStageSnapshot, stageNumbersFor } from './laterStage.ts';
import { linkPath, LINK_POINTS } from './linkPath.ts';
import type { StageScene } from './scene.ts';
import { StageAnimator, type LaterStageWay } from './stageAnimator.ts';
import type { StageConfig } from './stageConfig.ts';
import type { LayoutOptions, StageLayout } from './stageLayout.ts';
import type { StageNumbers } from './stageNumbers.ts';
import { sameShape, type WellGrid } from './wellGrid.ts';

/** How quickly a link's pressure follows what it sees, wall ms (a time constant). */
const PRESSURE_MS = 1500;

export interface ChainScene {
  plan: ChainPlan;
  /** Per stage, first to last. */
  scenes: StageScene[];
  names: string[];
  /** Per stage, messages lost there so far. */
  lost: number[];
  /** Per link, from stage k to k + 1. */
  links: LinkView[];
  width: number;
  height: number;
}

export interface ChainFrame {
  snapshot: SimSnapshot;
  stages: PipelineStage<BlockView>[];
  events: EventLog | null;
  /** Events written by the snapshot's instant (absent: all). */
  eventsUntil?: number | undefined;
  scenario: Scenario;
  config: StageConfig;
  width: number;
  height: number;
  fontScale: number;
  numbers: StageNumbers | null;
  reasonLabels: Readonly<Record<DropReason, string>>;
  wallNow: number;
  reducedMotion: boolean;
}

interface Slot {
  grid: WellGrid | null;
  key: string;
  layout: StageLayout | null;
  /** A later stage's way in (the link) and out (its title), for the layouts it was made for. */
  way: LaterStageWay;
  wayFrom: StageLayout | null;
  wayTo: StageLayout | null;
}

export class ChainRenderer {
  private readonly later: StageAnimator[] = [];
  private readonly slots: Slot[] = [];
  private plan: ChainPlan | null = null;
  private planKey = '';
  private readonly pressure: number[] = [];
  private lastWall = Number.NaN;
  private readonly held = new Set<number>();
  private configs: StageConfig[] = [];
  private configScenario: Scenario | null = null;
  readonly scene: ChainScene = {
    plan: { direction: 'row', panels: [] },
    scenes: [],
    names: [],
    lost: [],
    links: [],
    width: 0,
    height: 0,
  };

  /** Forgets everything: for a new engine. */
  reset(): void {
    for (const a of this.later) a.reset();
    this.slots.length = 0;
    this.pressure.length = 0;
    this.lastWall = Number.NaN;
  }

  /** Whether a later stage is still moving (the first stage's animator says so for itself). */
  get animating(): boolean {
    return this.later.some((a) => a.animating);
  }

  /** The most cells any stage's well shows per lane: how much of each queue to read. */
  get cellsPerLane(): number {
    let most = 0;
    for (const s of this.slots) most = Math.max(most, s.grid?.cellsPerLane ?? 0);
    return most;
  }

  frame(first: StageAnimator, f: ChainFrame): ChainScene {
    const n = f.stages.length;
    const planKey = `${f.width}|${f.height}|${f.fontScale}|${n}`;
    if (this.plan === null || planKey !== this.planKey) {
      this.plan = planChain(f.width, f.height, n, { fontScale: f.fontScale });
      this.planKey = planKey;
    }
    const plan = this.plan;
    if (f.scenario !== this.configScenario) {
      this.configScenario = f.scenario;
      this.configs = f.stages.map((_, k) => configOf(f.scenario, f.config, k));
    }
    while (this.later.length < n - 1) this.later.push(new StageAnimator());
    const out = this.scene;
    out.plan = plan;
    out.width = f.width;
    out.height = f.height;
    out.scenes.length = 0;
    out.names.length = 0;
    out.lost.length = 0;
    const dt = Number.isNaN(this.lastWall) ? 0 : Math.max(0, f.wallNow - this.lastWall);
    this.lastWall = f.wallNow;
    const keep = dt <= 0 ? 1 : Math.exp(-dt / PRESSURE_MS);

    for (let k = 0; k < n; k++) {
      const stage = f.stages[k] as PipelineStage<BlockView>;
      const panel = plan.panels[k];
      const config = this.configs[k];
      if (panel === undefined || config === undefined) break;
      const snapshot = k === 0 ? f.snapshot : laterStageSnapshot(stage, f.snapshot.now);
      const options: LayoutOptions =
        k === 0
          ? {
              fontScale: f.fontScale,
              credit: f.config.feedback === 'credit',
              memory: f.config.memoryBudgetBytes !== null,
            }
          : { fontScale: f.fontScale };
      const { grid, layout } = this.place(k, panel, snapshot, stage, options);
      const numbers = f.numbers === null ? null : stageNumbersFor(stage, f.numbers, k === n - 1);
      const animator = k === 0 ? first : (this.later[k - 1] as StageAnimator);
      const above = k === 0 ? undefined : out.scenes[k - 1];
      const scene = animator.frame({
        snapshot,
        // A later stage reads only its own losses there; its newcomers come along the link.
        events: f.events,
        eventsUntil: f.eventsUntil,
        layout,
        grid,
        config,
        numbers,
        reasonLabels: f.reasonLabels,
        wallNow: f.wallNow,
        reducedMotion: f.reducedMotion,
        later: above === undefined ? null : this.wayInto(k, above.layout, layout, plan, panel),
        placeWhenBrief: true,
      });
      holdingIds(stage, this.held);
      for (const w of scene.workers) w.holding = this.held.has(w.id);
      out.scenes.push(scene);
      out.names.push(stage.name);
      out.lost.push(stage.dropped.total);
    }

    out.links.length = n - 1;
    for (let k = 0; k + 1 < n; k++) {
      const from = f.stages[k] as PipelineStage<BlockView>;
      const to = f.stages[k + 1] as PipelineStage<BlockView>;
      let consumers = 0;
      for (const w of from.workers) if (w.status !== 'retiring') consumers++;
      const now = consumers > 0 ? Math.min(1, from.holding / consumers) : 0;
      const before = this.pressure[k] ?? now;
      this.pressure[k] = before * keep + now * (1 - keep);
      const link = (out.links[k] ??= {
        kind: 'blocking',
        toStage: 2,
        toName: '',
        holding: 0,
        consumers: 0,
        pressure: 0,
        passed: 0,
      });
      link.kind = to.link === 'producer' ? 'blocking' : to.link;
      link.toStage = to.stage;
      link.toName = to.name;
      link.holding = from.holding;
      link.consumers = consumers;
      link.pressure = this.pressure[k] as number;
      link.passed = from.delivered;
    }
    return out;
  }

  /** How stage `k` (a later one) is fed and where its losses go, remade when a layout changes. */
  private wayInto(
    k: number,
    from: StageLayout,
    to: StageLayout,
    plan: ChainPlan,
    panel: ChainPlan['panels'][number],
  ): LaterStageWay {
    const slot = this.slots[k] as Slot;
    const way = slot.way;
    if (slot.wayFrom !== from || slot.wayTo !== to) {
      slot.wayFrom = from;
      slot.wayTo = to;
      way.index = k;
      linkPath(from, to, plan.direction, way.link);
      const title = stageTitleAt(to, plan.direction, panel.rect.x, { x: 0, y: 0 });
      way.lostX = title.x + to.fonts.bodyPx;
      way.lostY = title.y - to.fonts.bodyPx * 0.35;
    }
    return way;
  }

  /** Stage `k`'s grid and layout, rebuilt only when its panel or its well's shape changes. */
  private place(
    k: number,
    panel: ChainPlan['panels'][number],
    snapshot: SimSnapshot,
    stage: PipelineStage<BlockView>,
    options: LayoutOptions,
  ): { grid: WellGrid; layout: StageLayout } {
    const slot = (this.slots[k] ??= {
      grid: null,
      key: '',
      layout: null,
      way: { index: k, link: new Float64Array(LINK_POINTS * 2), lostX: 0, lostY: 0 },
      wayFrom: null,
      wayTo: null,
    });
    const lanes = snapshot.lanes.length;
    const key = `${panel.rect.x}|${panel.rect.y}|${panel.layoutW}|${panel.layoutH}|${options.fontScale}|${options.credit}|${options.memory}|${stage.capacity}|${lanes}`;
    if (slot.grid === null || slot.layout === null || key !== slot.key) {
      const grid = panelGrid(panel, stage.capacity, lanes, options);
      // Keep the same object for the same shape, so the piles (and every block's cell) survive.
      if (slot.grid === null || !sameShape(grid, slot.grid)) slot.grid = grid;
      else slot.grid.cell = grid.cell;
      slot.layout = panelLayout(panel, slot.grid, options);
      slot.key = key;
    }
    return { grid: slot.grid, layout: slot.layout };
  }
}

/** What the stage needs to know about stage `k` (the scenario's own config for the first). */
function configOf(scenario: Scenario, first: StageConfig, k: number): StageConfig {
  if (k === 0) return first;
  const spec = scenario.downstream?.[k - 1];
  return {
    byPriority: first.byPriority,
    feedback: 'none',
    signalDelayMs: 0,
    coldStartMs: spec?.consumers.autoscale?.coldStartMs ?? 0,
    capacity: spec?.queue.capacity ?? null,
    memoryBudgetBytes: null,
    memoryRoom: null,
    randomGaps: first.randomGaps,
    surgeAbovePerSec: null,
    limitWaits: null,
    priorityLevels: first.priorityLevels,
    beltStyles: first.beltStyles,
    // The producer retries into the first stage only.
    retryTries: null,
  };
}
