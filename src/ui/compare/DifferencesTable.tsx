/**
 * The table of differences: every column's summary at the shared time, the best and the worst of each
 * row marked in words and symbols as well as colour, and each column's difference from column A.
 * Refreshed with the live numbers; on a narrow screen it scrolls sideways in its own box.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { columnLetter } from '../../compare/comparison.ts';
import { columnTitles } from '../../compare/settingsThatDiffer.ts';
import { buildDifferences, type Better, type DifferenceCell } from '../../compare/differences.ts';
import { formatMs } from '../../domain/format.ts';
import { ColumnSwatch } from './ColumnSwatch.tsx';
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

export function DifferencesTable() {
  const { summaries, timeMs, columns } = useCompare(
    useShallow((s) => ({
      summaries: s.live.summaries,
      timeMs: s.live.timeMs,
      columns: s.comparison.columns,
    })),
  );
  const rows = useMemo(() => buildDifferences(summaries), [summaries]);
  return (
    <section className="panel compare-differences" aria-labelledby="differences-title">
      <h2 id="differences-title">Differences</h2>
      {/* Outside the box that scrolls sideways, so a phone shows the whole sentence. */}
      <p id="differences-note" className="differences-note">
        Every column after {formatMs(timeMs)} of simulated time. In each row ▲ marks the best and ▼
        the worst; under each number, its difference from column A.
      </p>
      {/* A phone shows column A and a little of B: say that the rest is a swipe away. */}
      <p className="table-scroll-cue" aria-hidden="true">
        Scroll sideways for every column →
      </p>
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
            <tr>
              <th scope="col">Measure</th>
              {columnTitles(columns).map((title, i) => (
                <th scope="col" key={i} data-testid={`differences-head-${columnLetter(i)}`}>
                  <ColumnSwatch index={i} width={20} />{' '}
                  <span className="column-letter">{columnLetter(i)}</span>{' '}
                  <span className="differences-label">{title}</span>
                </th>
              ))}
            </tr>
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
                    <span className="cell-value">{cell.text}</span>
                    <RankMark cell={cell} />
                    {cell.versusA !== null && (
                      <span className="versus-a">
                        {cell.versusA}
                        <span className="visually-hidden"> compared with column A</span>
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
