/**
 * Turns the simulation's snapshot (what is where) and its event log (what just happened) into a
 * scene to draw. The snapshot is the truth: every resting block is placed from it each frame, so the
 * picture can never drift. Events only say where a newcomer came from and where a departing block
 * goes (the sink, or its reason's place in the bin, by a route of its own), and start wall-clock
 * tweens for that. Each waiting block has the cell of its place in the queue (wellPiles.ts): the head
 * always in the same cell, and each departure moves the rest one cell along.
 *
 * How the queue moves, so that any still frame reads right (the caption's count, no block over
 * another, none through a wall, every block in the well square in its cell): like Tetris, in steps.
 *
 * - Inside the well nothing glides. At each moment the stage draws (ten a second), every waiting
 *   block whose place in the queue changed JUMPS to its new cell, all in the same frame, so a still
 *   frame finds the well's blocks in their cells, on the grid. A block taken by a consumer shows at
 *   its worker at once; a lost one leaves at once from just outside the left wall at its row.
 * - Newcomers, in queue order. One at a time, while a reader can follow single messages, a newcomer
 *   rides in from the producer along the conveyor to the mouth (over the rim, above its column,
 *   drawn faint: it is counted but not in its place yet), waits there until the next moment, then
 *   jumps into its cell. Only that one block is ever over the mouth. Any other newcomer (one joining
 *   while the rider is on its way, a burst, the stream of a busy well, one put ahead of others by its
 *   priority) shows in its cell at once, faint, and firms up a moment later (solid at once when a
 *   moment brings more newcomers than a quarter of the well's blocks); a rider still on its way
 *   when a newcomer joins behind it jumps into its cell first, so no block shows over an empty cell.
 *   So the blocks drawn never outnumber the caption, and fall short of it only by the one on its way.
 * - Motion outside the well stays continuous: blocks coming from the producer or a retry, going to a
 *   worker's slot or the sink, and lost ones going down beside the wall into the bin.
 *
 * It also follows the one message a reader picked (its place each frame and its story), and spots
 * the moments worth calling out.
 *
 * Work per frame is bounded whatever the message rate: at most EVENT_BUDGET events are read (past
 * that the animator resyncs from the snapshot), flights and pulses come from fixed pools, and resting
 * blocks are limited by the well's cells.
 */
import { packingStartsWords } from '../domain/stageWords.ts';
import type { EventLog, SimEvent } from '../sim/eventLog.ts';
import type { BlockView, LaneView, SimSnapshot } from '../sim/snapshot.ts';
import { DROP_REASONS, type DropReason } from '../sim/types.ts';
import { binLanding } from './binPlan.ts';
import { fadeSince } from './easing.ts';
import { formatCount } from './format.ts';
import { FlightPool, FLIGHTS_PER_SEC_DISCRETE, FLIGHTS_PER_SEC_STREAM } from './flightPool.ts';
import { nextFlowMode, type FlowMode } from './flow.ts';
import { FlowMeters } from './flowMeters.ts';
import { Follower, type FollowPlace } from './follow.ts';
import { concerns, pastOf, replayFollowed } from './followedEvents.ts';
import { MomentSpotter, REASON_SHORT, type Moment } from './moments.ts';
import { beginPath, createMover, extendPath, placeMover, stepMover, type Mover } from './mover.ts';
import { producerTag } from './producerReading.ts';
import { capCredits, PulsePool } from './pulsePool.ts';
import { RetryTray } from './retryTray.ts';
import {
  dropRoute,
  gapX,
  lostGapX,
  planArrival,
  planBackoff,
  planDeliver,
  planDirect,
  planDrop,
  planHandOver,
  planSettle,
  overRimY,
  streamFallMs,
  type DropRoute,
} from './routes.ts';
import type { BlockSprite, CalloutView, LaneMarks, StageScene } from './scene.ts';
import type { StageConfig } from './stageConfig.ts';
import {
  cellCenterX,
  cellCenterY,
  planWorkerRows,
  trayBlockSize,
  workerBlockSize,
  workerSlotX,
  workerSlotY,
  type Rect,
  type StageLayout,
} from './stageLayout.ts';

/** Whether (x, y) is inside the rectangle. */
function inside(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;
}
import { stageNumbersOfSnapshot, type StageNumbers } from './stageNumbers.ts';
import { packUnit, planLanePile, type Cell, type WellGrid } from './wellGrid.ts';
import { WellPiles } from './wellPiles.ts';
import { WorkerFades } from './workerFades.ts';

export { FLIGHT_CAP } from './flightPool.ts';
export { PULSE_CAP } from './pulsePool.ts';

/** Events read per frame at most; more than this since the last frame means: resync. */
export const EVENT_BUDGET = 1024;

/** Messages whose colour is remembered from their produce event. */
const RECENT_STYLES = 512;
/** Lost blocks shrink to this fraction of their size on their way to the bin. */
const DROP_SCALE = 0.7;
const CRASH_FLASH_MS = 1100;
const FLUSH_FLASH_MS = 650;
const BUMP_MS = 450;
const FLASH_MS = 600;
const FADE_IN_MS = 180;
/**
 * How long a newcomer ridden in to the mouth waits over it at most, wall ms, for its step into its
 * cell: the next moment the stage draws (ten a second), or after this long on a paused stage.
 */
const MOUTH_WAIT_MS = 250;
/**
 * How long the newest of a busy moment's newcomers takes to hop off the conveyor's end to the mouth
 * over its column, wall ms: well before the next moment, when it jumps into its cell.
 */
const HOP_MS = 80;
/** How long a newcomer shows faint in its cell before it counts as settled, wall ms. */
const NEWCOMER_FAINT_MS = 140;
/**
 * A newcomer is faint for at most this share of the time a block stays drawn in the well: by Little's
 * law it is also the share of the well drawn faint at any moment. (A full well turning over at 4× keeps
 * a block about 70 ms, less than NEWCOMER_FAINT_MS: every block was faint, and a reader saw a ghostly
 * well.)
 */
const FAINT_SHARE_OF_STAY = 0.25;
/** A fade shorter than this (two and a half frames) is no fade but a flicker: the newcomer shows solid. */
const FAINT_LEAST_MS = 40;
/**
 * A newcomer on its way into the well is drawn this faint until it lands: the queue holds it (the
 * caption and the cards count it) but it is not yet in its place, and a reader counting the solid
 * blocks sees the ones still coming apart from those that wait.
 */
export const INCOMING_ALPHA = 0.5;
/**
 * How long a moment's callout stays, and how long its fade takes at the end: brief, so it goes
 * rather than lingers faint (over a second of fading, its words spent most of it under the 4.5:1
 * contrast a reader needs, and a reader saw them as grey smudges).
 */
export const CALLOUT_MS = 3800;
const CALLOUT_FADE_MS = 150;
/** How long the caption stands out after the grey cells' scale grows, wall ms. */
const UNIT_NEWS_MS = 3000;

/**
 * A newcomer falls into a well only when the well's messages stay there this many falls' time or
 * more (see AnimatorFrame.placeWhenBrief); a block that would be gone before it landed is placed.
 */
export const BRIEF_STAY_FALLS = 3;

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
  /** New to the well and not yet in its cell: drawn faint (INCOMING_ALPHA) until it lands. */
  incoming: boolean;
  /** Ridden in to the mouth: over it, faint, until the next moment, when it jumps into its cell. */
  overMouth: boolean;
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
  /** New in the well this frame: when it shows is planned once every block has its place. */
  dropping: boolean;
  /** Wall time it shows from, faint until SETTLE_MS later (a newcomer waiting for its cell to clear). */
  appearAt: number;
  /** From its snapshot entry: for the story of a followed message. */
  lane: number;
  createdAt: number;
  enqueuedAt: number;
}

export interface AnimatorFrame {
  snapshot: SimSnapshot;
  events: EventLog | null;
  /**
   * Events written by the snapshot's instant (absent: all): a snapshot held back until the page
   * shows its numbers is drawn with the events up to it, none from after it.
   */
  eventsUntil?: number | undefined;
  layout: StageLayout;
  grid: WellGrid;
  config: StageConfig;
  /** The numbers the page published for its cards; null until it has (then the snapshot's). */
  numbers: StageNumbers | null;
  /** Drop reasons in words, for the moments read to screen readers (the bin's short names if absent). */
  reasonLabels?: Readonly<Record<DropReason, string>>;
  /** Wall-clock time, ms. */
  wallNow: number;
  reducedMotion: boolean;
  /** A later stage of a pipeline: fed by the link from the stage above (absent otherwise). */
  later?: LaterStageWay | null;
  /**
   * When the queue turns over faster than a block could fall into its cell (at 4× a busy queue can
   * turn over in a few frames), newcomers are placed in their cells and moved without tweens, so the
   * well shows its queue rather than a pile of blocks forever starting their fall at the mouth. Set
   * for a pipeline's stages.
   */
  placeWhenBrief?: boolean;
}

