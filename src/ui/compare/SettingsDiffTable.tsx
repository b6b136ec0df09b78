/**
 * "Settings that differ": each column's value of every setting that is not the same in all of them,
 * so answers of one strategy (the room view's debrief) show what each attendee changed. Nothing is
 * shown when the columns differ in nothing but their shared settings.
 */
import { useMemo } from 'react';
import { columnTitles, settingsThatDiffer } from '../../compare/settingsThatDiffer.ts';
import { ColumnName } from './ColumnSwatch.tsx';
import { useCompare } from './compareInstance.ts';

export function SettingsDiffTable() {
  const columns = useCompare((s) => s.comparison.columns);
  const rows = useMemo(() => settingsThatDiffer(columns), [columns]);
  const titles = useMemo(() => columnTitles(columns), [columns]);
  if (rows.length === 0) return null;
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
            <tr>
              <th scope="col">Setting</th>
              {titles.map((title, i) => (
                <th scope="col" key={i}>
                  <ColumnName index={i} title={title} />
                </th>
              ))}
            </tr>
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
