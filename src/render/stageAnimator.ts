/**
 * Turns the simulation's snapshot (what is where) and its event log (what just happened) into a
 * scene to draw. The snapshot is the truth: every resting block is placed from it each frame, so the
 * picture can never drift. Events only say where a newcomer came from and where a departing block
 * goes (the sink, the bin and why), and start wall-clock tweens for that.
 *
 * Work per frame is bounded whatever the message rate: at most EVENT_BUDGET events are read (past
 * that the animator resyncs from the snapshot), flights and pulses come from fixed pools, and resting
 * blocks are limited by the well's cells.
 */
import type { EventLog, SimEvent } from '../sim/eventLog.ts';
import type { BlockView, SimSnapshot } from '../sim/snapshot.ts';
import { DROP_REASONS } from '../sim/types.ts';
import { fadeSince } from './easing.ts';
import { FlightPool, FLIGHTS_PER_SEC_DISCRETE, FLIGHTS_PER_SEC_STREAM } from './flightPool.ts';
import { nextFlowMode, type FlowMode } from './flow.ts';
import { FlowMeters } from './flowMeters.ts';
import { createMover, placeMover, stepMover, type Mover } from './mover.ts';
import { PulsePool } from './pulsePool.ts';
import { RetryTray } from './retryTray.ts';
import {
  dropRoute,
  planArrival,
  planBackoff,
  planDeliver,
  planDirect,
  planDrop,
  planFall,
  planSettle,
  type DropRoute,
} from './routes.ts';
import type { StageScene } from './scene.ts';
import type { StageConfig } from './stageConfig.ts';
import {
  cellCenterX,
  cellCenterY,
  planWorkerRows,
  trayBlockSize,
  workerBlockSize,
  workerSlotX,
  workerSlotY,
  type StageLayout,
} from './stageLayout.ts';
import { stackUnit, type Cell, type WellGrid } from './wellGrid.ts';
import { WellPiles } from './wellPiles.ts';
import { WorkerFades } from './workerFades.ts';

export { FLIGHT_CAP } from './flightPool.ts';
export { PULSE_CAP } from './pulsePool.ts';

/** Events read per frame at most; more than this since the last frame means: resync. */
export const EVENT_BUDGET = 1024;

/** Messages whose colour is remembered from their produce event. */
const RECENT_STYLES = 512;
/** Lost blocks shrink to this fraction of their size on their way to the bin. */
const DROP_SCALE = 0.55;
const CRASH_FLASH_MS = 1100;
const FLUSH_FLASH_MS = 650;
const BUMP_MS = 450;
const FLASH_MS = 600;
const FADE_IN_MS = 180;

/**
 * How much to shorten motion at `perSec` messages a wall-clock second: not at all while a reader can
 * follow single messages, down to a quarter when the well changes dozens of times a second.
 */
export function tempoFor(perSec: number): number {
  if (!(perSec > 12)) return 1;
  return Math.max(0.25, 12 / perSec);
}

type Place = 'well' | 'worker' | 'held';

interface Sprite extends Mover {
  id: number;
  /** On its first journey in (from the producer), so a moved target bends the path's end. */
  arriving: boolean;
  size: number;
  style: number;
  alpha: number;
  flash: number;
  flashAt: number;
  bornAt: number;
  seen: number;
  place: Place;
  tx: number;
  ty: number;
}

export interface AnimatorFrame {
  snapshot: SimSnapshot;
  events: EventLog | null;
  layout: StageLayout;
  grid: WellGrid;
  config: StageConfig;
  /** Wall-clock time, ms. */
  wallNow: number;
  reducedMotion: boolean;
}

/** Where a blocked producer's held block waits: on the start of the conveyor. */
export function heldX(layout: StageLayout): number {
  return layout.exitX + layout.cell * 0.6 + 2;
}

/** The palette index of a block: its priority when priorities are in play, else its key. */
export function styleOf(block: BlockView, byPriority: boolean): number {
  return byPriority ? block.priority : block.key;
}

const REASON_FLUSHED = DROP_REASONS.indexOf('flushed');
const REASON_CONFLATED = DROP_REASONS.indexOf('conflated');

