/** What the consumers are doing, what the producer is doing, and what your last press was worth. */
import type { InService } from '../../game/types.ts';
import { MarkIcon } from '../MarkIcon.tsx';
import { keyName } from './gameSession.ts';
import { kb, producerStatus } from './gameText.ts';
import { laneStyle } from './laneStyle.ts';
import { useSessionState } from './sessionContext.ts';

export function ConsumerStatus() {
  const view = useSessionState((s) => s.view);
  const rules = useSessionState((s) => s.rules);
  const feedback = useSessionState((s) => s.feedback);
  const { inService, typeAhead } = view.you;
  // Once the game is over nothing is being processed any more, whatever was in hand when it ended.
  const over = view.over !== null;
  return (
    <div className="game-status">
      <p className="game-status-line" data-testid="game-you">
        <span className="game-status-who">You:</span>{' '}
        {over ? 'done.' : inService ? <Working service={inService} now={view.now} /> : 'free.'}
        {!over && typeAhead.length > 0 && (
          <span className="muted"> Next: {typeAhead.map((lane) => keyName(lane)).join(', ')}.</span>
        )}
      </p>
      <p className="game-status-line" data-testid="game-producer">
        {producerStatus(view, rules)}
      </p>
      <p
        className="game-feedback"
        data-tone={feedback?.tone ?? 'neutral'}
        data-testid="game-feedback"
      >
        {feedback?.text ?? 'Press a column’s key, or tap the column, to process its oldest block.'}
      </p>
    </div>
  );
}

/** A block in service, with how far along it is. */
export function Working({ service, now }: { service: InService; now: number }) {
  const { block, startedAt, endsAt } = service;
  const style = laneStyle(block.lane);
  const done = Math.min(1, Math.max(0, (now - startedAt) / (endsAt - startedAt)));
  return (
    <span className="game-working">
      processing <MarkIcon shape={style.shape} color={style.color} /> {style.keys[0]} (
      {kb(block.sizeBytes)})
      <span className="game-progress" aria-hidden="true">
        <span style={{ width: `${done * 100}%` }} />
      </span>
    </span>
  );
}
