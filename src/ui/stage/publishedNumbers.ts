/**
 * The stage's numbers from a page's published readout, worked out once per refresh (about ten times
 * a second), not per frame: the summary the cards show and the engine's series up to its time.
 */
import type { Engine } from '../../sim/engine.ts';
import type { Summary } from '../../sim/types.ts';
import { stageNumbersFrom, type StageNumbers } from '../../render/stageNumbers.ts';

/** A readout as pages keep it: a summary object replaced on every refresh. */
export interface Published {
  live: { summary: Summary };
  engine: Engine;
}

/** Returns a reader that recomputes only when the published summary changes. */
export function publishedNumbers(read: () => Published | null): () => StageNumbers | null {
  let lastSummary: Summary | null = null;
  let lastEngine: Engine | null = null;
  let numbers: StageNumbers | null = null;
  return () => {
    const p = read();
    if (p === null) return null;
    const { summary } = p.live;
    if (summary !== lastSummary || p.engine !== lastEngine) {
      lastSummary = summary;
      lastEngine = p.engine;
      const interval = p.engine.scenario.metrics.sampleIntervalMs;
      numbers = stageNumbersFrom(summary, p.engine.series, interval, p.engine);
    }
    return numbers;
  };
}