function emptyScene(): StageScene {
  return {
    snapshot: null as unknown as SimSnapshot,
    layout: null as unknown as StageLayout,
    grid: null as unknown as WellGrid,
    byPriority: false,
    reducedMotion: false,
    flow: 'discrete',
    producerShares: { stopped: 0, slowed: 0, running: 1, stopKind: 'blocked' },
    producerRate: 0,
    inRate: 0,
    outRate: 0,
    wire: new Float64Array(8),
    beltPhase: 0,
    laneStacked: [],
    laneUnit: [],
    laneLevel: [],
    sprites: [],
    flights: [],
    pulses: [],
    pulsesInFlight: 0,
    tray: [],
    workers: [],
    workerRows: { mode: 'rows', count: 0, rowH: 0, perRow: 1, tile: 0, top: 0 },
    crashFlash: 0,
    flushFlash: 0,
    sinkBump: 0,
    binBump: new Float64Array(DROP_REASONS.length),
    overflowBytes: 0,
    feedback: 'none',
    signalDelayMs: 0,
  };
}

export class StageAnimator {
  readonly scene: StageScene = emptyScene();
  private readonly sprites = new Map<number, Sprite>();
  private readonly spritePool: Sprite[] = [];
  private readonly flights = new FlightPool();
  private readonly pulses = new PulsePool();
  private readonly tray = new RetryTray();
  private readonly workers = new WorkerFades();
  private readonly meters = new FlowMeters();
  private readonly piles = new WellPiles();
  /** Where this frame's newcomers came from: id → index into originXY. */
  private readonly origins = new Map<number, number>();
  private readonly originXY = new Float64Array(EVENT_BUDGET * 2 + 2);
  private originCount = 0;
  /** Palette index of recently produced messages, so a block seen only in events keeps its colour. */
  private readonly recentStyles = new Map<number, number>();
  private readonly workerIndex = new Map<number, number>();
  private readonly cell: Cell = { col: 0, row: 0 };
  private cursor = 0;
  private frameNo = 0;
  private crashAt = -Infinity;
  private flushAt = -Infinity;
  private sinkAt = -Infinity;
  private readonly binAt = new Float64Array(DROP_REASONS.length).fill(-Infinity);
  private wasCrashed = false;
  private layout: StageLayout | null = null;
  private frameInput: AnimatorFrame | null = null;
  /** Per frame: full journeys (discrete), any tweens at all (motion), and how brisk motion is. */
  private discrete = true;
  private motion = true;
  private tempo = 1;

  /** Forgets everything: for a new engine. */
  reset(): void {
    for (const s of this.sprites.values()) this.spritePool.push(s);
    this.sprites.clear();
    this.clearTransients();
    this.workers.reset();
    this.meters.reset();
    this.recentStyles.clear();
    this.cursor = 0;
    this.scene.flow = 'discrete';
    this.crashAt = this.flushAt = this.sinkAt = -Infinity;
    this.binAt.fill(-Infinity);
    this.wasCrashed = false;
    this.scene.overflowBytes = 0;
    this.layout = null;
  }

  /** Whether anything is still moving or fading (a paused stage can skip redrawing otherwise). */
  get animating(): boolean {
    const s = this.scene;
    if (s.flights.length > 0 || s.pulses.length > 0) return true;
    if (s.crashFlash > 0 || s.flushFlash > 0 || s.sinkBump > 0) return true;
    for (const b of s.binBump) if (b > 0) return true;
    for (const sp of this.sprites.values()) {
      if (sp.dur > 0 || sp.alpha < 1 || sp.flash > 0) return true;
    }
    for (let i = 0; i < s.laneLevel.length; i++) {
      const target = (s.snapshot.lanes[i]?.count ?? 0) / (s.laneUnit[i] ?? 1);
      if (s.laneStacked[i] && Math.abs((s.laneLevel[i] ?? 0) - target) > 0.01) return true;
    }
    return false;
  }

  /** Current flow mode, for tests. */
  get flow(): FlowMode {
    return this.scene.flow;
  }

  /** Resting sprites tracked (bounded by the well's cells, the workers and the held block). */
  get spriteCount(): number {
    return this.sprites.size;
  }

