/**
 * A column's key numbers at the shared clock's time, refreshed with the live numbers (at most ten
 * times a second). The whole summary rides along as a data attribute, for tests and tools that want
 * every number exactly, not as rounded for reading.
 */
import { columnLetter } from '../../compare/comparison.ts';
import type { Engine } from '../../sim/engine.ts';
import type { Scenario } from '../../sim/scenario.ts';
import type { Summary } from '../../sim/types.ts';
import { liveNumbers, producerStatus, type LiveNumberId } from '../liveNumbers.ts';
import { dataNumber } from '../dataNumber.ts';
import { endToEndCards } from '../pipelineCards.ts';

/** The few numbers that fit a narrow column and tell the strategies apart. */
const SHOWN: readonly LiveNumberId[] = ['delivered', 'dropped', 'p99', 'depth'];

interface ColumnNumbersProps {
  index: number;
  timeMs: number;
  summary: Summary;
  engine: Engine;
  scenario: Scenario;
}

export function ColumnNumbers({ index, timeMs, summary, engine, scenario }: ColumnNumbersProps) {
  const letter = columnLetter(index);
  // A pipeline column's numbers are end to end, and say so.
  const numbers = endToEndCards(
    liveNumbers(summary, engine.series, scenario, engine),
    summary,
    scenario,
  ).filter((n) => SHOWN.includes(n.id));
  return (
    <div
      className="column-numbers"
      data-testid={`column-numbers-${letter}`}
      data-time-ms={timeMs}
      data-summary={JSON.stringify(summary)}
    >
      <p className="clock column-clock" data-testid={`column-clock-${letter}`}>
        <span className="visually-hidden">Column {letter} simulated time </span>t ={' '}
        {(timeMs / 1000).toFixed(3)} s
      </p>
      <dl className="column-strip">
        {numbers.map((n) => (
          <div key={n.id} className="live-item" data-value={dataNumber(n.raw)}>
            <dt>{n.label}</dt>
            <dd>
              <span className="live-value">{n.value}</span>
              <span className="live-detail">{n.detail}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="producer-status">Producer: {producerStatus(engine)}</p>
      {scenario.downstream !== undefined && (
        // A pipeline's numbers are the whole chain's, not its first stage's: say so.
        <p className="help" data-testid={`column-end-to-end-${letter}`}>
          End to end, through all {scenario.downstream.length + 1} stages.
        </p>
      )}
    </div>
  );
}
