/**
 * The stage's parts, empty, in the stage's place until its first frame is drawn: the producer, the
 * lost messages' box, the queue's well and the consumers with Done, named as the stage names them
 * (src/domain/stageSkeleton.ts). It ships with the page's first JavaScript, so the first paint has
 * it; the canvas's drawing code and the simulation's worker come after. Hidden from screen readers:
 * the canvas's own description follows within a moment.
 */
import { stageSkeletonWords } from '../../domain/stageSkeleton.ts';
import { usePlayground } from '../../store/index.ts';

export function StageSkeleton({ over = false }: { over?: boolean }) {
  const scenario = usePlayground((s) => s.scenario);
  const w = stageSkeletonWords(scenario);
  return (
    <div
      className={over ? 'stage-skeleton stage-skeleton-over' : 'stage-skeleton'}
      aria-hidden="true"
      data-testid="stage-skeleton"
    >
      {w.stage !== null && <p className="skeleton-stage">{w.stage}</p>}
      <div className="skeleton-producer skeleton-box">
        <b>{w.producer}</b>
        {w.rate !== null && <span className="skeleton-big">{w.rate}</span>}
      </div>
      <div className="skeleton-lost skeleton-box">
        <b>{w.lost}</b>
        <span>none yet</span>
      </div>
      <div className="skeleton-well">
        <div className="skeleton-tank" />
        <span>{w.queue}</span>
      </div>
      <div className="skeleton-consumers">
        <span>{w.consumers}</span>
        {w.workers.map((worker) => (
          <div key={worker} className="skeleton-box skeleton-worker">
            {worker}
          </div>
        ))}
      </div>
      <div className="skeleton-done skeleton-box">
        <b>{w.done}</b>
      </div>
    </div>
  );
}
