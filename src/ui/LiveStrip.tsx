/**
 * The live cards under the stage. Each leads with the run so far in plain words and shows the last
 * second under it; the symbol and formula behind a card appear when it is hovered (its title) or
 * its "?" has the keyboard's focus (they are the card's and the button's accessible description).
 * The card itself takes no focus: its "?" is the one Tab stop per card (twelve presses went through
 * six cards before). Re-renders only when the store's live stats refresh (≤ 10×/s).
 */
import { useId } from 'react';
import { usePlayground } from '../store/index.ts';
import { liveNumbers, producerStatus, type LiveNumber } from './liveNumbers.ts';
import { dataNumber } from './dataNumber.ts';
import { usePipelineCards } from './usePipelineCards.ts';
import { withHeldBack } from './heldBackLive.ts';
import { producerLine, sinceChangeWords } from '../domain/cardWords.ts';

function Card({ number: n }: { number: LiveNumber }) {
  const id = useId();
  return (
    <div
      className="live-item"
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-formula`}
      title={n.formula}
      data-testid={`live-${n.id}`}
      data-value={dataNumber(n.raw)}
    >
      <span className="live-label" id={`${id}-label`}>
        {n.label}
      </span>
      <button
        type="button"
        className="live-term"
        aria-label={`${n.label}: in the glossary`}
        // The formula shows beside it on focus, and a screen reader hears it after the name.
        aria-describedby={`${id}-formula`}
        aria-haspopup="dialog"
        onClick={() => {
          // As openGlossary (glossary/openGlossary.ts) does, without its chunk on the first screen.
          document.documentElement.dataset.glossaryAt = `card:${n.id}`;
          window.dispatchEvent(new Event('playground:open-glossary'));
        }}
      >
        ?
      </button>
      {/* A headline in words ("none for 2 min") may wrap on a phone's narrow card; a number not. */}
      <span className={/^[\d<>]/.test(n.value) ? 'live-value' : 'live-value live-value-words'}>
        {n.value}
      </span>
      <span className="live-detail">{n.detail}</span>
      <span className="live-formula" id={`${id}-formula`}>
        {n.formula}
      </span>
    </div>
  );
}

export function LiveStrip() {
  const live = usePlayground((s) => s.live);
  const engine = usePlayground((s) => s.engine);
  const scenario = usePlayground((s) => s.scenario);
  const playing = usePlayground((s) => s.playing);
  const endToEnd = usePipelineCards(scenario.downstream !== undefined);
  // In an exercise with a goal on it, what the producer was held back from, as the check counts it.
  const goals = usePlayground((s) => s.exercise?.exercise.goals ?? null);
  // After a change to the running scenario the cards count from it (the line above them says so).
  const since = live.sinceChange;
  const summary = since?.summary ?? live.summary;
  const computed = liveNumbers(summary, engine.series, scenario, engine, since);
  endToEnd?.(computed, summary, scenario);
  const numbers = withHeldBack(computed, summary.heldBack, goals);
  return (
    <section className="live" aria-labelledby="live-title">
      <h2 id="live-title" className="visually-hidden">
        Live numbers
      </h2>
      {since !== null && (
        <p className="live-since" data-testid="live-since">
          {sinceChangeWords(since.atMs)}
        </p>
      )}
      <div className="live-strip">
        {numbers.map((n) => (
          <Card key={n.id} number={n} />
        ))}
      </div>
      <p className="producer-status" data-testid="producer-status">
        {producerLine(producerStatus(engine), playing, live.summary.timeMs > 0)}
      </p>
    </section>
  );
}
