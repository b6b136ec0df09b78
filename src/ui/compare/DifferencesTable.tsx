/**
 * The table of differences: every column's summary at the shared time, the best and the worst of each
 * row marked in words and symbols as well as colour, and each column's difference from column A.
 * Refreshed with the live numbers. On a narrow screen a table of three or four columns needed
 * sideways scrolling to be read: there each measure is a card instead, its columns' values one
 * under the other, each with its column's colour, letter and name.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { columnLetter } from '../../compare/comparison.ts';
import { columnTitles } from '../../compare/settingsThatDiffer.ts';
import {
  buildDifferences,
  notRankedNote,
  yetToShow,
  type Better,
  type DifferenceCell,
} from '../../compare/differences.ts';
import { formatMs } from '../../domain/format.ts';
import { useMediaQuery } from '../useMediaQuery.ts';
import { ColumnHeads, ColumnName } from './ColumnSwatch.tsx';
import { COMPARE_NARROW } from './compareNarrow.ts';
import { useCompare } from './compareInstance.ts';

const WHICH_WAY: Record<Better, string> = {
  higher: 'more is better',
  lower: 'less is better',
  neither: 'neither better nor worse',
};

function RankMark({ cell }: { cell: DifferenceCell }) {
  if (cell.rank === null) return null;
  return (
    <span className={`rank rank-${cell.rank}`}>
      <span aria-hidden="true">{cell.rank === 'best' ? '▲ ' : '▼ '}</span>
      {cell.rank}
    </span>
  );
}

/** A column's value for a measure: the value, its rank, and its difference from column A. */
function CellValue({ cell }: { cell: DifferenceCell }) {
  return (
    <>
      <span className="cell-value">{cell.text}</span> <RankMark cell={cell} />
      {cell.versusA !== null && (
        <span className="versus-a">
          {cell.versusA}
          <span className="visually-hidden"> compared with column A</span>
        </span>
      )}
    </>
  );
}

export function DifferencesTable() {
  const { summaries, timeMs, columns } = useCompare(
    useShallow((s) => ({
      summaries: s.live.summaries,
      timeMs: s.live.timeMs,
      columns: s.comparison.columns,
    })),
  );
  // A column whose run has yet to show what it does (an unlimited queue filling up) is not marked.
  const unranked = useMemo(
    () => summaries.map((s, i) => columns[i] !== undefined && yetToShow(columns[i], s)),
    [summaries, columns],
  );
  const rows = useMemo(() => buildDifferences(summaries, unranked), [summaries, unranked]);
  const notRanked = notRankedNote(
    unranked.flatMap((u, i) => (u ? [columnLetter(i) as string] : [])),
  );
  const titles = useMemo(() => columnTitles(columns), [columns]);
  const narrow = useMediaQuery(COMPARE_NARROW);
  return (
    <section className="panel compare-differences" aria-labelledby="differences-title">
      <h2 id="differences-title">Differences</h2>
      <p id="differences-note" className="differences-note">
        Every column after {formatMs(timeMs)} of simulated time. For each measure ▲ marks the best
        so far and ▼ the worst; under each number, its difference from column A.
        {notRanked !== null && (
          <>
            {' '}
            <strong data-testid="differences-not-ranked">{notRanked}</strong>
          </>
        )}
      </p>
      {narrow ? (
        <ul
          className="difference-cards"
          data-testid="difference-cards"
          aria-describedby="differences-note"
        >
          {rows.map((row) => (
            <li key={row.id} className="difference-card" data-testid={`card-${row.id}`}>
              <h3 className="differences-measure">{row.label}</h3>
              <p className="differences-help">
                {row.help} ({WHICH_WAY[row.better]})
              </p>
              <dl>
                {row.cells.map((cell, i) => (
                  <div
                    key={i}
                    className={cell.rank ? `card-cell cell-${cell.rank}` : 'card-cell'}
                    data-value={cell.value ?? ''}
                    data-rank={cell.rank ?? ''}
                  >
                    <dt>
                      <ColumnName index={i} title={titles[i] ?? ''} />
                    </dt>
                    <dd>
                      <CellValue cell={cell} />
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      ) : (
        <>
          <div
            className="table-scroll"
            role="region"
            aria-labelledby="differences-title"
            // A box that scrolls must be reachable by keyboard to be scrolled.
            tabIndex={0}
          >
            <table
              className="differences"
              data-testid="differences"
              aria-describedby="differences-note"
            >
              <caption className="visually-hidden">Differences between the columns</caption>
              <thead>
                <ColumnHeads
                  first="Measure"
                  titles={titles}
                  testIdOf={(i) => `differences-head-${columnLetter(i)}`}
                />
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} data-testid={`row-${row.id}`}>
                    <th scope="row">
                      <span className="differences-measure">{row.label}</span>
                      <span className="differences-help">
                        {row.help} ({WHICH_WAY[row.better]})
                      </span>
                    </th>
                    {row.cells.map((cell, i) => (
                      <td
                        key={i}
                        className={cell.rank ? `cell-${cell.rank}` : undefined}
                        data-value={cell.value ?? ''}
                        data-rank={cell.rank ?? ''}
                      >
                        <CellValue cell={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
