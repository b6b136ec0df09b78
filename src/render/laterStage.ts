/**
 * A later stage of a pipeline, as the single well's animator sees a stage: a snapshot of its own
 * (its queue as one lane, its consumers, no producer of its own: the link from the stage above feeds
 * it), so each stage is placed, animated and drawn by the same code as the single well. A consumer
 * holding a finished message for the next stage shows as busy here; `holdingIds` says which.
 */
import type { BlockView, SimSnapshot, WorkerStatus } from '../sim/snapshot.ts';
import type { StageView, StageWorkerStatus } from '../sim/pipeline/stageSnapshot.ts';
import type { StageNumbers } from './stageNumbers.ts';

const STATUS: Record<StageWorkerStatus, WorkerStatus> = {
  idle: 'idle',
  busy: 'busy',
  starting: 'starting',
  down: 'down',
  retiring: 'retiring',
  blocked: 'busy',
};

/**
 * The simulation numbers a later stage's consumers from its index × 1000 (laterStage.ts in the sim),
 * so ids never clash across stages; the picture counts each stage's consumers from 1.
 */
const IDS_PER_STAGE = 1000;

function ownId(stage: StageView<BlockView>, id: number): number {
  return id - (stage.stage - 1) * IDS_PER_STAGE;
}

/** Messages that have come into a stage so far: what it passed on, lost, holds and has waiting. */
export function enteredStage(stage: StageView<BlockView>): number {
  let inHand = 0;
  for (const w of stage.workers) if (w.block !== null) inHand++;
  return stage.delivered + stage.dropped.total + stage.waiting + inHand;
}

/** The snapshot a later stage is drawn from, at simulated time `now`. */
export function laterStageSnapshot(stage: StageView<BlockView>, now: number): SimSnapshot {
  return {
    now,
    producer: {
      status: 'running',
      ratePerSec: 0,
      targetRatePerSec: 0,
      held: null,
      burst: null,
      credits: stage.credits,
      window: stage.window,
    },
    lanes: [{ count: stage.waiting, blocks: stage.blocks, tail: [] }],
    waiting: stage.waiting,
    capacity: stage.capacity,
    memoryBytes: 0,
    memoryBudgetBytes: null,
    workers: stage.workers.map((w) => ({
      id: stage.stage === 1 ? w.id : ownId(stage, w.id),
      status: STATUS[w.status],
      block: w.block,
      startedAt: w.startedAt,
      endsAt: w.endsAt,
      readyAt: w.startedAt,
      // Requesters time out at the pipeline's mouth, not between its stages.
      wasted: false,
    })),
    retryWaiting: 0,
    rateDelayed: 0,
    crashed: false,
    crashCause: null,
    restartAt: null,
    produced: enteredStage(stage),
    delivered: stage.delivered,
    dropped: stage.dropped,
  };
}

/** The ids (as the stage's picture numbers them) of its consumers holding a finished message they cannot hand on. */
export function holdingIds(stage: StageView<BlockView>, out: Set<number>): Set<number> {
  out.clear();
  for (const w of stage.workers)
    if (w.status === 'blocked') out.add(stage.stage === 1 ? w.id : ownId(stage, w.id));
  return out;
}

/**
 * The numbers a stage writes: its own queue, what it passed on and lost; the rates and the crash
 * state from the published end-to-end numbers (`base`), which only the first and last stages show.
 */
export function stageNumbersFor(
  stage: StageView<BlockView>,
  base: StageNumbers,
  last: boolean,
): StageNumbers {
  return {
    ...base,
    waiting: stage.waiting,
    // The last stage's "done" is the pipeline's: the same number the cards show.
    delivered: last ? base.delivered : stage.delivered,
    dropped: stage.dropped,
    retryWaiting: stage.stage === 1 ? base.retryWaiting : 0,
    rateDelayed: stage.stage === 1 ? base.rateDelayed : 0,
    crashed: stage.stage === 1 ? base.crashed : false,
    restartAt: stage.stage === 1 ? base.restartAt : null,
  };
}
