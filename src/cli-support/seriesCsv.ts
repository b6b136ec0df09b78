/**
 * The time series as CSV: a header row of column names, then one row per sample, oldest first. Pure,
 * so the CLI's --csv and the browser's export button write the same file.
 */
import type { SeriesView } from '../sim/series.ts';

/** A field as CSV text: quoted only when it must be (RFC 4180). */
function field(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A number in full precision; an empty field for a missing (NaN or infinite) value. */
function numberField(x: number): string {
  return Number.isFinite(x) ? String(x) : '';
}

/** More columns sampled with the series (a pipeline's per-stage depths), appended to its own. */
export interface ExtraColumns {
  readonly columns: readonly string[];
  read(column: string): Float64Array;
}

export function seriesToCsv(series: SeriesView, extra?: ExtraColumns): string {
  const columns: string[] = [...series.columns];
  const data = series.columns.map((column) => series.read(column));
  if (extra !== undefined)
    for (const column of extra.columns) {
      columns.push(column);
      data.push(extra.read(column));
    }
  const lines = [columns.map(field).join(',')];
  for (let row = 0; row < series.length; row++) {
    lines.push(data.map((values) => numberField(values[row] ?? Number.NaN)).join(','));
  }
  return `${lines.join('\n')}\n`;
}
