/**
 * A plain-data picture of the simulation at one instant, for the renderer: what waits in each lane,
 * what each worker holds and how far along it is, what the producer is doing. Long lanes are cut to
 * their front `maxBlocksPerLane` messages plus a count, so a frame costs the same with a million
 * messages waiting as with a hundred.
 */
import { Blocked, type CrashCause, type Engine } from './engine.ts';
import type { Message } from './message.ts';
import { DROP_REASONS, type DropCounts } from './types.ts';
import { creditWindowOf } from './creditWindow.ts';
import { burstPhase } from './arrivalPattern.ts';
import { WorkerState } from './worker.ts';
import { stageViews, type StageView } from './pipeline/stageSnapshot.ts';

export interface BlockView {
  id: number;
  key: number;
  priority: number;
  sizeBytes: number;
  createdAt: number;
  /** When it took its place in the queue (0 if it never waited). */
  enqueuedAt: number;
  attempts: number;
}

export interface LaneView {
  /** Messages waiting in this lane. */
  count: number;
  /** The front of the lane, oldest first; at most the snapshot's limit. */
  blocks: BlockView[];
  /**
   * The back of the lane (up to the snapshot's tail limit), oldest first, when the lane holds more
   * than the front shows; empty otherwise. The newest messages: the stage draws them one by one above
   * the packed rows.
   */
  tail: BlockView[];
}

export type WorkerStatus = 'idle' | 'busy' | 'starting' | 'down' | 'retiring';

export interface WorkerView {
  id: number;
  status: WorkerStatus;
  block: BlockView | null;
  /** Service start and expected end, ms (meaningful while busy or retiring). */
  startedAt: number;
  endsAt: number;
  /** When a starting worker will be ready, ms. */
  readyAt: number;
  /**
   * Whether the message it is working on is a copy whose requester has already given up (timed
   * out): work whose answer goes to no one, which Done will not count.
   */
  wasted: boolean;
}

export type ProducerStatus = 'running' | 'slowed' | 'blocked' | 'out-of-credit' | 'idle';

export interface ProducerView {
  status: ProducerStatus;
  /** What it makes now, messages/s (0 while blocked). */
  ratePerSec: number;
  /** What the workload asks for now, before any feedback, messages/s. */
  targetRatePerSec: number;
  /** The message a blocked producer is holding. */
  held: BlockView | null;
  /**
   * A bursty producer's phase (its pattern's, whatever holds it back): in a burst, or between
   * bursts; null for a producer that does not send in bursts.
   */
  burst: 'in' | 'between' | null;
  /** Credits in hand and the window in force (see creditWindow.ts), under credit-window feedback. */
  credits: number | null;
  window: number | null;
}

export interface SimSnapshot {
  now: number;
  producer: ProducerView;
  lanes: LaneView[];
  waiting: number;
  capacity: number | null;
  memoryBytes: number;
  memoryBudgetBytes: number | null;
  workers: WorkerView[];
  retryWaiting: number;
  /** Requests the rate limit is holding back, each waiting its turn before the queue (nginx's burst). */
  rateDelayed: number;
  crashed: boolean;
  /** While crashed, why: over the memory budget, or out of the machine's memory. */
  crashCause: CrashCause | null;
  restartAt: number | null;
  produced: number;
  delivered: number;
  dropped: DropCounts;
  /**
   * A pipeline's stages, first to last (only when the scenario has `downstream` stages). The fields
   * above then show the first stage (a consumer holding a finished message it cannot hand on shows
   * as busy there) and the producer; `delivered` and `dropped` stay end to end.
   */
  stages?: StageView<BlockView>[];
}

function blockOf(m: Message): BlockView {
  return {
    id: m.id,
    key: m.key,
    priority: m.priority,
    sizeBytes: m.size,
    createdAt: m.createdAt,
    enqueuedAt: m.slotAt,
    attempts: m.attempts,
  };
}

const STATUS: Record<number, WorkerStatus> = {
  [WorkerState.idle]: 'idle',
  [WorkerState.busy]: 'busy',
  [WorkerState.starting]: 'starting',
  [WorkerState.down]: 'down',
  // Only in a pipeline: the first stage's picture shows a consumer holding its message as busy.
  [WorkerState.blocked]: 'busy',
};

/**
 * Reads the engine's state into plain data: each lane's front `maxBlocksPerLane` messages, and its
 * back `maxTailPerLane` when the front does not reach them.
 */
export function takeSnapshot(
  engine: Engine,
  maxBlocksPerLane = 200,
  maxTailPerLane = 0,
): SimSnapshot {
  const sc = engine.scenario;
  const room = engine.room;
  const lanes: LaneView[] = [];
  for (let lane = 0; lane < room.laneCount; lane++) {
    const blocks: BlockView[] = [];
    room.forEachInLane(lane, (m) => blocks.push(blockOf(m)), maxBlocksPerLane);
    const count = room.laneSize(lane);
    const tail: BlockView[] = [];
    if (count > maxBlocksPerLane && maxTailPerLane > 0)
      room.forEachAtBackOfLane(lane, (m) => tail.push(blockOf(m)), maxTailPerLane);
    lanes.push({ count, blocks, tail });
  }
  const workerView = (w: Engine['workers'][number], retiring: boolean): WorkerView => ({
    id: w.id,
    status: retiring ? 'retiring' : (STATUS[w.state] ?? 'idle'),
    block: w.message ? blockOf(w.message) : null,
    startedAt: w.startedAt,
    endsAt: w.endsAt,
    readyAt: w.readyAt,
    wasted: w.message?.abandoned === true,
  });
  const m = engine.meter;
  const dropped = { total: m.droppedTotal } as DropCounts;
  DROP_REASONS.forEach((r, i) => (dropped[r] = m.drops[i] as number));
  const target = engine.targetRate();
  const rate = engine.producerRate();
  const status: ProducerStatus =
    engine.blocked === Blocked.queueFull
      ? 'blocked'
      : engine.blocked === Blocked.noCredit
        ? 'out-of-credit'
        : target === 0
          ? 'idle'
          : rate < target
            ? 'slowed'
            : 'running';
  return {
    now: engine.now,
    producer: {
      status,
      ratePerSec: rate,
      targetRatePerSec: target,
      held: engine.held ? blockOf(engine.held) : null,
      burst: burstPhase(sc.workload.pattern, engine.now),
      credits: sc.feedback.kind === 'credit' ? engine.credits : null,
      window: creditWindowOf(sc),
    },
    lanes,
    waiting: room.count,
    capacity: sc.queue.capacity,
    memoryBytes: room.bytes,
    memoryBudgetBytes: sc.queue.memoryBudgetBytes,
    workers: [
      ...engine.workers.map((w) => workerView(w, false)),
      ...engine.retiring.map((w) => workerView(w, true)),
    ],
    retryWaiting: engine.retryWaiting,
    rateDelayed: engine.rateDelayed,
    crashed: engine.crashed,
    crashCause: engine.crashed ? engine.crashCause : null,
    restartAt: engine.crashed ? engine.restartAt : null,
    produced: m.produced,
    delivered: m.deliveredCount,
    dropped,
    ...(engine.pipeline === null ? {} : { stages: stageViews(engine, blockOf, maxBlocksPerLane) }),
  };
}
