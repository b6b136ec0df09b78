/**
 * The page's copy of a pipeline's per-stage series, fed as the series is (rows since the last
 * message). Its own module, loaded only for a pipeline, so the page's first download does without it.
 */
import type { Scenario } from '../sim/scenario.ts';
import { StageSeries } from '../sim/pipeline/stageSeries.ts';
import type { SeriesRows } from './protocol.ts';

export class MirroredStageSeries extends StageSeries {
  private skipped = 0;

  override get total(): number {
    return super.total + this.skipped;
  }

  append({ total, rows }: SeriesRows): void {
    const width = this.columns.length;
    const count = rows.length / width;
    this.skipped = total - count - super.total;
    for (let r = 0; r < count; r++) this.push(rows.subarray(r * width, (r + 1) * width));
  }
}

/** The mirror of `scenario`'s stages, with the rows that came before it was made. */
export function mirrorStages(
  scenario: Scenario,
  pending: readonly SeriesRows[],
): MirroredStageSeries {
  const mirror = new MirroredStageSeries(
    (scenario.downstream?.length ?? 0) + 1,
    scenario.metrics.seriesLength,
  );
  for (const rows of pending) mirror.append(rows);
  return mirror;
}
