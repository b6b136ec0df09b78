/**
 * Each stage of a pipeline as plain data for the picture (SimSnapshot.stages): what waits, what each
 * consumer holds (a blocked one holds a finished message it cannot hand on), how messages come in
 * (the producer, or the link from the stage above) and what the stage has passed on and lost.
 */
import type { Engine } from '../engine.ts';
import type { Message } from '../message.ts';
import { DROP_REASONS, type DropCounts } from '../types.ts';
import type { Worker } from '../worker.ts';
import { WorkerState } from '../worker.ts';
import type { LaterStage } from './laterStage.ts';
import type { StageMeter } from './stageMeter.ts';

/** A consumer's status within a stage; `blocked`: holding a finished message for the next stage. */
export type StageWorkerStatus = 'idle' | 'busy' | 'starting' | 'down' | 'retiring' | 'blocked';

export interface StageWorkerView<Block> {
  id: number;
  status: StageWorkerStatus;
  block: Block | null;
  startedAt: number;
  endsAt: number;
}

export interface StageView<Block> {
  /** 1 for the first stage. */
  stage: number;
  name: string;
  /** How messages come into the stage: from the producer (the first), or the link from the stage above. */
  link: 'producer' | 'blocking' | 'credit' | 'fire-and-forget';
  waiting: number;
  capacity: number | null;
  /** The front of its queue, oldest first, up to the snapshot's limit. */
  blocks: Block[];
  workers: StageWorkerView<Block>[];
  /** Its consumers blocked now, holding a message for the next stage. */
  holding: number;
  /** Consumers of the stage above blocked now, waiting to hand this stage a message. */
  waitingToEnter: number;
  /** Under a credit link: credits the stage above holds, and the window. */
  credits: number | null;
  window: number | null;
  delivered: number;
  dropped: DropCounts;
}

const STATUS: Record<number, StageWorkerStatus> = {
  [WorkerState.idle]: 'idle',
  [WorkerState.busy]: 'busy',
  [WorkerState.starting]: 'starting',
  [WorkerState.down]: 'down',
  [WorkerState.blocked]: 'blocked',
};

function drops(meter: StageMeter): DropCounts {
  const counts = { total: 0 } as DropCounts;
  DROP_REASONS.forEach((r, i) => {
    counts[r] = meter.drops[i] as number;
    counts.total += counts[r];
  });
  return counts;
}

export function stageViews<Block>(
  engine: Engine,
  blockOf: (m: Message) => Block,
  maxBlocks: number,
): StageView<Block>[] {
  const chain = engine.pipeline;
  if (chain === null) return [];
  const workerView = (w: Worker, retiring: boolean): StageWorkerView<Block> => ({
    id: w.id,
    status: retiring && w.state !== WorkerState.blocked ? 'retiring' : (STATUS[w.state] ?? 'idle'),
    block: w.message === null ? null : blockOf(w.message),
    startedAt: w.startedAt,
    endsAt: w.endsAt,
  });
  const room = engine.room;
  const firstBlocks: Block[] = [];
  for (let lane = 0; lane < room.laneCount && firstBlocks.length < maxBlocks; lane++)
    room.forEachInLane(lane, (m) => firstBlocks.push(blockOf(m)), maxBlocks - firstBlocks.length);
  const sc = engine.scenario;
  const views: StageView<Block>[] = [
    {
      stage: 1,
      name: sc.stageName ?? '',
      link: 'producer',
      waiting: room.count,
      capacity: sc.queue.capacity,
      blocks: firstBlocks,
      workers: [
        ...engine.workers.map((w) => workerView(w, false)),
        ...engine.retiring.map((w) => workerView(w, true)),
      ],
      holding: chain.firstHolding,
      waitingToEnter: engine.held === null ? 0 : 1,
      credits: sc.feedback.kind === 'credit' ? engine.credits : null,
      window: sc.feedback.kind === 'credit' ? sc.feedback.window : null,
      delivered: chain.first.passed,
      dropped: drops(chain.first),
    },
  ];
  chain.stages.forEach((s: LaterStage) => {
    const blocks: Block[] = [];
    s.room.forEachInLane(0, (m) => blocks.push(blockOf(m)), maxBlocks);
    const link = s.spec.link;
    views.push({
      stage: s.index + 1,
      name: s.spec.name,
      link: link.kind,
      waiting: s.room.count,
      capacity: s.spec.queue.capacity,
      blocks,
      workers: [
        ...s.workers.map((w) => workerView(w, false)),
        ...s.retiring.map((w) => workerView(w, true)),
      ],
      holding: s.holding,
      waitingToEnter: s.holders.length,
      credits: link.kind === 'credit' ? s.credits : null,
      window: link.kind === 'credit' ? link.window : null,
      delivered: s.meter.passed,
      dropped: drops(s.meter),
    });
  });
  return views;
}
