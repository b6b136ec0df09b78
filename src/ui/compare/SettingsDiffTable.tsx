/**
 * "Settings that differ": each column's value of every setting that is not the same in all of them,
 * so answers of one strategy (the room view's debrief) show what each attendee changed. Nothing is
 * shown when the columns differ in nothing but their shared settings. On a phone each setting is a
 * card, as the differences are: a table of four columns was cut off inside a box scrolled sideways.
 */
import { useMemo } from 'react';
import { columnTitles, settingsThatDiffer } from '../../compare/settingsThatDiffer.ts';
import { useMediaQuery } from '../useMediaQuery.ts';
import { ColumnHeads, ColumnName } from './ColumnSwatch.tsx';
import { COMPARE_NARROW } from './compareNarrow.ts';
import { useCompare } from './compareInstance.ts';

export function SettingsDiffTable() {
  const columns = useCompare((s) => s.comparison.columns);
  const rows = useMemo(() => settingsThatDiffer(columns), [columns]);
  const titles = useMemo(() => columnTitles(columns), [columns]);
  const narrow = useMediaQuery(COMPARE_NARROW);
  if (rows.length === 0) return null;
  if (narrow)
    return (
      <section className="panel compare-settings-diff" aria-labelledby="settings-diff-title">
        <h2 id="settings-diff-title">Settings that differ</h2>
        <ul className="difference-cards" data-testid="settings-diff">
          {rows.map((row) => (
            <li key={row.path} className="difference-card" data-testid={`setting-${row.path}`}>
              <h3 className="differences-measure">{row.label}</h3>
              <dl>
                {row.values.map((value, i) => (
                  <div key={i} className="card-cell">
                    <dt>
                      <ColumnName index={i} title={titles[i] ?? ''} />
                    </dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <section className="panel compare-settings-diff" aria-labelledby="settings-diff-title">
      <h2 id="settings-diff-title">Settings that differ</h2>
      <div
        className="table-scroll"
        role="region"
        aria-labelledby="settings-diff-title"
        tabIndex={0}
      >
        <table className="differences" data-testid="settings-diff">
          <thead>
            <ColumnHeads first="Setting" titles={titles} />
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.path} data-testid={`setting-${row.path}`}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, i) => (
                  <td key={i}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