  /** Advances to wall time `input.wallNow` and returns the scene to draw. */
  frame(input: AnimatorFrame): StageScene {
    const { snapshot, layout, wallNow, reducedMotion } = input;
    const scene = this.scene;
    const meters = this.meters;
    this.frameNo++;
    this.frameInput = input;

    meters.sample(snapshot, wallNow);
    const dtWall = Number.isFinite(meters.wallDt) ? meters.wallDt : 0;
    scene.flow = nextFlowMode(scene.flow, meters.perWallSecond);
    this.discrete = scene.flow === 'discrete' && !reducedMotion;
    this.motion = !reducedMotion;
    this.tempo = tempoFor(meters.perWallSecond);
    const perSec = this.discrete ? FLIGHTS_PER_SEC_DISCRETE : FLIGHTS_PER_SEC_STREAM;
    this.flights.refill(dtWall, perSec);

    // A new layout (resize, new well shape) invalidates every pixel position: place, don't tween.
    const relayout = this.layout !== layout;
    if (relayout) this.layout = layout;

    scene.snapshot = snapshot;
    scene.layout = layout;
    scene.grid = input.grid;
    scene.byPriority = input.config.byPriority;
    scene.reducedMotion = reducedMotion;
    scene.feedback = input.config.feedback;
    scene.signalDelayMs = input.config.signalDelayMs;
    Object.assign(scene.producerShares, meters.shares);
    scene.producerRate = meters.producerRate;
    scene.inRate = meters.inRate;
    scene.outRate = meters.outRate;
    scene.workerRows = planWorkerRows(layout, snapshot.workers.length);
    // The wire comes down to just above the first worker, wherever the rows sit.
    scene.wire.set(layout.wire);
    const rows = scene.workerRows;
    const rowsTop = rows.top - layout.fonts.bodyPx * (rows.mode === 'rows' ? 1.4 : 2);
    scene.wire[1] = Math.max(scene.wire[3] as number, rowsTop);
    this.workerIndex.clear();
    snapshot.workers.forEach((w, i) => this.workerIndex.set(w.id, i));

    const resync = this.readEvents(input.events) || relayout;
    if (resync) this.clearTransients();

    if (snapshot.crashed && !this.wasCrashed && this.crashAt < wallNow - CRASH_FLASH_MS) {
      this.crashAt = wallNow;
    }
    this.wasCrashed = snapshot.crashed;
    if (!snapshot.crashed && this.crashAt < wallNow - CRASH_FLASH_MS) scene.overflowBytes = 0;

    this.reconcile(input, resync);
    this.flights.advance(wallNow, scene.flights);
    scene.pulsesInFlight = this.pulses.advance(
      snapshot.now,
      wallNow,
      scene.wire,
      reducedMotion,
      scene.pulses,
    );
    this.tray.advance(snapshot, layout, wallNow, scene.tray);
    const coldStart = input.config.coldStartMs;
    this.workers.build(
      snapshot,
      coldStart,
      meters.simPerWall,
      wallNow,
      reducedMotion,
      scene.workers,
    );
    this.effects(snapshot, wallNow, dtWall);
    return scene;
  }

  /** Flashes, bumps and the belts' stripes: momentary, and still under reduced motion. */
  private effects(snapshot: SimSnapshot, wallNow: number, dtWall: number): void {
    const scene = this.scene;
    const motion = this.motion;
    const crashed = snapshot.crashed ? 0.35 : 0;
    scene.crashFlash = motion ? fadeSince(wallNow, this.crashAt, CRASH_FLASH_MS) : crashed;
    scene.flushFlash = motion ? fadeSince(wallNow, this.flushAt, FLUSH_FLASH_MS) : 0;
    scene.sinkBump = motion ? fadeSince(wallNow, this.sinkAt, BUMP_MS) : 0;
    for (let r = 0; r < DROP_REASONS.length; r++) {
      scene.binBump[r] = motion ? fadeSince(wallNow, this.binAt[r] as number, BUMP_MS) : 0;
    }
    const status = snapshot.producer.status;
    if (motion && (status === 'running' || status === 'slowed')) {
      // Stripes move faster with the rate, but on a log scale so 10,000/s is not a blur.
      const speed = 18 + 14 * Math.log2(1 + scene.inRate);
      scene.beltPhase = (scene.beltPhase + (speed * dtWall) / 1000) % 1000;
    }
  }

  // ---- Events -------------------------------------------------------------------------------------

  /** Reads what happened since the last frame; returns true when it fell behind and must resync. */
  private readEvents(log: EventLog | null): boolean {
    this.origins.clear();
    this.originCount = 0;
    if (log === null) return false;
    if (this.cursor > log.written) this.cursor = 0; // a different log: start over
    if (log.written - this.cursor > EVENT_BUDGET) {
      this.cursor = log.written;
      return true;
    }
    const { cursor, missed } = log.readSince(this.cursor, this.visit);
    this.cursor = cursor;
    return missed > 0;
  }