/** How a later stage of a pipeline is fed and where its losses go, in canvas px. */
export interface LaterStageWay {
  /** The stage as the simulation's events number it (`drop` events' b): 1 for the second stage. */
  index: number;
  /** The link from the stage above's hand-off box into this well's mouth (linkPath.ts). */
  link: Float64Array;
  /** Where its lost messages end up: its title, which counts them. */
  lostX: number;
  lostY: number;
}

/** What a reader asks of the stage: pick a block by pointer or by key, or stop following. */
export type StageInput =
  | { kind: 'pick'; x: number; y: number }
  | { kind: 'head' | 'newest' | 'left' | 'right' | 'up' | 'down' | 'clear' };

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

const emptyMarks = (): LaneMarks => ({
  headX: Number.NaN,
  headY: Number.NaN,
  headPacked: false,
  tailX: Number.NaN,
  tailY: Number.NaN,
  tailRowY: Number.NaN,
});

function emptyScene(): StageScene {
  return {
    snapshot: null as unknown as SimSnapshot,
    numbers: null as unknown as StageNumbers,
    layout: null as unknown as StageLayout,
    grid: null as unknown as WellGrid,
    byPriority: false,
    priorityLevels: 0,
    limitWaits: null,
    beltStyles: [0],
    retryTries: null,
    reducedMotion: false,
    flow: 'discrete',
    producerShares: { stopped: 0, slowed: 0, running: 1, stopKind: 'blocked' },
    producerRate: 0,
    randomGaps: false,
    surging: false,
    inRate: 0,
    outRate: 0,
    wire: new Float64Array(8),
    beltPhase: 0,
    packUnit: 1,
    packUnitNews: false,
    piles: [],
    marks: [],
    sprites: [],
    spokenFor: [],
    follow: null,
    followEnd: null,
    callouts: [],
    flights: [],
    pulses: [],
    pulsesInFlight: 0,
    tray: [],
    trayMore: 0,
    trayComing: 0,
    workers: [],
    workerRows: { mode: 'rows', count: 0, rowH: 0, perRow: 1, tile: 0, top: 0 },
    crashFlash: 0,
    flushFlash: 0,
    sinkBump: 0,
    binBump: new Float64Array(DROP_REASONS.length),
    feedback: 'none',
    signalDelayMs: 0,
  };
}

interface CalloutState extends CalloutView {
  at: number;
  /** The worker a "consumer added" is about. */
  worker: number;
  /** Drawn yet: a "producer blocked" tag waits until the light and the words say so too. */
  shown: boolean;
  /** When the moment happened, wall ms. */
  notedAt: number;
  /** Not drawn this frame. */
  waiting: boolean;
}

/** How long a "producer blocked" tag may wait for the producer to read as stopped, wall ms. */
const BLOCKED_TAG_WAIT_MS = 6000;

export class StageAnimator {
  readonly scene: StageScene = emptyScene();
  /** The followed message's story. */
  readonly follower = new Follower();
  private readonly sprites = new Map<number, Sprite>();
  private readonly spritePool: Sprite[] = [];
  private readonly flights = new FlightPool();
  private readonly pulses = new PulsePool();
  private readonly tray = new RetryTray();
  private readonly workers = new WorkerFades();
  private readonly meters = new FlowMeters();
  private readonly piles = new WellPiles();
  private readonly spotter = new MomentSpotter();
  /** Moments spotted since the shell last took them (for screen readers). */
  private readonly moments: Moment[] = [];
  private readonly calloutStates: CalloutState[] = [];
  /** Where this frame's newcomers came from: id → index into originXY. */
  private readonly origins = new Map<number, number>();
  private readonly originXY = new Float64Array(EVENT_BUDGET * 2 + 2);
  /** Per origin: the block came from the well's packed rows (a hop) rather than the producer. */
  private readonly originPacked = new Uint8Array(EVENT_BUDGET + 1);
  private originCount = 0;
  /** Palette index of recently produced messages, so a block seen only in events keeps its colour. */
  private readonly recentStyles = new Map<number, number>();
  private readonly workerIndex = new Map<number, number>();
  private readonly cell: Cell = { col: 0, row: 0 };
  private readonly landing = { x: 0, y: 0 };
  private cursor = 0;
  private frameNo = 0;
  private crashAt = -Infinity;
  private flushAt = -Infinity;
  private sinkAt = -Infinity;
  /** Simulated time of the last outage that reset: what fails then is shown leaving, all of it. */
  private resetSimAt = -Infinity;
  private readonly binAt = new Float64Array(DROP_REASONS.length).fill(-Infinity);
  private wasCrashed = false;
  /** When the crashed consumer last came back, wall ms: the crash's tag goes then. */
  private restartAt = -Infinity;
  private layout: StageLayout | null = null;
  private frameInput: AnimatorFrame | null = null;
  /** Per frame: full journeys (discrete), any tweens at all (motion), and how brisk motion is. */
  private discrete = true;
  private motion = true;
  private tempo = 1;
  /** This frame draws a new moment (the snapshot's instant moved on): the well's blocks step. */
  private moment = false;
  private lastInstant = Number.NaN;
  /** The followed message joined a lane this frame: say how many were ahead once it shows. */
  private followJoined = false;
  /** The followed message's lane while it waits. */
  private followLane = 0;
  private followEnqueuedAt = 0;
  /** Events about the followed message may have been lost unread (the log overwrote them). */
  private followMayMiss = false;
  /** A reader's request, applied on the next frame (when the scene is current). */
  private pending: StageInput | null = null;
  /** A later stage of a pipeline: how it is fed (null for a single or a first stage). */
  private later: LaterStageWay | null = null;
  /** Messages that had entered this (later) stage by the last frame, and newcomers left to bring over the link. */
  private enteredBefore = Number.NaN;
  private fromLink = 0;
  /** This frame, the queue turns over faster than a block could fall: place, don't tween. */
  private brief = false;
  /**
   * The one newcomer riding in from the producer's side over the rim (-1: none). A second rides only
   * once it is down inside the well: a crowd at the mouth would be blocks the caption counts but the
   * well does not show (a reader saw "12 / 20 waiting" over an empty well).
   */
  private riderId = -1;
  /** Messages that joined the queue this frame: several at once drop straight in, briskly. */
  private joinedNow = 0;
  /** The largest messages-per-grey-cell this run has used: the scale never shrinks back. */
  private runUnit = 1;
  private runUnitSince = -Infinity;
  /** What to tell the reader who asked for something the stage cannot give (empty when nothing). */
  private hint = '';
  private hintVersion = 0;

  /** Forgets everything: for a new engine. */
  reset(): void {
    for (const s of this.sprites.values()) this.spritePool.push(s);
    this.sprites.clear();
    this.clearTransients();
    this.workers.reset();
    this.meters.reset();
    this.recentStyles.clear();
    this.spotter.reset();
    this.calloutStates.length = 0;
    this.scene.callouts.length = 0;
    this.cursor = 0;
    this.scene.flow = 'discrete';
    this.crashAt = this.flushAt = this.sinkAt = this.resetSimAt = -Infinity;
    this.binAt.fill(-Infinity);
    this.wasCrashed = false;
    this.restartAt = -Infinity;
    this.enteredBefore = Number.NaN;
    this.scene.packUnit = 1;
    this.scene.packUnitNews = false;
    this.runUnit = 1;
    this.runUnitSince = -Infinity;
    // A hint about the old run (packed cells, an empty queue) means nothing in a new one.
    this.say('');
    this.scene.piles.length = 0;
    this.layout = null;
    if (this.follower.id !== null) this.follower.clear();
    this.scene.follow = null;
    this.scene.followEnd = null;
  }

  /**
   * The run's settings changed: an ended story (and its chip) told of the old ones, so it goes; a
   * story still going on stays, to tell what the new settings do to it.
   */
  forgetEndedStory(): void {
    if (this.follower.id === null || !this.follower.done) return;
    this.follower.clear();
    this.scene.followEnd = null;
  }

