/** The rules in plain words: what you do, how you score, what each strategy trades, when it ends. */
import { GAME_STRATEGIES } from '../../game/rules.ts';
import { formatMs } from '../../domain/format.ts';
import { endRule, kb, strategyText } from './gameText.ts';
import { useSessionState } from './sessionContext.ts';

export function HowToPlay() {
  const rules = useSessionState((s) => s.rules);
  const s = rules.scoring;
  const [small, , large] = rules.blockSizes;
  return (
    <details className="panel game-help" open>
      <summary>
        <h2>How to play</h2>
      </summary>
      <p>
        You are the consumer. A producer sends blocks (messages) into a buffer, one column per key.
        Each block shows its key by colour, shape and letter; its height is its size, from{' '}
        {kb(small ?? 1000)} to {kb(large ?? 3000)}. Every block waiting takes memory, and bigger
        blocks take longer to process ({formatMs(rules.serviceMsPerKB)} per KB).
      </p>
      <p>
        Press a column’s key, or tap the column, to process its <strong>oldest</strong> block.
        Within a column, blocks keep their order, as messages with the same key do in a Kafka
        partition; across columns, you choose. Serve the oldest blocks to keep waits short, or the
        tallest column to free memory. Press while you are busy and the press waits its turn (up to{' '}
        {rules.typeAhead}).
      </p>
      <p>
        Every {formatMs(rules.levelMs)} the level goes up and blocks come faster, as in Tetris.
        Sooner or later they come faster than anyone can press: then your strategy decides what
        gives.
      </p>
      <h3>Score</h3>
      <ul>
        <li>+{s.perDelivery} for each block delivered.</li>
        <li>
          −1 for every {formatMs(s.latencyStepMs)} a block waited beyond{' '}
          {formatMs(s.latencyGraceMs)} (at most −{s.maxLatencyPenalty}). Blocks that waited that
          long are striped.
        </li>
        <li>−{s.perDrop} for each block lost: thrown away or turned away.</li>
        <li>
          −{s.perHeldBack} for each block a slowed producer holds back: its own users wait instead.
        </li>
        <li>−{s.perEmptyPress} for pressing an empty column, and a moment of your time.</li>
        <li>−{s.perHelper} for each helper.</li>
      </ul>
      <h3>Strategies</h3>
      <p>Switch at any time, even in the middle of a rush.</p>
      <dl className="game-help-strategies">
        {GAME_STRATEGIES.map((strategy, i) => {
          const { label, summary } = strategyText(strategy, rules);
          return (
            <div key={strategy}>
              <dt>
                <kbd>{i + 1}</kbd> {label}
              </dt>
              <dd>{summary}</dd>
            </div>
          );
        })}
      </dl>
      <h3>When the game ends</h3>
      <p>
        {endRule(rules)} Every strategy ends sooner or later, because the rate keeps rising: the
        question is how long you last, and what it costs.
      </p>
      <h3>Playing the same game</h3>
      <p>
        The seed decides which blocks come and when, so the same seed is the same game. Share the
        link, or type a seed. Add <code>&amp;speed=0.5</code> to the address for a slower game (from
        0.25 to 20 times real time).
      </p>
    </details>
  );
}