  private readonly visit = (e: SimEvent): void => {
    const input = this.frameInput as AnimatorFrame;
    const now = input.wallNow;
    const layout = this.layout as StageLayout;
    switch (e.kind) {
      case 'produce':
        this.rememberStyle(e.id, input.config.byPriority ? e.b : e.a);
        if (this.discrete) this.setOrigin(e.id, heldX(layout), layout.exitY);
        break;
      case 'conflate': {
        // The newcomer takes the old block's place, and flashes there.
        const old = this.sprites.get(e.a);
        if (old === undefined) break;
        if (this.motion) this.launch(old, REASON_CONFLATED, 'replaced', now, false);
        this.sprites.delete(e.a);
        old.id = e.id;
        old.flashAt = now;
        this.sprites.set(e.id, old);
        break;
      }
      case 'finish':
        this.onFinish(e.id, e.a, now, layout);
        break;
      case 'drop':
        this.onDrop(e.id, e.a, now, layout);
        break;
      case 'retry-wait':
        this.onBackoff(e.id, e.time, e.time + e.a, now, layout);
        break;
      case 'retry': {
        const entry = this.tray.take(e.id);
        if (entry !== null && this.discrete) this.setOrigin(e.id, entry.x, entry.y);
        break;
      }
      case 'signal-sent':
        this.pulses.add(e.a === 0 ? 'slow' : 'fast', e.time, e.b, now);
        break;
      case 'credit-sent':
        this.pulses.add('credit', e.time, e.b, now);
        break;
      case 'worker-added':
        this.workers.noteAdded(e.a, e.time);
        break;
      case 'crash':
        this.crashAt = now;
        this.scene.overflowBytes = e.b;
        break;
      case 'enqueue':
      case 'start':
      case 'refuse':
      case 'block':
      case 'unblock':
      case 'signal-arrived':
      case 'credit-arrived':
      case 'worker-ready':
      case 'worker-removed':
      case 'restart':
        // The snapshot shows the result of these; there is no journey to plan.
        break;
    }
  };

  private onFinish(id: number, workerId: number, now: number, layout: StageLayout): void {
    this.sinkAt = now;
    const s = this.sprites.get(id);
    if (s !== undefined) this.release(s);
    if (!this.discrete) return; // the output belt shows the stream
    // It leaves by way of its worker, even if it started and finished since the last frame.
    const i = this.workerIndex.get(workerId);
    const rows = this.scene.workerRows;
    const wx = i === undefined ? Number.NaN : workerSlotX(layout, rows, i);
    const wy = i === undefined ? 0 : workerSlotY(layout, rows, i);
    const size = workerBlockSize(layout, rows);
    if (s !== undefined) this.deliver(s.x, s.y, wx, wy, s.style, size, now, layout);
    else if (i !== undefined)
      this.deliver(wx, wy, Number.NaN, 0, this.styleOfId(id), size, now, layout);
  }

  private deliver(
    x: number,
    y: number,
    viaX: number,
    viaY: number,
    style: number,
    size: number,
    now: number,
    layout: StageLayout,
  ): void {
    const look = { style, reason: -1, fadeFrom: 0.6, size, endScale: 0.8 };
    const f = this.flights.start(x, y, look, false);
    if (f === null) return;
    const there = Number.isNaN(viaX) || Math.hypot(x - viaX, y - viaY) < 2;
    planDeliver(f, layout, now, there ? Number.NaN : viaX, viaY);
  }

  private onDrop(id: number, reasonIndex: number, now: number, layout: StageLayout): void {
    this.binAt[reasonIndex] = now;
    if (reasonIndex === REASON_FLUSHED) this.flushAt = now;
    if (reasonIndex === REASON_CONFLATED) return; // its fade began at the conflation
    const reason = DROP_REASONS[reasonIndex];
    if (reason === undefined) return;
    const s = this.sprites.get(id);
    const route = dropRoute(reason, s !== undefined);
    if (s !== undefined) {
      // A flush or a crash empties the well at once: shown whatever the allowance says.
      if (this.motion)
        this.launch(s, reasonIndex, route, now, route === 'flush' || route === 'crash');
      this.release(s);
      return;
    }
    if (!this.motion) return;
    const size = Math.min(layout.cell * 0.7, 18);
    const look = {
      style: this.styleOfId(id),
      reason: reasonIndex,
      fadeFrom: 0.75,
      size,
      endScale: DROP_SCALE,
    };
    const f = this.flights.start(this.originX(id, layout), this.originY(id, layout), look, false);
    if (f !== null) planDrop(f, layout, route, now, id);
  }

