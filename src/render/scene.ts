/**
 * The render data: everything the renderer draws in one frame, as plain values. The animator fills
 * one scene object in place every frame (its arrays are reused), so building it allocates nothing
 * once warmed up; the renderer reads it and never mutates it.
 */
import type { SimSnapshot, WorkerStatus } from '../sim/snapshot.ts';
import type { FlowMode } from './flow.ts';
import type { StageLayout, WorkerRows } from './stageLayout.ts';
import type { WellGrid } from './wellGrid.ts';

/** A block resting in the well, at a worker or in the producer's hands, or moving between them. */
export interface BlockSprite {
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
}

/** A message waiting out its retry backoff. */
export interface TrayView {
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
}

/** How the producer spent the last fraction of a second, 0–1 each (smoothed over wall time). */
export interface ProducerShares {
  stopped: number;
  slowed: number;
  running: number;
  /** Why it stopped most recently. */
  stopKind: 'blocked' | 'out-of-credit';
}

export interface StageScene {
  snapshot: SimSnapshot;
  layout: StageLayout;
  grid: WellGrid;
  byPriority: boolean;
  reducedMotion: boolean;
  flow: FlowMode;
  producerShares: ProducerShares;
  /** The rate the producer is set to, messages/s, held through momentary blocks. */
  producerRate: number;
  /** Producer and delivery rates, messages per simulated second (smoothed). */
  inRate: number;
  outRate: number;
  /** The feedback wire, four points from the first worker up, across and down to the producer. */
  wire: Float64Array;
  /** Offset of the conveyor's moving stripes, px. */
  beltPhase: number;
  /** Per lane: whether it is drawn as stacked rows, how many messages a cell stands for, and the
   * displayed fill in cells (eased towards the count). */
  laneStacked: boolean[];
  laneUnit: number[];
  laneLevel: number[];
  sprites: BlockSprite[];
  flights: FlightView[];
  pulses: PulseView[];
  /** Signals and credits on the wire, including those not drawn. */
  pulsesInFlight: number;
  tray: TrayView[];
  workers: WorkerView[];
  workerRows: WorkerRows;
  /** 0–1 intensities of momentary effects. */
  crashFlash: number;
  flushFlash: number;
  sinkBump: number;
  /** Per DROP_REASONS index, 0–1. */
  binBump: Float64Array;
  /** Bytes over the budget at the last crash, for the gauge while the process is down. */
  overflowBytes: number;
  feedback: 'none' | 'watermark' | 'credit';
  signalDelayMs: number;
}
