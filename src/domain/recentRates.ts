/**
 * "Now" rates, as the live cards and the stage both state them: the mean of the last simulated
 * second of samples (ignoring empty ones), up to the time the numbers were published. Shared, so two
 * places that show "messages/s now" at the same instant show the same number.
 */
import type { SeriesColumn, SeriesView } from '../sim/series.ts';

/** The mean of `column` over the second of samples ending at `upToMs` (NaN without any). */
export function lastSecondMean(
  series: SeriesView,
  column: SeriesColumn,
  sampleIntervalMs: number,
  upToMs = Infinity,
): number {
  const perSecond = Math.max(1, Math.round(1000 / Math.max(1, sampleIntervalMs)));
  const values = series.read(column);
  const times = series.read('t');
  let end = values.length;
  // Samples taken after the numbers were published belong to the next readout.
  while (end > 0 && (times[end - 1] as number) > upToMs) end--;
  let sum = 0;
  let n = 0;
  for (let i = Math.max(0, end - perSecond); i < end; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return n > 0 ? sum / n : Number.NaN;
}