  private onBackoff(
    id: number,
    startAt: number,
    until: number,
    now: number,
    layout: StageLayout,
  ): void {
    const style = this.styleOfId(id);
    const entry = this.tray.add(id, style, startAt, until, layout, now);
    if (entry === null || !this.motion) return;
    const size = Math.min(layout.cell * 0.7, 18);
    const look = { style, reason: -1, fadeFrom: 1, size, endScale: trayBlockSize(layout) / size };
    const f = this.flights.start(this.originX(id, layout), this.originY(id, layout), look, false);
    if (f !== null) entry.visibleFrom = now + planBackoff(f, layout, entry.x, entry.y, now);
  }

  /** Sends a resting sprite's block off along a drop route, as a flight. */
  private launch(s: Sprite, reason: number, route: DropRoute, now: number, force: boolean): void {
    if (this.layout === null) return;
    const fadeFrom = route === 'crash' || route === 'replaced' ? 0 : 0.7;
    const look = { style: s.style, reason, fadeFrom, size: s.size, endScale: DROP_SCALE };
    const f = this.flights.start(s.x, s.y, look, force);
    if (f !== null) planDrop(f, this.layout, route, now, s.id);
  }

  /**
   * Where message `id` came from this frame: its origin, else the producer. In stream mode the
   * conveyor already shows the flow, so a refused block starts at the end of the conveyor.
   */
  private originX(id: number, layout: StageLayout): number {
    if (!this.discrete) return layout.conveyor.x1 - layout.cell;
    const o = this.origins.get(id);
    return o === undefined ? heldX(layout) : (this.originXY[o] as number);
  }
  private originY(id: number, layout: StageLayout): number {
    if (!this.discrete) return layout.conveyor.y1;
    const o = this.origins.get(id);
    return o === undefined ? layout.exitY : (this.originXY[o + 1] as number);
  }

  private setOrigin(id: number, x: number, y: number): void {
    if (this.originCount >= EVENT_BUDGET) return;
    const i = this.originCount++ * 2;
    this.originXY[i] = x;
    this.originXY[i + 1] = y;
    this.origins.set(id, i);
  }

  private rememberStyle(id: number, style: number): void {
    this.recentStyles.set(id, style);
    if (this.recentStyles.size > RECENT_STYLES) {
      const oldest = this.recentStyles.keys().next();
      if (oldest.done !== true) this.recentStyles.delete(oldest.value);
    }
  }

  private styleOfId(id: number): number {
    return this.sprites.get(id)?.style ?? this.recentStyles.get(id) ?? 0;
  }

  private clearTransients(): void {
    this.flights.clear();
    this.pulses.clear();
    this.tray.clear();
    this.scene.flights.length = 0;
    this.scene.pulses.length = 0;
    this.scene.tray.length = 0;
    this.origins.clear();
    this.originCount = 0;
  }

  // ---- Resting blocks -----------------------------------------------------------------------------

  private reconcile(input: AnimatorFrame, resync: boolean): void {
    const { snapshot, grid, layout, wallNow } = input;
    const scene = this.scene;
    const lanes = snapshot.lanes;
    if (resync || this.piles.currentGrid !== grid) this.piles.reset(grid);
    scene.laneStacked.length = lanes.length;
    scene.laneUnit.length = lanes.length;
    const dt = this.meters.wallDt;
    for (let l = 0; l < lanes.length; l++) {
      const lane = lanes[l];
      if (lane === undefined) continue;
      const unit = stackUnit(grid, lane.count);
      const stacked = unit > 1;
      scene.laneStacked[l] = stacked;
      scene.laneUnit[l] = unit;
      // Stacked rows rise and fall smoothly rather than jumping with every message.
      const target = lane.count / unit;
      const level = scene.laneLevel[l];
      const snap = level === undefined || !this.motion || resync || !Number.isFinite(dt);
      scene.laneLevel[l] = snap ? target : level + (target - level) * (1 - Math.exp(-dt / 120));
      if (stacked) {
        this.piles.clearLane(l);
        continue;
      }
      const visible = Math.min(lane.blocks.length, grid.cellsPerLane);
      this.piles.update(l, lane.blocks, visible);
      for (let i = 0; i < visible; i++) {
        const b = lane.blocks[i] as BlockView;
        if (!this.piles.cellOf(b.id, this.cell)) continue;
        const x = cellCenterX(layout, this.cell.col);
        this.visitBlock(b, x, cellCenterY(layout, this.cell.row), 'well', input, resync);
      }
    }
    scene.laneLevel.length = lanes.length;

    const rows = scene.workerRows;
    const workers = snapshot.workers;
    for (let i = 0; i < workers.length; i++) {
      const block = (workers[i] as (typeof workers)[number]).block;
      if (block === null) continue;
      const x = workerSlotX(layout, rows, i);
      this.visitBlock(block, x, workerSlotY(layout, rows, i), 'worker', input, resync);
    }
    const held = snapshot.producer.held;
    if (held !== null) this.visitBlock(held, heldX(layout), layout.exitY, 'held', input, resync);

    // Whatever the snapshot no longer shows and no event took away simply goes.
    const out = scene.sprites;
    out.length = 0;
    for (const s of this.sprites.values()) {
      if (s.seen !== this.frameNo) {
        this.release(s);
        continue;
      }
      if (stepMover(s, wallNow)) {
        s.dur = 0;
        s.arriving = false;
      }
      s.alpha = this.motion ? Math.min(1, (wallNow - s.bornAt) / FADE_IN_MS) : 1;
      s.flash = this.motion ? fadeSince(wallNow, s.flashAt, FLASH_MS) : 0;
      out.push(s);
    }
  }

