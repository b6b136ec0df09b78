/** Calling a helper consumer: what it does, what it costs, and when it can be called again. */
import { formatMs, formatPercent } from '../../domain/format.ts';
import { Working } from './ConsumerStatus.tsx';
import { helperStatus } from './gameText.ts';
import { useGameSession, useSessionState } from './sessionContext.ts';

export function HelperControl() {
  const session = useGameSession();
  const view = useSessionState((s) => s.view);
  const rules = useSessionState((s) => s.rules);
  const phase = useSessionState((s) => s.phase);
  const available = phase === 'playing' && view.helper.phase === 'ready';
  return (
    <section className="panel game-helper" aria-labelledby="game-helper-title">
      <h2 id="game-helper-title">Helper</h2>
      <p className="help">
        A second consumer for {formatMs(rules.helper.workMs)}, after{' '}
        {formatMs(rules.helper.startupMs)} to start. It takes the oldest blocks, at{' '}
        {formatPercent(rules.serviceMsPerKB / rules.helper.serviceMsPerKB)} of your speed. It costs{' '}
        {rules.scoring.perHelper} points, then rests {formatMs(rules.helper.cooldownMs)}.
      </p>
      <button
        type="button"
        className="button"
        aria-disabled={!available}
        aria-describedby="game-helper-status"
        onClick={() => session.callHelper()}
      >
        Call a helper <kbd className="key-label">H</kbd>
      </button>
      <p className="game-status-line" id="game-helper-status" data-testid="game-helper">
        {helperStatus(view)}
        {view.helper.inService && (
          <>
            {' Now '}
            <Working service={view.helper.inService} now={view.now} />
          </>
        )}
      </p>
    </section>
  );
}
