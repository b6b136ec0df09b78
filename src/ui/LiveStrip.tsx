/** The live numbers beside the charts. Re-renders only when the store's live stats refresh (≤ 10×/s). */
import { usePlayground } from '../store/index.ts';
import { liveNumbers, producerStatus } from './liveNumbers.ts';
import { dataNumber } from './dataNumber.ts';

export function LiveStrip() {
  const live = usePlayground((s) => s.live);
  const engine = usePlayground((s) => s.engine);
  const scenario = usePlayground((s) => s.scenario);
  const numbers = liveNumbers(live.summary, engine.series, scenario);
  return (
    <section className="live" aria-labelledby="live-title">
      <h2 id="live-title" className="visually-hidden">
        Live numbers
      </h2>
      <dl className="live-strip">
        {numbers.map((n) => (
          <div
            key={n.id}
            className="live-item"
            data-testid={`live-${n.id}`}
            data-value={dataNumber(n.raw)}
          >
            <dt>{n.label}</dt>
            <dd>
              <span className="live-value">{n.value}</span>
              <span className="live-detail">{n.detail}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="producer-status" data-testid="producer-status">
        Producer: {producerStatus(engine)}
      </p>
    </section>
  );
}
