/** Every key the game listens to, always on screen. */
import { MarkIcon } from '../MarkIcon.tsx';
import { laneStyle } from './laneStyle.ts';
import { useSessionState } from './sessionContext.ts';

export function KeysPanel() {
  const lanes = useSessionState((s) => s.rules.lanes);
  return (
    <section className="panel game-keys" aria-labelledby="game-keys-title">
      <h2 id="game-keys-title">
        <span className="key-label">Keys</span>
        <span className="touch-label">Touch</span>
      </h2>
      <p className="touch-label">
        Tap a column to process its oldest block. The buttons under the well switch strategy and
        call a helper; Pause is above it. With a keyboard, the keys below work too.
      </p>
      <dl className="shortcut-list">
        <div>
          <dt className="game-lane-keys">
            {Array.from({ length: lanes }, (_, lane) => {
              const style = laneStyle(lane);
              return (
                <span key={lane} className="game-lane-key">
                  <MarkIcon shape={style.shape} color={style.color} />
                  <kbd>{style.keys[0]}</kbd>
                </span>
              );
            })}
          </dt>
          <dd>
            Process the oldest block of that column (or tap the column). The right hand can use{' '}
            {Array.from({ length: lanes }, (_, lane) => laneStyle(lane).keys[1]).join(' ')}.
          </dd>
        </div>
        <div>
          <dt>
            <kbd>1</kbd>–<kbd>4</kbd>
          </dt>
          <dd>Switch strategy.</dd>
        </div>
        <div>
          <dt>
            <kbd>H</kbd>
          </dt>
          <dd>Call a helper.</dd>
        </div>
        <div>
          <dt>
            <kbd>Space</kbd>
          </dt>
          <dd>Start, pause or go on.</dd>
        </div>
        <div>
          <dt>
            <kbd>P</kbd> <kbd>Esc</kbd>
          </dt>
          <dd>Pause or go on.</dd>
        </div>
      </dl>
    </section>
  );
}
