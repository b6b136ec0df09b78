/**
 * Queueing theory beside the simulation: for a scenario theory solves, its expected steady state next
 * to what the run has measured; otherwise, why theory has no answer. Reads the store like the live
 * strip does: it re-renders when the live numbers refresh (at most ten times a second), never per frame.
 */
import { useMemo, useState } from 'react';
import { theoryFor, type Theory } from '../../sim/theory.ts';
import { usePlayground } from '../../store/index.ts';
import { formatMs, formatNumber } from '../../domain/format.ts';
import {
  COMPARE_AFTER,
  enoughToCompare,
  followWindow,
  measuredIn,
  type MeasureWindow,
  type Measured,
} from './measuredWindow.ts';
import { crashNote, quantitiesFor, theoryRows, type TheoryRow } from './theoryRows.ts';
import './theory.css';
import { dataNumber } from '../dataNumber.ts';
import { TermText } from '../glossary/TermText.tsx';

export default function TheoryPanel() {
  const scenario = usePlayground((s) => s.scenario);
  const version = usePlayground((s) => s.version);
  const live = usePlayground((s) => s.live);
  const theory = useMemo(() => theoryFor(scenario), [scenario]);

  // Where the measured stretch starts, adjusted while rendering when the run or scenario changes
  // (React's pattern for state derived from changing inputs; followWindow returns the same object
  // when nothing changed, so this settles at once).
  const [measureWindow, setMeasureWindow] = useState<MeasureWindow>(() =>
    followWindow(null, version, scenario, live),
  );
  const next = followWindow(measureWindow, version, scenario, live);
  if (next !== measureWindow) setMeasureWindow(next);
  const measured = measuredIn(next, live);
  // Right under the table, so the reason stands by the gap it explains (on a phone, too).
  const crashes = crashNote(measured, next.scenario.queue.restartDelayMs);
  // The first use of each glossary term in the panel is a link to it.
  const seen = new Set<string>();

  return (
    <section
      className="panel theory"
      aria-labelledby="theory-title"
      data-testid="theory"
      data-kind={theory.kind}
    >
      <h2 id="theory-title">Queueing theory</h2>
      <p className="theory-verdict" aria-live="polite">
        {verdict(theory)}
      </p>
      {theory.kind === 'unsolvable' ? (
        <Reasons reasons={theory.reasons} seen={seen} />
      ) : (
        <>
          <p className="theory-model">
            <strong>{theory.model}</strong>: <TermText text={theory.description} seen={seen} />
          </p>
          {theory.kind === 'unstable' && (
            <p className="theory-unstable" data-testid="theory-unstable">
              <TermText text={theory.message} seen={seen} />
            </p>
          )}
          <TheoryTable
            rows={theoryRows(
              quantitiesFor(theory.kind === 'steady' ? theory.policy : 'unstable'),
              theory.kind === 'steady' ? theory.expected : theory,
              measured,
            )}
            since={next.start === null && next.waitingSinceTick === null ? null : next.startMs}
            steady={theory.kind === 'steady'}
          />
          {crashes !== null && (
            <p className="theory-crashes" data-testid="theory-crashes">
              {crashes}
            </p>
          )}
          <Convergence measured={measured} steady={theory.kind === 'steady'} />
          {theory.notes.length > 0 && (
            <ul className="theory-notes">
              {theory.notes.map((note) => (
                <li key={note}>
                  <TermText text={note} seen={seen} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function verdict(theory: Theory): string {
  switch (theory.kind) {
    case 'steady':
      return 'Theory solves this scenario exactly.';
    case 'unstable':
      return 'Theory solves this scenario: it has no steady state.';
    case 'unsolvable':
      return 'Theory has no exact answer for this scenario.';
  }
}

const THEORY_COVERS =
  'Theory here covers random (Poisson) arrivals at a steady rate, a fixed number of workers, and a queue that rejects newcomers, drops one waiting message for each, or blocks the producer when it is full, or has no limit. Processing times may be exponential with any number of workers, constant or uniform with one worker (constant with several too, if the queue has no limit), and anything with one worker and no limit.';

function Reasons({ reasons, seen }: { reasons: string[]; seen: Set<string> }) {
  return (
    <>
      <ul className="theory-reasons" data-testid="theory-reasons">
        {reasons.map((reason) => (
          <li key={reason}>
            <TermText text={reason} seen={seen} />
          </li>
        ))}
      </ul>
      <p className="help">
        <TermText text={THEORY_COVERS} seen={seen} />
      </p>
    </>
  );
}

function TheoryTable({
  rows,
  since,
  steady,
}: {
  rows: TheoryRow[];
  since: number | null;
  steady: boolean;
}) {
  const span = since === null ? 'since the run began' : `since your change at ${formatMs(since)}`;
  return (
    <table className="theory-table" data-testid="theory-table">
      <caption>
        {steady ? 'Expected in the long run' : 'Expected'}, and measured {span}
      </caption>
      <thead>
        <tr>
          <th scope="col">Quantity</th>
          <th scope="col">Theory</th>
          <th scope="col">Measured</th>
          <th scope="col">Apart</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.id}
            data-testid={`theory-${row.id}`}
            data-expected={dataNumber(row.expectedRaw)}
            data-measured={dataNumber(row.measuredRaw)}
          >
            <th scope="row">
              {row.label} <span className="theory-symbol">{row.symbol}</span>
            </th>
            <td>{row.expected}</td>
            <td>{row.measured}</td>
            <td className={row.apartInWords ? 'theory-words' : undefined}>
              <span aria-hidden="true">{row.apart}</span>
              <span className="visually-hidden">{row.apartSpoken}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Convergence({ measured, steady }: { measured: Measured | null; steady: boolean }) {
  if (measured === null)
    return (
      <p className="help theory-convergence">
        Measuring starts again after your change, so the numbers describe one system.
      </p>
    );
  return (
    <p
      className="help theory-convergence"
      data-testid="theory-convergence"
      data-span-ms={measured.spanMs}
      data-delivered={measured.delivered}
    >
      {steady
        ? 'A run starts empty and reaches its steady state only after a while, so early numbers wander; they close in on theory as more messages pass.'
        : 'The busy share and the deliveries settle; the queue never does.'}{' '}
      Measured over <strong>{formatMs(measured.spanMs)}</strong> of simulated time and{' '}
      <strong>{formatNumber(measured.delivered, 6)}</strong> delivered messages.
      {!enoughToCompare(measured) && <> {tooEarly(measured)}</>}
    </p>
  );
}

/** Why "Apart" waits, and for what. */
function tooEarly(measured: Measured): string {
  const wait = `${formatMs(COMPARE_AFTER.spanMs)} of simulated time and ${formatNumber(COMPARE_AFTER.delivered)} deliveries`;
  return measured.carriedOver > 0
    ? `Too early to compare: “Apart” waits for ${wait}, and for the ${formatNumber(measured.carriedOver, 6)} messages inside at your change to pass through first.`
    : `Too early to compare: “Apart” waits for ${wait}.`;
}