  /** Whether anything is still moving or fading (a paused stage can skip redrawing otherwise). */
  get animating(): boolean {
    const s = this.scene;
    if (s.flights.length > 0 || s.pulses.length > 0 || s.callouts.length > 0) return true;
    if (s.crashFlash > 0 || s.flushFlash > 0 || s.sinkBump > 0 || s.packUnitNews) return true;
    if (this.pending !== null) return true;
    for (const b of s.binBump) if (b > 0) return true;
    for (const sp of this.sprites.values()) {
      if (sp.dur > 0 || sp.alpha < 1 || sp.flash > 0) return true;
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

  /** A reader's pick or key; applied with the next frame. */
  input(request: StageInput): void {
    this.pending = request;
  }

  /** What to say about the followed message, or the hint for a request the stage could not meet. */
  get storyText(): string {
    return this.follower.id !== null ? this.follower.text() : this.hint;
  }

  /** Changes whenever `storyText` may have. */
  get storyVersion(): number {
    return this.follower.revision * 1000 + this.hintVersion;
  }

  /** Moments spotted since the last call, oldest first. */
  takeMoments(): Moment[] {
    if (this.moments.length === 0) return EMPTY_MOMENTS;
    const out = this.moments.slice();
    this.moments.length = 0;
    return out;
  }

  /** Advances to wall time `input.wallNow` and returns the scene to draw. */
  frame(input: AnimatorFrame): StageScene {
    const { snapshot, layout, wallNow, reducedMotion } = input;
    const scene = this.scene;
    const meters = this.meters;
    this.frameNo++;
    this.frameInput = input;
    this.moment = snapshot.now !== this.lastInstant;
    this.lastInstant = snapshot.now;

    meters.sample(snapshot, wallNow);
    const dtWall = Number.isFinite(meters.wallDt) ? meters.wallDt : 0;
    scene.flow = nextFlowMode(scene.flow, meters.perWallSecond);
    this.discrete = scene.flow === 'discrete' && !reducedMotion;
    this.motion = !reducedMotion;
    this.tempo = tempoFor(meters.perWallSecond);
    const perSec = this.discrete ? FLIGHTS_PER_SEC_DISCRETE : FLIGHTS_PER_SEC_STREAM;
    this.flights.refill(dtWall, perSec);
    this.later = input.later ?? null;
    // A later stage's newcomers this frame came over the link: as many as entered it since the last.
    const entered = snapshot.produced;
    this.fromLink =
      this.later !== null && !Number.isNaN(this.enteredBefore)
        ? Math.max(0, entered - this.enteredBefore)
        : 0;
    this.enteredBefore = entered;
    // Only while the whole queue is in view: else a block new to the picture may have waited, unseen.
    const lane = snapshot.lanes[0];
    if (lane !== undefined && lane.count > lane.blocks.length) this.fromLink = 0;
    // Little's law: a message stays waiting × (1 / arrivals per wall second) in the well.
    const stayMs = (snapshot.waiting / meters.perWallSecond) * 1000;
    this.brief =
      input.placeWhenBrief === true &&
      scene.flow === 'stream' &&
      stayMs < BRIEF_STAY_FALLS * streamFallMs(this.tempo);

    // A new layout (resize, new well shape) invalidates every pixel position: place, don't tween.
    const relayout = this.layout !== layout;
    if (relayout) this.layout = layout;

    scene.snapshot = snapshot;
    scene.layout = layout;
    scene.grid = input.grid;
    scene.byPriority = input.config.byPriority;
    scene.priorityLevels = input.config.priorityLevels;
    scene.limitWaits = input.config.limitWaits;
    scene.beltStyles = input.config.beltStyles;
    scene.retryTries = input.config.retryTries;
    scene.reducedMotion = reducedMotion;
    scene.feedback = input.config.feedback;
    scene.signalDelayMs = input.config.signalDelayMs;
    Object.assign(scene.producerShares, meters.shares);
    scene.producerRate = meters.producerRate;
    scene.randomGaps = input.config.randomGaps;
    const base = input.config.surgeAbovePerSec;
    scene.surging = base !== null && meters.producerRate > base;
    scene.inRate = meters.inRate;
    scene.outRate = meters.outRate;
    scene.numbers =
      input.numbers ?? stageNumbersOfSnapshot(snapshot, meters.inRate, meters.outRate);
    sharesFromNumbers(
      scene.producerShares,
      scene.numbers.stoppedShare,
      snapshot.producer.window !== null,
    );
    scene.workerRows = planWorkerRows(layout, snapshot.workers.length);
    // The wire comes down to just above the "Consumers" heading, wherever the rows sit.
    scene.wire.set(layout.wire);
    const rows = scene.workerRows;
    const rowsTop = rows.top - layout.fonts.smallPx * (rows.mode === 'rows' ? 1.9 : 2.2);
    scene.wire[1] = Math.max(scene.wire[3] as number, rowsTop);
    this.workerIndex.clear();
    snapshot.workers.forEach((w, i) => this.workerIndex.set(w.id, i));

    const resync = this.readEvents(input.events, input.eventsUntil) || relayout;
    if (resync) this.clearTransients();

    if (snapshot.crashed && !this.wasCrashed && this.crashAt < wallNow - CRASH_FLASH_MS) {
      this.crashAt = wallNow;
    }
    if (!snapshot.crashed && this.wasCrashed) this.restartAt = wallNow;
    this.wasCrashed = snapshot.crashed;

    this.reconcile(input, resync);
    this.flights.advance(wallNow, scene.flights);
    scene.pulsesInFlight = this.pulses.advance(
      snapshot.now,
      wallNow,
      scene.wire,
      reducedMotion,
      scene.pulses,
    );
    const window = snapshot.producer.window;
    const inHand = scene.numbers.credits;
    if (window !== null && inHand !== null) capCredits(scene.pulses, window - inHand);
    scene.trayMore = this.tray.advance(
      snapshot,
      layout,
      wallNow,
      scene.numbers.retryWaiting,
      scene.tray,
    );
    scene.trayComing = this.tray.coming;
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
    if (this.pending !== null) {
      const request = this.pending;
      this.pending = null;
      this.apply(request);
    }
    this.locateFollowed();
    this.advanceCallouts(wallNow);
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
  private readEvents(log: EventLog | null, until?: number): boolean {
    this.origins.clear();
    this.originCount = 0;
    this.followJoined = false;
    this.joinedNow = 0;
    if (log === null) return false;
    if (this.cursor > log.written) this.cursor = 0; // a different log: start over
    const end = Math.min(until ?? log.written, log.written);
    if (end - this.cursor > EVENT_BUDGET) {
      // Too much to animate: the picture resyncs from the snapshot, but the followed message's story
      // still hears every event about it, or it would never learn how it ended.
      const { missed } = log.readSince(this.cursor, this.visitFollowed, end);
      if (missed > 0) this.followMayMiss = true;
      this.cursor = end;
      return true;
    }
    const { cursor, missed } = log.readSince(
      this.cursor,
      this.later === null ? this.visit : this.visitLater,
      end,
    );
    this.cursor = cursor;
    if (missed > 0) this.followMayMiss = true;
    return missed > 0;
  }

  /** An event about the followed message, for its story. */
  private tellFollower(e: SimEvent): void {
    this.follower.onEvent(e);
    if (e.kind === 'enqueue') {
      this.followJoined = true;
      this.followLane = e.a;
      this.followEnqueuedAt = e.time;
    }
  }

  private readonly visitFollowed = (e: SimEvent): void => {
    const followed = this.follower.id;
    if (followed !== null && concerns(e, followed)) this.tellFollower(e);
  };

  private readonly visit = (e: SimEvent): void => {
    const input = this.frameInput as AnimatorFrame;
    const now = input.wallNow;
    const layout = this.layout as StageLayout;
    const followed = this.follower.id;
    if (followed !== null && concerns(e, followed)) this.tellFollower(e);
    const moment = this.spotter.onEvent(e, input.reasonLabels ?? REASON_SHORT);
    // A loss at a later stage of a pipeline is told, but not called out over this stage's bin.
    const here = e.kind !== 'drop' || e.b === 0;
    if (moment !== null) this.noteMoment(moment, now, e.kind === 'worker-added' ? e.a : -1, here);
    switch (e.kind) {
      case 'produce':
        this.rememberStyle(e.id, input.config.byPriority ? e.b : e.a);
        if (this.discrete) this.setOrigin(e.id, heldX(layout), layout.exitY, false);
        break;
      case 'conflate': {
        // The newcomer takes the old block's place, and flashes there. The old value rises and
        // fades only where it was not yet in the well (riding in): inside it, a fading copy stayed
        // where the old block stood, off its cell, while the queue moved on, and still frames showed
        // pale blocks floating mid-well over empty cells.
        const old = this.sprites.get(e.a);
        if (old === undefined) break;
        if (this.motion && !inside(layout.well, old.x, old.y))
          this.launch(old, REASON_CONFLATED, 'replaced', now, old.id === followed);
        this.sprites.delete(e.a);
        this.piles.rename(e.a, e.id);
        // Still riding in, under its new id: the one rider, so no other sets off beside it.
        if (this.riderId === e.a) this.riderId = e.id;
        old.id = e.id;
        old.flashAt = now;
        this.sprites.set(e.id, old);
        break;
      }
      case 'start':
        this.onStart(e.id, e.a, layout);
        break;
      case 'finish':
        this.onFinish(e.id, e.a, now, layout);
        break;
      case 'drop':
        // Lost at a later stage of a pipeline: that stage's animator shows it leave its own well.
        if (e.b > 0) break;
        this.onDrop(e.id, e.a, now, layout, e.time === this.resetSimAt);
        break;
      case 'retry-wait':
        this.onBackoff(e.id, e.time, e.time + e.a, now, layout, e.time === this.resetSimAt);
        break;
      case 'retry': {
        const entry = this.tray.take(e.id);
        if (entry !== null && this.discrete) this.setOrigin(e.id, entry.x, entry.y, false);
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
        break;
      case 'restart':
        this.restartAt = now;
        break;
      case 'trigger':
        // An outage that resets (code 3): everything in flight fails in the same instant.
        if (e.a === 3) this.resetSimAt = e.time;
        break;
      case 'enqueue':
        this.joinedNow++;
        break;
      case 'refuse':
      case 'block':
      case 'unblock':
      case 'signal-arrived':
      case 'credit-arrived':
      case 'worker-ready':
      case 'worker-removed':
      case 'delay':
        // The snapshot shows the result of these; there is no journey to plan.
        break;
    }
  };

  /**
   * A later stage of a pipeline reads only its own losses in the log: what comes in and what its
   * consumers hand on, it sees in its snapshot (the simulation logs no other events for it).
   */
  private readonly visitLater = (e: SimEvent): void => {
    const later = this.later;
    if (e.kind !== 'drop' || later === null || e.b !== later.index) return;
    const now = (this.frameInput as AnimatorFrame).wallNow;
    if (e.a === REASON_CONFLATED) {
      // Replaced where it waited by a newer message of its key: it goes, and the queue closes up
      // (a fading copy left over its cell floated over the emptied cell in a still frame); one
      // riding in rises and fades on the spot.
      const old = this.sprites.get(e.id);
      if (old === undefined) return;
      const layout = this.layout as StageLayout;
      if (this.motion && !inside(layout.well, old.x, old.y))
        this.launch(old, REASON_CONFLATED, 'replaced', now, false);
      this.release(old);
      return;
    }
    this.onDrop(e.id, e.a, now, this.layout as StageLayout, false);
  };

  /** A message the well shows only packed leaves for a worker from the bottom of its lane. */
  private onStart(id: number, workerId: number, layout: StageLayout): void {
    if (this.sprites.has(id) || !this.discrete) return;
    const lanes = this.scene.piles.length;
    const lane = lanes > 1 ? (this.workerIndex.get(workerId) ?? 0) : 0;
    const pile = this.scene.piles[lane];
    if (pile === undefined || pile.packedRows === 0) return;
    const g = this.scene.grid;
    const col = (lane + 1) * g.colsPerLane - 1;
    this.setOrigin(id, cellCenterX(layout, col), cellCenterY(layout, 0), true);
  }

  private onFinish(id: number, workerId: number, now: number, layout: StageLayout): void {
    this.sinkAt = now;
    const s = this.sprites.get(id);
    if (s !== undefined) this.release(s);
    const followed = id === this.follower.id;
    if (!this.discrete && !followed) return; // the output belt shows the stream
    // It leaves by way of its worker, even if it started and finished since the last frame.
    const i = this.workerIndex.get(workerId);
    const rows = this.scene.workerRows;
    const wx = i === undefined ? Number.NaN : workerSlotX(layout, rows, i);
    const wy = i === undefined ? 0 : workerSlotY(layout, rows, i);
    const size = workerBlockSize(layout, rows);
    // A block still in the well or on its way to its worker (it started and finished between two
    // moments) sets off from its worker, not from where it was, across the well and its walls.
    const there = s !== undefined && s.place === 'worker' && Math.hypot(s.x - wx, s.y - wy) < size;
    if (s !== undefined && (there || i === undefined))
      this.deliver(id, s.x, s.y, wx, wy, s.style, size, now, layout, followed);
    else if (i !== undefined)
      this.deliver(
        id,
        wx,
        wy,
        Number.NaN,
        0,
        s?.style ?? this.styleOfId(id),
        size,
        now,
        layout,
        followed,
      );
  }

  private deliver(
    id: number,
    x: number,
    y: number,
    viaX: number,
    viaY: number,
    style: number,
    size: number,
    now: number,
    layout: StageLayout,
    force: boolean,
  ): void {
    const look = { id, style, reason: -1, fadeFrom: 0.6, size, endScale: 0.8 };
    const f = this.flights.start(x, y, look, force);
    if (f === null) return;
    const there = Number.isNaN(viaX) || Math.hypot(x - viaX, y - viaY) < 2;
    planDeliver(f, layout, now, there ? Number.NaN : viaX, viaY);
  }

  /** `crowd`: lost with everything in flight (a reset), so shown whatever the allowance says. */
  private onDrop(
    id: number,
    reasonIndex: number,
    now: number,
    layout: StageLayout,
    crowd: boolean,
  ): void {
    this.binAt[reasonIndex] = now;
    if (reasonIndex === REASON_FLUSHED) this.flushAt = now;
    if (reasonIndex === REASON_CONFLATED) return; // its fade began at the conflation
    const reason = DROP_REASONS[reasonIndex];
    if (reason === undefined) return;
    const followed = id === this.follower.id;
    const s = this.sprites.get(id);
    const route = dropRoute(reason, s !== undefined);
    if (s !== undefined) {
      // A flush, a crash or a reset empties the well at once: shown whatever the allowance says.
      if (this.motion)
        this.launch(
          s,
          reasonIndex,
          route,
          now,
          route === 'flush' || route === 'crash' || crowd || followed,
        );
      this.release(s);
      return;
    }
    if (!this.motion) return;
    const size = Math.min(layout.cell * 0.7, 18);
    const look = {
      id,
      style: this.styleOfId(id),
      reason: reasonIndex,
      fadeFrom: 0.8,
      size,
      endScale: DROP_SCALE,
    };
    const f = this.flights.start(
      this.originX(id, layout),
      this.originY(id, layout),
      look,
      followed,
    );
    if (f === null) return;
    const to = this.lossLanding(layout, reasonIndex);
    planDrop(f, layout, route, now, id, to.x, to.y);
  }

  private onBackoff(
    id: number,
    startAt: number,
    until: number,
    now: number,
    layout: StageLayout,
    crowd: boolean,
  ): void {
    const style = this.styleOfId(id);
    const entry = this.tray.add(id, style, startAt, until, layout, now);
    if (entry === null || !this.motion) return;
    const size = Math.min(layout.cell * 0.7, 18);
    const look = {
      id,
      style,
      reason: -1,
      fadeFrom: 1,
      size,
      endScale: trayBlockSize(layout) / size,
    };
    const followed = id === this.follower.id;
    // A message the well or a worker showed (failed in a reset, shed by CoDel) leaves from there.
    const s = this.sprites.get(id);
    const x = s !== undefined ? s.x : this.originX(id, layout);
    // Out of the well over the rim above its column, not through the wall.
    const y =
      s === undefined
        ? this.originY(id, layout)
        : s.place === 'well'
          ? overRimY(layout, size)
          : s.y;
    if (s !== undefined) this.release(s);
    // A crowd failed together (a reset) goes to the tray together, as a wave, whatever the allowance.
    const f = this.flights.start(x, y, look, followed || (crowd && s !== undefined));
    if (f !== null) entry.visibleFrom = now + planBackoff(f, layout, entry.x, entry.y, now);
  }

  /**
   * Sends a resting sprite's block off along a drop route, as a flight. A block lost from the well
   * leaves its cell at once, as the caption says, and goes on its way from just outside the left wall
   * at its row, down the gap into the bin: never out through a wall or across the blocks that stay (a
   * flushed well used to stay drawn, pink, under "1 of 20"; blocks lost from mid-well went sideways
   * through the wall), and never over the well, where newcomers come in (blocks pushed out of Drop
   * the oldest's full well, leaving from over the rim, crossed above it in a steady line, and a reader
   * took them for arrivals).
   */
  private launch(s: Sprite, reason: number, route: DropRoute, now: number, force: boolean): void {
    const layout = this.layout;
    if (layout === null) return;
    const fromWell = s.place === 'well' && route !== 'replaced';
    // Lost with the crashed process: the well empties with the crash's flash; nothing flies.
    if (fromWell && route === 'crash') return;
    const fadeFrom = route === 'crash' || route === 'replaced' ? 0 : 0.8;
    // Off over the rim at a lost block's size, small enough to pass down the gap beside the well.
    const size = fromWell ? Math.min(layout.cell * 0.7, 18) : s.size;
    const look = { id: s.id, style: s.style, reason, fadeFrom, size, endScale: DROP_SCALE };
    const f = this.flights.start(fromWell ? lostGapX(layout, s.y) : s.x, s.y, look, force);
    if (f === null) return;
    const to = this.lossLanding(layout, reason);
    planDrop(f, layout, fromWell ? 'aside' : route, now, s.id, to.x, to.y);
  }

  /** Where a block lost for `reason` lands: its swatch in the bin, or a later stage's title. */
  private lossLanding(layout: StageLayout, reason: number): { x: number; y: number } {
    const later = this.later;
    if (later === null)
      return binLanding(layout, this.scene.snapshot.dropped, reason, this.landing);
    this.landing.x = later.lostX;
    this.landing.y = later.lostY;
    return this.landing;
  }

  /**
   * A later stage's consumer let go of its message, and no loss took it: handed on (or, at the last
   * stage, delivered), so it goes into the box in the sink's place, as a first stage's finish does.
   */
  private passOn(s: Sprite, now: number, layout: StageLayout): void {
    this.sinkAt = now;
    if (!this.discrete) return; // the output belt shows the stream
    // By way of its consumer, even if it got there only in passing (its service was brief).
    this.deliver(s.id, s.x, s.y, s.tx, s.ty, s.style, s.size, now, layout, false);
  }

  /**
   * Where message `id` came from this frame: its origin, else the producer. In stream mode the
   * conveyor already shows the flow, so a refused block starts at the end of the conveyor.
   */
  private originX(id: number, layout: StageLayout): number {
    const o = this.origins.get(id);
    if (o !== undefined) return this.originXY[o] as number;
    // A later stage's: off the link's last bend, at the well's mouth.
    if (this.later !== null) return this.later.link[4] as number;
    // Clear of the producer's box where the conveyor is short (a phone).
    return this.discrete ? heldX(layout) : Math.max(gapX(layout), layout.conveyor.x1 - layout.cell);
  }
  private originY(id: number, layout: StageLayout): number {
    const o = this.origins.get(id);
    if (o !== undefined) return this.originXY[o + 1] as number;
    if (this.later !== null) return this.later.link[5] as number;
    return this.discrete ? layout.exitY : layout.conveyor.y1;
  }

  private setOrigin(id: number, x: number, y: number, packed: boolean): void {
    if (this.originCount >= EVENT_BUDGET) return;
    const i = this.originCount++ * 2;
    this.originXY[i] = x;
    this.originXY[i + 1] = y;
    this.originPacked[i / 2] = packed ? 1 : 0;
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

  // ---- Moments ------------------------------------------------------------------------------------

  private noteMoment(m: Moment, now: number, worker: number, callout = true): void {
    this.moments.push(m);
    if (this.moments.length > 8) this.moments.shift();
    if (!callout) return;
    const l = this.layout as StageLayout;
    const anchor = momentAnchor(m.kind, l, this.scene, worker);
    const state: CalloutState = {
      kind: m.kind,
      text: m.text,
      x: anchor.x,
      y: anchor.y,
      alpha: 1,
      at: now,
      worker,
      shown: false,
      notedAt: now,
      waiting: false,
    };
    const same = this.calloutStates.findIndex((c) => c.kind === m.kind);
    if (same >= 0) this.calloutStates.splice(same, 1);
    this.calloutStates.push(state);
  }

  private advanceCallouts(wallNow: number): void {
    const out = this.scene.callouts;
    out.length = 0;
    const l = this.layout as StageLayout;
    for (let i = this.calloutStates.length - 1; i >= 0; i--) {
      const c = this.calloutStates[i] as CalloutState;
      const age = wallNow - c.at;
      // The crash's ("all waiting lost") goes when the consumer restarts: it stood over a well
      // refilled with 123 waiting at 5×.
      if (age >= CALLOUT_MS || (c.kind === 'oom' && this.restartAt >= c.notedAt)) {
        this.calloutStates.splice(i, 1);
        continue;
      }
      // The producer's tag says what its light and words say this frame; a first stop too brief
      // for them to mention waits until they do (a while), and the tag goes when they stop.
      const tag = c.kind === 'blocked' ? producerTag(this.scene) : c.text;
      c.waiting = tag === null;
      if (tag !== null) c.text = tag;
      if (c.waiting) {
        // Its time on the stage starts when it shows.
        if (c.shown || wallNow - c.notedAt >= BLOCKED_TAG_WAIT_MS) this.calloutStates.splice(i, 1);
        else c.at = wallNow;
        continue;
      }
      c.shown = true;
      // Anchored to the layout of the moment it happened; follow a resize.
      const anchor = momentAnchor(c.kind, l, this.scene, c.worker);
      c.x = anchor.x;
      c.y = anchor.y;
      // Under reduced motion a callout stays still and whole, then goes.
      c.alpha = this.motion ? Math.min(1, (CALLOUT_MS - age) / CALLOUT_FADE_MS) : 1;
    }
    for (const c of this.calloutStates) if (!c.waiting) out.push(c);
  }

  // ---- Resting blocks -----------------------------------------------------------------------------

  private reconcile(input: AnimatorFrame, resync: boolean): void {
    const { snapshot, grid, layout, wallNow } = input;
    const scene = this.scene;
    const lanes = snapshot.lanes;
    // The piles survive a resync: blocks keep their cells; only a new well shape starts afresh.
    if (this.piles.currentGrid !== grid) {
      this.piles.reset(grid);
      scene.piles.length = 0;
    }
    // One scale for the grey cells through the run, and the caption says at once when it changes:
    // it grows as a queue with no limit does, or follows a new well (a new memory budget, a resize).
    const unit = packUnit(grid, laneCounts(lanes, this.countsScratch), this.runUnit);
    if (unit > 1 && unit !== this.runUnit) {
      // The caption under the well, right under the striped cells, stands out a while and says what
      // one holds ("each striped cell now holds 5 messages"), the first packing of the run as each
      // time the scale grows. The first is read to screen readers too. No chip on the stage: one
      // over the well's rim said "From here on, striped cell = up to ×5" while the stripes were at
      // the bottom, and a reader asked where "here" was.
      this.runUnitSince = wallNow;
      if (this.runUnit <= 1)
        this.noteMoment(
          {
            kind: 'packed',
            ...packingStartsWords(
              formatCount(unit),
              grid.scale === null ? null : grid.capacity === null ? 'memory' : 'capacity',
            ),
          },
          wallNow,
          -1,
          false,
        );
      this.runUnit = unit;
    }
    scene.packUnit = unit;
    scene.packUnitNews = unit > 1 && wallNow - this.runUnitSince < UNIT_NEWS_MS;
    scene.marks.length = lanes.length;
    let shown = 0;
    for (let l = 0; l < lanes.length; l++) {
      const lane = lanes[l] as LaneView;
      const pile = planLanePile(
        grid,
        lane.count,
        unit,
        (scene.piles[l] ??= {
          packedRows: 0,
          packedCells: 0,
          packed: 0,
          single: 0,
        }),
      );
      this.piles.setPacked(l, pile.packedCells);
      // Single blocks: all of a lane that fits, else its newest above the packed rows.
      const source = lane.tail.length > 0 ? lane.tail : lane.blocks;
      const single = Math.min(pile.single, source.length);
      const from = source.length - single;
      shown += single;
      this.piles.update(l, source, single, from);
      for (let i = from; i < source.length; i++) {
        const b = source[i] as BlockView;
        if (!this.piles.cellOf(b.id, this.cell)) continue;
        const x = cellCenterX(layout, this.cell.col);
        this.visitBlock(b, l, x, cellCenterY(layout, this.cell.row), 'well', input, resync);
      }
    }
    scene.piles.length = lanes.length;
    const faintMs = this.newcomerFaintMs(shown);
    this.planDrops(wallNow, shown);

    const rows = scene.workerRows;
    const workers = snapshot.workers;
    for (let i = 0; i < workers.length; i++) {
      const block = (workers[i] as (typeof workers)[number]).block;
      if (block === null) continue;
      const x = workerSlotX(layout, rows, i);
      this.visitBlock(block, -1, x, workerSlotY(layout, rows, i), 'worker', input, resync);
    }
    const held = snapshot.producer.held;
    if (held !== null)
      this.visitBlock(held, -1, heldX(layout), layout.exitY, 'held', input, resync);

    // Whatever the snapshot no longer shows and no event took away simply goes.
    const out = scene.sprites;
    out.length = 0;
    for (const s of this.sprites.values()) {
      if (s.seen !== this.frameNo) {
        if (this.later !== null && s.place === 'worker') this.passOn(s, wallNow, layout);
        this.release(s);
        continue;
      }
      if (s.overMouth && (this.moment || wallNow - s.t0 - s.dur >= MOUTH_WAIT_MS)) {
        // Its step: from over the mouth into its cell (see the module's comment).
        placeMover(s, s.tx, s.ty);
        s.overMouth = false;
        s.incoming = false;
      } else if (!s.overMouth && stepMover(s, wallNow)) {
        // Ridden in to the mouth: it waits there, faint, for the next step.
        s.overMouth = s.place === 'well' && s.arriving && (s.x !== s.tx || s.y !== s.ty);
        s.dur = 0;
        s.arriving = false;
        s.incoming = s.overMouth;
      }
      s.alpha = this.motion ? Math.min(1, (wallNow - s.bornAt) / FADE_IN_MS) : 1;
      if (s.place === 'well' && s.appearAt > -Infinity) {
        // A newcomer waiting for its cell to clear: not there yet, then faint until it settles.
        if (!this.motion || wallNow >= s.appearAt + faintMs) s.appearAt = -Infinity;
        else s.alpha = wallNow < s.appearAt ? 0 : INCOMING_ALPHA;
        s.incoming = s.appearAt > -Infinity;
      } else if (s.incoming && s.place === 'well') {
        // On its way in from the producer, or over the mouth waiting for its step: not in yet.
        s.alpha = Math.min(s.alpha, INCOMING_ALPHA);
      }
      s.flash = this.motion ? fadeSince(wallNow, s.flashAt, FLASH_MS) : 0;
      out.push(s);
    }
    this.markSpokenFor(layout);
    // The marks go where the blocks are now (a newcomer may still be falling into its cell).
    for (let l = 0; l < lanes.length; l++) this.markLane(l, lanes[l] as LaneView, layout);
  }

  private readonly spokenPool: BlockSprite[] = [];

  /**
   * The cells the caption counts but no block fills yet (StageScene.spokenFor): the newcomer riding
   * in, at the cell it is bound for; one not yet shown (waiting for its cell to clear), at its cell.
   */
  private markSpokenFor(layout: StageLayout): void {
    const out = this.scene.spokenFor;
    out.length = 0;
    for (const s of this.scene.sprites as Sprite[]) {
      if (s.place !== 'well') continue;
      const riding = s.arriving || s.overMouth;
      const unseen = !riding && s.alpha <= 0;
      if (!riding && !unseen) continue;
      const x = riding ? s.tx : s.x;
      const y = riding ? s.ty : s.y;
      // Bound for a cell inside the well (not one over the rim, nor a block already there).
      if (!inside(layout.well, x, y)) continue;
      if (riding && Math.abs(s.x - x) < 0.5 && Math.abs(s.y - y) < 0.5) continue;
      const v = (this.spokenPool[out.length] ??= {
        id: 0,
        x: 0,
        y: 0,
        size: 0,
        style: 0,
        alpha: 1,
        flash: 0,
      });
      v.id = s.id;
      v.x = x;
      v.y = y;
      v.size = layout.cell - 2;
      v.style = s.style;
      out.push(v);
    }
  }

  /**
   * How long a newcomer shows faint in its cell, wall ms, when `shown` blocks are drawn in the well:
   * NEWCOMER_FAINT_MS while blocks stay a while (a lone newcomer at 1×), less in a well that turns over
   * fast, so most of the well is always drawn solid, and none once the fade would be a flicker.
   */
  private newcomerFaintMs(shown: number): number {
    const perSec = this.meters.perWallSecond;
    if (!(perSec > 0)) return NEWCOMER_FAINT_MS;
    const ms = Math.min(NEWCOMER_FAINT_MS, (shown / perSec) * 1000 * FAINT_SHARE_OF_STAY);
    return ms < FAINT_LEAST_MS ? 0 : ms;
  }

  private readonly countsScratch: number[] = [];
  private readonly topRows: number[] = [];
  private readonly lowestNew: number[] = [];

  /**
   * Shows this frame's newcomers in their cells at once, faint until they settle (the blocks ahead
   * of them have jumped to their new cells this same frame, so each newcomer's cell is clear). A
   * block still riding in from the producer ahead of a newcomer jumps into its cell first, in its
   * turn: the queue fills from its head, and no newcomer shows over an empty cell. When a moment
   * brings more newcomers than a quarter of the `shown` blocks (a busy well turning over), they show
   * solid at once: most of the well is drawn solid in any frame (a full well at 1× drew a third of
   * its blocks faint).
   */
  private planDrops(now: number, shown: number): void {
    const droppers = this.droppers;
    if (droppers.length === 0) return;
    const piles = this.piles;
    for (let i = 0, n = droppers.length; i < n; i++) {
      const d = droppers[i] as Sprite;
      const j = piles.placeOf(d.id);
      for (let k = 0; k < j; k++) {
        const a = this.sprites.get(piles.idAtPlace(d.lane, k));
        if (a === undefined || a.place !== 'well' || a.dropping) continue;
        if (!a.arriving && !a.overMouth) continue;
        placeMover(a, a.tx, a.ty);
        a.arriving = false;
        a.overMouth = false;
        a.incoming = false;
      }
    }
    const faint = droppers.length <= Math.max(1, shown * FAINT_SHARE_OF_STAY);
    let hop: Sprite | null = null;
    for (const d of droppers) {
      placeMover(d, d.tx, d.ty);
      // Drawn at once, faint (incoming) until it has settled, or solid.
      d.bornAt = now - FADE_IN_MS;
      d.appearAt = faint ? now : -Infinity;
      d.incoming = faint;
      d.dropping = false;
      if (piles.placeOf(d.id) === piles.countOf(d.lane) - 1) hop = d;
    }
    droppers.length = 0;
    // The newest, behind all the others, comes off the conveyor's end to the mouth instead, and in at
    // the next moment: in a busy well too a reader sees the newcomers come from the producer.
    if (hop !== null && this.motion && this.later === null && this.mayRide(true)) {
      const l = this.layout as StageLayout;
      placeMover(hop, l.conveyor.x1, l.conveyor.y1);
      beginPath(hop, now, HOP_MS, 'out');
      extendPath(hop, hop.tx, l.mouthY);
      hop.arriving = true;
      hop.incoming = true;
      hop.appearAt = -Infinity;
      hop.bornAt = now - FADE_IN_MS;
      this.riderId = hop.id;
    }
  }

  /** Where a lane's head (next to leave) and tail (newest) are drawn. */
  private markLane(l: number, lane: LaneView, layout: StageLayout): void {
    const m = (this.scene.marks[l] ??= emptyMarks());
    m.headX = m.headY = m.tailX = m.tailY = m.tailRowY = Number.NaN;
    m.headPacked = false;
    const pile = this.scene.piles[l];
    if (lane.count === 0 || pile === undefined) return;
    const source = lane.tail.length > 0 ? lane.tail : lane.blocks;
    const g = this.scene.grid;
    if (pile.packedRows > 0) {
      // The oldest packed cell: the bottom row at the lane's exit side.
      m.headPacked = true;
      m.headX = cellCenterX(layout, (l + 1) * g.colsPerLane - 1);
      m.headY = cellCenterY(layout, 0);
    } else if (this.piles.firstCell(l, this.cell)) {
      // The head's cell, one fixed place (the bottom cell on the exit side): the block next to leave
      // is there or sliding into it, so the mark never wanders with a moving block.
      m.headX = cellCenterX(layout, this.cell.col);
      m.headY = cellCenterY(layout, this.cell.row);
    }
    const newest = source[source.length - 1];
    const t = newest === undefined ? undefined : this.sprites.get(newest.id);
    if (t !== undefined && t.place === 'well' && lane.count > 1) {
      m.tailX = t.x;
      m.tailY = t.y;
      m.tailRowY = t.ty;
    }
  }

  private visitBlock(
    b: BlockView,
    lane: number,
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
      // A sprite from the pool forgets its last block's wait for a cell and over the mouth.
      s.appearAt = -Infinity;
      s.overMouth = false;
      this.sprites.set(b.id, s);
      const o = this.origins.get(b.id);
      if (!this.motion || resync || this.brief) {
        placeMover(s, tx, ty);
      } else if (o !== undefined) {
        // Newcomers come from the producer's side (its exit, or the retry tray), or up out of the
        // packed rows when a worker takes a message the well showed only packed.
        placeMover(s, this.originXY[o] as number, this.originXY[o + 1] as number);
        const from: Place = this.originPacked[o / 2] === 1 ? 'well' : 'held';
        this.journey(s, from, place, tx, ty, now, layout);
      } else if (
        this.later !== null &&
        this.fromLink > 0 &&
        this.discrete &&
        (this.scene.piles[0]?.packedRows ?? 0) === 0
      ) {
        // Handed over by the stage above: it comes along the link.
        this.fromLink--;
        planHandOver(s, layout, this.later.link, tx, ty, now, place === 'worker');
        s.arriving = true;
      } else if (place === 'well') {
        // Shows in its cell, once every block has its cell (planDrops).
        placeMover(s, tx, ty);
        this.dropIn(s);
      } else {
        // Unknown origin (first frame, or it just came into view): fade in where it is. At a worker
        // it shows at once: its service may be over before a fade would be.
        placeMover(s, tx, ty);
        if (place !== 'worker') s.bornAt = now;
      }
      s.incoming = place === 'well' && (s.dur > 0 || s.dropping);
    } else if (s.tx !== tx || s.ty !== ty || s.place !== place) {
      if (!this.motion || resync || this.brief) {
        placeMover(s, tx, ty);
        s.overMouth = false;
      } else if (s.place === 'well' && place === 'well' && s.overMouth) {
        // Over the mouth, waiting for its step: it jumps into its new cell then (tx, ty below).
      } else if (s.place === 'well' && place === 'well' && !s.arriving) {
        // The queue moved on: it jumps to its new cell, as every block of the well does this frame.
        placeMover(s, tx, ty);
      } else {
        // From where it is now, not where the last frame drew it: a column falling a cell each frame
        // would otherwise lose a frame of its fall at every new departure below.
        if (stepMover(s, now)) {
          s.dur = 0;
          s.arriving = false;
        }
        this.journey(s, s.place, place, tx, ty, now, layout);
      }
    } else if (resync) {
      placeMover(s, tx, ty);
    }
    s.tx = tx;
    s.ty = ty;
    if (place !== 'well') s.overMouth = false;
    s.place = place;
    s.lane = lane;
    s.createdAt = b.createdAt;
    s.enqueuedAt = b.enqueuedAt;
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
      if (this.mayRide()) {
        planArrival(s, layout, tx, ty, now);
        s.arriving = true;
        this.riderId = s.id;
      } else {
        // Straight into its column from inside the rim: the conveyor shows it was sent.
        placeMover(s, tx, ty);
        this.dropIn(s);
        s.arriving = false;
      }
    } else if (from === 'held' && to === 'worker') {
      planDirect(s, layout, tx, ty, now);
      s.arriving = true;
    } else if (s.arriving && from === to && s.n >= 2) {
      // Still on its way in and its cell moved: to the mouth over its new column (into the well, at
      // its step), or to its worker's new slot.
      s.pts[2 * (s.n - 1)] = tx;
      if (to !== 'well') s.pts[2 * (s.n - 1) + 1] = ty;
    } else if (from === 'well' && to === 'well') {
      placeMover(s, tx, ty);
      s.arriving = false;
      s.incoming = false;
    } else if (from === 'well' && to === 'worker') {
      // Taken by a consumer: it shows there at once, fading in, rather than crossing the well's wall
      // or the blocks above it on its way (the rest of the queue moves up meanwhile).
      placeMover(s, tx, ty);
      s.bornAt = now;
      s.arriving = false;
    } else {
      planSettle(s, tx, ty, now, 320 * this.tempo);
      s.arriving = false;
    }
  }

  /** Newcomers to the well this frame, shown in their cells once every block has its place. */
  private readonly droppers: Sprite[] = [];

  private dropIn(s: Sprite): void {
    s.dropping = true;
    this.droppers.push(s);
  }

  /**
   * Whether a newcomer may ride in from the producer over the rim: only one at a time, one by one,
   * while a reader can follow single messages. Any other shows in its cell at once, faint.
   */
  private mayRide(hop = false): boolean {
    if (!hop && (!this.discrete || this.joinedNow > 1)) return false;
    const rider = this.riderId < 0 ? undefined : this.sprites.get(this.riderId);
    return rider === undefined || rider.place !== 'well' || !(rider.arriving || rider.overMouth);
  }

  private newSprite(): Sprite {
    return {
      ...createMover(),
      id: -1,
      arriving: false,
      incoming: false,
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
      overMouth: false,
      dropping: false,
      appearAt: -Infinity,
      lane: -1,
      createdAt: 0,
      enqueuedAt: 0,
    };
  }

  private release(s: Sprite): void {
    if (this.sprites.get(s.id) === s) this.sprites.delete(s.id);
    s.seen = -1;
    this.spritePool.push(s);
  }

  // ---- Following one message ----------------------------------------------------------------------

  private apply(request: StageInput): void {
    switch (request.kind) {
      case 'clear':
        if (this.follower.id !== null) this.follower.clear();
        this.say('');
        return;
      case 'pick':
        this.pickAt(request.x, request.y);
        return;
      case 'head':
        this.pickEnd(true);
        return;
      case 'newest':
        this.pickEnd(false);
        return;
      default:
        this.pickNext(request.kind);
    }
  }

  private say(hint: string): void {
    if (hint === this.hint) return;
    this.hint = hint;
    this.hintVersion++;
  }

  /** Follows the resting block under (x, y), or the nearest within a fingertip's reach. */
  private pickAt(x: number, y: number): void {
    let best: Sprite | null = null;
    let bestD = Infinity;
    for (const s of this.scene.sprites as Sprite[]) {
      const d = Math.hypot(s.x - x, s.y - y);
      const reach = Math.max(s.size / 2 + 4, 16);
      if (d <= reach && d < bestD) {
        best = s;
        bestD = d;
      }
    }
    if (best !== null) {
      this.followSprite(best);
      return;
    }
    for (const t of this.scene.tray) {
      if (Math.hypot(t.x - x, t.y - y) <= 16) {
        this.startFollow(t.id, 0, 0, 'tray', 0);
        return;
      }
    }
    const w = this.scene.layout.well;
    if (x >= w.x && x <= w.x + w.w && y >= w.y && y <= w.y + w.h && this.scene.packUnit > 1) {
      this.say(
        'Striped cells are packed messages, many to a cell (the line under the well says how many). Pick a coloured block to follow one.',
      );
    }
  }

  /** Follows the head (next to leave) or the newest message of the fullest lane. */
  private pickEnd(head: boolean): void {
    const lanes = this.scene.snapshot.lanes;
    let lane = -1;
    for (let l = 0; l < lanes.length; l++)
      if (
        (lanes[l]?.count ?? 0) > 0 &&
        (lane < 0 || (lanes[l]?.count ?? 0) > (lanes[lane]?.count ?? 0))
      )
        lane = l;
    if (lane < 0) {
      // Nothing waits: follow what a consumer holds, or what the producer holds.
      const busy = this.scene.sprites.find((s) => (s as Sprite).place !== 'well') as
        Sprite | undefined;
      if (busy !== undefined) this.followSprite(busy);
      else this.say('The queue is empty: there is no message to follow yet.');
      return;
    }
    const view = lanes[lane] as LaneView;
    const pile = this.scene.piles[lane];
    if (head) {
      const b = view.blocks[0] as BlockView;
      const s = this.sprites.get(b.id);
      if (s !== undefined) this.followSprite(s);
      else {
        this.followLane = lane;
        this.startFollow(b.id, b.createdAt, b.enqueuedAt, 'packed', 0);
      }
      return;
    }
    const source = view.tail.length > 0 ? view.tail : view.blocks;
    const newest = source[source.length - 1];
    const s = newest === undefined ? undefined : this.sprites.get(newest.id);
    if (s !== undefined) this.followSprite(s);
    else if (pile !== undefined) this.say('The newest message is not on the stage yet.');
  }

  /** Moves the follow to the nearest block in a direction (or starts at the head). */
  private pickNext(dir: 'left' | 'right' | 'up' | 'down'): void {
    const current = this.follower.id === null ? undefined : this.sprites.get(this.follower.id);
    if (current === undefined) {
      this.pickEnd(true);
      return;
    }
    const dx = dir === 'left' ? -1 : dir === 'right' ? 1 : 0;
    const dy = dir === 'up' ? -1 : dir === 'down' ? 1 : 0;
    let best: Sprite | null = null;
    let bestScore = Infinity;
    for (const s of this.scene.sprites as Sprite[]) {
      if (s === current) continue;
      const along = (s.x - current.x) * dx + (s.y - current.y) * dy;
      if (along <= 1) continue;
      const across = Math.abs((s.x - current.x) * dy) + Math.abs((s.y - current.y) * dx);
      const score = along + 2 * across;
      if (score < bestScore) {
        best = s;
        bestScore = score;
      }
    }
    if (best !== null) this.followSprite(best);
  }

  private followSprite(s: Sprite): void {
    const place: FollowPlace =
      s.place === 'well' ? 'well' : s.place === 'worker' ? 'worker' : 'held';
    let ahead = 0;
    if (place === 'well' && s.lane >= 0) {
      this.followLane = s.lane;
      ahead = this.aheadOf(s.id, s.lane);
    }
    this.startFollow(s.id, s.createdAt, s.enqueuedAt, place, ahead);
  }

  /** Messages in front of `id` in its lane. */
  private aheadOf(id: number, lane: number): number {
    const view = this.scene.snapshot.lanes[lane];
    if (view === undefined) return 0;
    const front = view.blocks.findIndex((b) => b.id === id);
    if (front >= 0) return front;
    const back = view.tail.findIndex((b) => b.id === id);
    return back >= 0 ? view.count - view.tail.length + back : 0;
  }

  private startFollow(
    id: number,
    createdAt: number,
    enqueuedAt: number,
    place: FollowPlace,
    ahead: number,
  ): void {
    this.followEnqueuedAt = enqueuedAt;
    const now = this.scene.snapshot.now;
    const log = this.frameInput?.events ?? null;
    const past = log === null ? [] : pastOf(log, this.cursor, id, createdAt, now);
    this.follower.start({ id, createdAt, enqueuedAt, place, ahead, now, past });
    this.say('');
    // The snapshot it was picked from may be older than the events already read (a snapshot slow to
    // take is drawn again for a few frames): what happened to it since, its story hears now.
    this.followMayMiss =
      log !== null && !replayFollowed(log, this.cursor, id, now, (e) => this.tellFollower(e));
  }

  /** Puts the followed message's ring where it is this frame, wherever that is. */
  private locateFollowed(): void {
    const scene = this.scene;
    scene.followEnd = null;
    const id = this.follower.id;
    if (id === null) {
      scene.follow = null;
      return;
    }
    const f = (scene.follow ??= { id, x: 0, y: 0, size: 0, visible: false, packedStyle: -1 });
    f.id = id;
    f.packedStyle = -1;
    const s = this.sprites.get(id);
    if (s !== undefined) {
      if (this.followJoined && s.place === 'well') {
        this.follower.joined(this.aheadOf(id, s.lane), this.followEnqueuedAt);
        this.followJoined = false;
      } else if (s.place === 'well')
        this.follower.waiting(scene.snapshot.now, this.aheadOf(id, s.lane));
      f.x = s.x;
      f.y = s.y;
      f.size = s.size;
      f.visible = true;
      return;
    }
    const flight = this.flights.find(id);
    // Delivered and into the Done box: the ring would sit over its count ("Done ·80" for 180), and
    // the story line under the stage already says it was delivered.
    if (flight !== null && this.follower.done && inside(scene.layout.sink, flight.x, flight.y)) {
      scene.follow = null;
      this.markEnding(id);
      return;
    }
    if (flight !== null) {
      f.x = flight.x;
      f.y = flight.y;
      f.size = flight.size;
      f.visible = true;
      return;
    }
    for (const t of scene.tray) {
      if (t.id !== id) continue;
      f.x = t.x;
      f.y = t.y;
      f.size = trayBlockSize(scene.layout);
      f.visible = true;
      return;
    }
    if (!this.follower.done && this.locatePacked(f)) {
      this.follower.waiting(scene.snapshot.now, null);
      return;
    }
    f.visible = false;
    // Nowhere on the stage, and events about it were lost unread: its end will never be told.
    if (this.followMayMiss) this.follower.unseen();
    // Its story is told and its last journey over: the highlight goes, the words stay, and the
    // stage marks where it ended.
    if (this.follower.done) {
      scene.follow = null;
      this.markEnding(id);
    }
  }

  /**
   * The chip that marks where the followed message ended (by the Done box, or the Lost bin), kept
   * until the reader follows another or stops: its story's last word, where the eyes are.
   */
  private markEnding(id: number): void {
    const ending = this.follower.ending;
    if (ending !== 'delivered' && ending !== 'lost') return;
    const l = this.scene.layout;
    const box = ending === 'delivered' ? l.sink : l.bin;
    if (!(box.w > 0 && box.h > 0)) return;
    const n = formatCount(id + 1);
    this.scene.followEnd = {
      ending,
      text: [`Message ${n} ${ending}`, `No. ${n} ${ending}`, `${n} ${ending}`],
      x: box.x + box.w / 2,
      y: box.y,
    };
  }

  /**
   * A followed message in the packed rows has no block of its own: its ring goes on about the cell it
   * is in, judged by when it joined against the lane's oldest and its newest single block.
   */
  private locatePacked(f: NonNullable<StageScene['follow']>): boolean {
    const scene = this.scene;
    const lane = scene.snapshot.lanes[this.followLane];
    const pile = scene.piles[this.followLane];
    if (lane === undefined || pile === undefined || pile.packed <= 0) return false;
    const head = lane.blocks[0];
    const source = lane.tail.length > 0 ? lane.tail : lane.blocks;
    const firstSingle = source[source.length - pile.single];
    if (head === undefined || firstSingle === undefined) return false;
    const t = this.followEnqueuedAt;
    if (t < head.enqueuedAt || t > firstSingle.enqueuedAt) return false;
    const span = Math.max(1, firstSingle.enqueuedAt - head.enqueuedAt);
    const index = Math.min(
      pile.packed - 1,
      Math.floor(((t - head.enqueuedAt) / span) * pile.packed),
    );
    const cellIndex = Math.min(
      pile.packedCells - 1,
      Math.floor(index / Math.max(1, scene.packUnit)),
    );
    const g = scene.grid;
    const row = Math.floor(cellIndex / g.colsPerLane);
    const within = cellIndex - row * g.colsPerLane;
    const col = (this.followLane + 1) * g.colsPerLane - 1 - within;
    f.x = cellCenterX(scene.layout, col);
    f.y = cellCenterY(scene.layout, row);
    f.size = scene.layout.cell - 2;
    f.visible = true;
    f.packedStyle = this.styleOfId(this.follower.id ?? 0);
    return true;
  }
}

const EMPTY_MOMENTS: Moment[] = [];

/**
 * The producer's stopped share as the page published it (the last simulated second, as the line
 * under the cards says it), the running and slowed shares scaled to the rest: a reader saw the stage
 * say "blocked 38% of the time" beside the line's "blocked 28% of the last second". Without
 * published numbers the stage keeps its own measure.
 */
function sharesFromNumbers(
  shares: StageScene['producerShares'],
  stopped: number | null,
  credit: boolean,
): void {
  if (stopped === null) return;
  // What stops a producer with a credit window is running out of credit, before the stage saw it.
  if (stopped > 0) shares.stopKind = credit ? 'out-of-credit' : 'blocked';
  const share = Math.min(1, Math.max(0, stopped));
  const rest = shares.running + shares.slowed;
  const scale = rest > 0 ? (1 - share) / rest : 0;
  shares.running = rest > 0 ? shares.running * scale : 1 - share;
  shares.slowed *= scale;
  shares.stopped = share;
}

function laneCounts(lanes: readonly LaneView[], out: number[]): number[] {
  out.length = lanes.length;
  for (let i = 0; i < lanes.length; i++) out[i] = (lanes[i] as LaneView).count;
  return out;
}

/**
 * The point a moment's callout refers to. A consumer added: the foot of its own box once the stage
 * draws it (the foot of the last box drawn until then), not the middle of the column.
 */
export function momentAnchor(
  kind: Moment['kind'],
  l: StageLayout,
  scene: Pick<StageScene, 'workers' | 'workerRows'>,
  worker: number,
): { x: number; y: number } {
  if (kind === 'consumer-added' && scene.workerRows.mode === 'rows' && scene.workers.length > 0) {
    const found = scene.workers.findIndex((w) => w.id === worker);
    const i = found >= 0 ? found : scene.workers.length - 1;
    const rows = scene.workerRows;
    return { x: l.workers.x + l.workers.w / 2, y: rows.top + (i + 1) * rows.rowH - 2 };
  }
  switch (kind) {
    case 'first-drop':
      return { x: l.bin.x + l.bin.w / 2, y: l.bin.y };
    case 'blocked':
      return { x: l.producer.x + l.producer.w / 2, y: l.producer.y + l.producer.h };
    case 'oom':
      return { x: l.well.x + l.well.w / 2, y: l.well.y };
    case 'consumer-added':
      return { x: l.workers.x + l.workers.w / 2, y: l.workers.y + l.workers.h / 2 };
    case 'retry-wave':
      return { x: l.tray.x + l.tray.w / 2, y: l.tray.y };
    case 'reset':
      return { x: l.well.x + l.well.w / 2, y: l.well.y };
    case 'packed':
      // Said by the caption under the well, not by a chip (noteMoment's callout is off for it).
      return { x: l.well.x + l.well.w / 2, y: l.well.y + l.well.h };
  }
}
