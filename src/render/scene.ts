/**
 * The render data: everything the renderer draws in one frame, as plain values. The animator fills
 * one scene object in place every frame (its arrays are reused), so building it allocates nothing
 * once warmed up; the renderer reads it and never mutates it.
 */
import type { SimSnapshot, WorkerStatus } from '../sim/snapshot.ts';
import type { FlowMode } from './flow.ts';
import type { StageNumbers } from './stageNumbers.ts';
import type { StageLayout, WorkerRows } from './stageLayout.ts';
import type { LanePile, WellGrid } from './wellGrid.ts';

/** A block resting in the well, at a worker or in the producer's hands, or moving between them. */
export interface BlockSprite {
  /** The message's id. */
  id: number;
  x: number;
  y: number;
  /** Side, px: a cell in the well, smaller at a worker. */
  size: number;
  /** Index into the block palette: the key, or the priority when priorities are in play. */
  style: number;
  alpha: number;
  /** 0–1: a conflation flash. */
  flash: number;
}

/** A block on its way out: to the sink, the bin, or nowhere (a crash). */
export interface FlightView {
  /** The message's id. */
  id: number;
  x: number;
  y: number;
  size: number;
  /** Block palette index, used when `reason` is -1. */
  style: number;
  /** Index into DROP_REASONS: the block takes the reason's colour and mark. -1 for deliveries. */
  reason: number;
  alpha: number;
}

export type PulseKind = 'slow' | 'fast' | 'credit';

export interface PulseView {
  x: number;
  y: number;
  kind: PulseKind;
  /** 0–1 along the wire. */
  progress: number;
}

/** A message waiting out its retry backoff. */
export interface TrayView {
  id: number;
  x: number;
  y: number;
  style: number;
  /** 0–1 of the backoff elapsed. */
  progress: number;
}

export interface WorkerView {
  id: number;
  status: WorkerStatus;
  alpha: number;
  /** 0–1 through the current service; -1 when there is no bar to draw (idle, or too fast to see). */
  progress: number;
  /** Sim ms until a starting worker is ready. */
  readyInMs: number;
  /**
   * In a pipeline: done with its message but holding it, because the next stage will not take it
   * yet (blocking after service). Never set on a single stage.
   */
  holding: boolean;
  /** Busy with a copy whose requester has given up: wasted work (SimSnapshot's WorkerView). */
  wasted: boolean;
}

/** How the producer spent the last fraction of a second, 0–1 each (smoothed over wall time). */
export interface ProducerShares {
  stopped: number;
  slowed: number;
  running: number;
  /** Why it stopped most recently. */
  stopKind: 'blocked' | 'out-of-credit';
}

/** Where a lane's head (next to leave) and tail (newest) are drawn; NaN when the lane is empty. */
export interface LaneMarks {
  headX: number;
  headY: number;
  /** The head is in the packed rows, not a block of its own. */
  headPacked: boolean;
  tailX: number;
  tailY: number;
  /**
   * The height of the newest's cell: its pointer and word beside the wall stay at its row while it
   * waits over the mouth for its step in (else they would blink off at every moment of a busy well).
   */
  tailRowY: number;
}

/** The block a reader follows, wherever it is this frame. */
export interface FollowView {
  id: number;
  x: number;
  y: number;
  /** Side of the ring around it, px. */
  size: number;
  /** False while it is hidden. */
  visible: boolean;
  /**
   * In the packed rows it has no block of its own: its block (this style) is drawn on its
   * approximate grey cell, with the ring, so it stands out among them. -1 elsewhere.
   */
  packedStyle: number;
}

/**
 * Where the followed message's story ended, marked on the stage until the reader follows another
 * or stops: a chip by the Done box (delivered) or the Lost bin, with the point it is about.
 */
export interface FollowEndView {
  ending: 'delivered' | 'lost';
  /** Wordings, longest first ("Message 12 delivered", "No. 12 delivered"). */
  text: readonly string[];
  /** The point it refers to, px. */
  x: number;
  y: number;
}

export type MomentKind =
  'first-drop' | 'blocked' | 'oom' | 'consumer-added' | 'retry-wave' | 'reset' | 'packed';

/** A moment called out on the stage: a few words near where it happened, fading. */
export interface CalloutView {
  kind: MomentKind;
  text: string;
  /** The point it refers to, px. */
  x: number;
  y: number;
  /** 0–1. */
  alpha: number;
}

export interface StageScene {
  snapshot: SimSnapshot;
  /** The published numbers the stage writes (the same the live cards show). */
  numbers: StageNumbers;
  layout: StageLayout;
  grid: WellGrid;
  byPriority: boolean;
  /** Priority levels in play (StageConfig): the key line under the well names them. */
  priorityLevels: number;
  /** How many the rate limit may hold back before the queue (StageConfig); null: none wait there. */
  limitWaits: number | null;
  /** The styles the belt's even stream cycles through (StageConfig). */
  beltStyles: readonly number[];
  /** Tries a refused message gets in all before it is given up (StageConfig); null: no retries. */
  retryTries: number | null;
  reducedMotion: boolean;
  flow: FlowMode;
  producerShares: ProducerShares;
  /** The rate the producer is set to, messages/s, held through momentary blocks. */
  producerRate: number;
  /** Messages come at random gaps, so the rate measured over a second wanders round the set one. */
  randomGaps: boolean;
  /** The producer is in a step up from its base rate (a surge), as the knob calls it. */
  surging: boolean;
  /** Producer and delivery rates, messages per simulated second (smoothed). */
  inRate: number;
  outRate: number;
  /** The feedback wire, four points from the first worker up, across and down to the producer. */
  wire: Float64Array;
  /** Offset of the conveyor's moving stripes, px. */
  beltPhase: number;
  /** Messages per packed (grey) cell, shared by every lane; 1 when nothing is packed. */
  packUnit: number;
  /** The run's grey-cell scale grew a moment ago: the caption says the new one, standing out. */
  packUnitNews: boolean;
  /** Per lane: packed rows at the bottom and single blocks above. */
  piles: LanePile[];
  /** Per lane: where its head and tail are. */
  marks: LaneMarks[];
  sprites: BlockSprite[];
  /**
   * Cells counted in the caption whose block is not in them yet: the newcomer riding in to the mouth
   * (or over it, waiting for its step in), or one waiting for its cell to clear. Drawn as taken, a
   * faint square of the block's colour with a dashed edge, so the picture and the count agree (a
   * reader saw "20 of 20 waiting" over a well with an empty cell while the newcomer waited above it).
   */
  spokenFor: BlockSprite[];
  follow: FollowView | null;
  /** Where the followed message's story ended, once its last journey is over; null otherwise. */
  followEnd: FollowEndView | null;
  callouts: CalloutView[];
  flights: FlightView[];
  pulses: PulseView[];
  /** Signals and credits on the wire, including those not drawn. */
  pulsesInFlight: number;
  /** Retries drawn in the tray: never more than the count written over it. */
  tray: TrayView[];
  /** Retries counted in the tray's number but not drawn as blocks: shown as "+k". */
  trayMore: number;
  /** Of the retries counted, those drawn on their way into the tray (flights), not yet in it. */
  trayComing: number;
  workers: WorkerView[];
  workerRows: WorkerRows;
  /** 0–1 intensities of momentary effects. */
  crashFlash: number;
  flushFlash: number;
  sinkBump: number;
  /** Per DROP_REASONS index, 0–1. */
  binBump: Float64Array;
  feedback: 'none' | 'watermark' | 'credit';
  signalDelayMs: number;
}
