/**
 * The stage's parts in words, from the scenario alone: what the page shows in the stage's place
 * from its first paint until the stage's first frame is drawn. The drawing code and the simulation
 * load after the page (in a worker), and a reader saw an empty box there for a moment on every
 * load; now it holds the producer, the queue and the consumers, empty, with the stage's own words
 * (src/render/draw: "Producer", "Lost", "Consumers", "Done"). Small and free of the renderer, as
 * it ships with the page's first JavaScript.
 */
import type { Scenario } from '../sim/scenario.ts';
import { LOST_BOX } from './stageWords.ts';

export interface StageSkeletonWords {
  producer: string;
  /** The producer's set rate, "70/s", when it has one rate; null for a changing workload. */
  rate: string | null;
  lost: string;
  /** Under the well: "Queue · no limit", "Queue · up to 50" (no numbers of a run: it may have begun). */
  queue: string;
  consumers: string;
  /** A box each ("Worker 1"), or one line for many ("8 workers"). */
  workers: readonly string[];
  done: string;
  /** "Stage 1 of 3" for a pipeline, whose later stages follow the first when it is drawn. */
  stage: string | null;
}

/** More workers than this are said in one line rather than a box each. */
const MOST_BOXES = 4;

export function stageSkeletonWords(scenario: Scenario): StageSkeletonWords {
  const pattern = scenario.workload.pattern;
  const count = scenario.consumers.count;
  const capacity = scenario.queue.capacity;
  const later = scenario.downstream?.length ?? 0;
  return {
    producer: 'Producer',
    rate: pattern.kind === 'steady' ? `${pattern.ratePerSec}/s` : null,
    lost: LOST_BOX,
    queue: capacity === null ? 'Queue · no limit' : `Queue · up to ${capacity}`,
    consumers: 'Consumers',
    workers:
      count > MOST_BOXES
        ? [`${count} workers`]
        : Array.from({ length: count }, (_, i) => `Worker ${i + 1}`),
    done: 'Done',
    stage: later > 0 ? `Stage 1 of ${later + 1}` : null,
  };
}