  private visitBlock(
    b: BlockView,
    tx: number,
    ty: number,
    place: Place,
    input: AnimatorFrame,
    resync: boolean,
  ): void {
    const layout = input.layout;
    const now = input.wallNow;
    let s = this.sprites.get(b.id);
    if (s === undefined) {
      s = this.spritePool.pop() ?? this.newSprite();
      s.id = b.id;
      s.flashAt = -Infinity;
      s.flash = 0;
      s.arriving = false;
      s.bornAt = -Infinity;
      this.sprites.set(b.id, s);
      const o = this.origins.get(b.id);
      if (!this.motion || resync) {
        placeMover(s, tx, ty);
      } else if (o !== undefined) {
        // Newcomers come from the producer's side (its exit, or the retry tray).
        placeMover(s, this.originXY[o] as number, this.originXY[o + 1] as number);
        this.journey(s, 'held', place, tx, ty, now, layout);
      } else if (place === 'well' && this.scene.flow === 'stream') {
        planFall(s, layout, tx, ty, now, this.tempo);
      } else {
        // Unknown origin (first frame, or it just came into view): fade in where it is.
        placeMover(s, tx, ty);
        s.bornAt = now;
      }
    } else if (s.tx !== tx || s.ty !== ty || s.place !== place) {
      if (!this.motion || resync) placeMover(s, tx, ty);
      else this.journey(s, s.place, place, tx, ty, now, layout);
    } else if (resync) {
      placeMover(s, tx, ty);
    }
    s.tx = tx;
    s.ty = ty;
    s.place = place;
    s.style = styleOf(b, input.config.byPriority);
    s.size = place === 'worker' ? workerBlockSize(layout, this.scene.workerRows) : layout.cell - 2;
    s.seen = this.frameNo;
  }

  /** Plans a sprite's move from one place to another (or to a new cell in the same place). */
  private journey(
    s: Sprite,
    from: Place,
    to: Place,
    tx: number,
    ty: number,
    now: number,
    layout: StageLayout,
  ): void {
    if (from === 'held' && to === 'well') {
      planArrival(s, layout, tx, ty, now);
      s.arriving = true;
    } else if (from === 'held' && to === 'worker') {
      planDirect(s, layout, tx, ty, now);
      s.arriving = true;
    } else if (s.arriving && from === to && s.n >= 2) {
      // Still on its way in and its cell moved (the column below fell): bend the end of the path.
      s.pts[2 * (s.n - 1)] = tx;
      s.pts[2 * (s.n - 1) + 1] = ty;
      if (to === 'well' && s.n >= 3) s.pts[2 * (s.n - 2)] = tx;
    } else {
      // Blocks leave the well for a worker many times a second at high rates: a quick hop then.
      planSettle(s, tx, ty, now, 320 * this.tempo);
      s.arriving = false;
    }
  }

  private newSprite(): Sprite {
    return {
      ...createMover(),
      id: -1,
      arriving: false,
      size: 0,
      style: 0,
      alpha: 1,
      flash: 0,
      flashAt: -Infinity,
      bornAt: -Infinity,
      seen: 0,
      place: 'well',
      tx: 0,
      ty: 0,
    };
  }

  private release(s: Sprite): void {
    if (this.sprites.get(s.id) === s) this.sprites.delete(s.id);
    s.seen = -1;
    this.spritePool.push(s);
  }
}
