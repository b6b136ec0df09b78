import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { Summary } from '../sim/types.ts';
import { defaultComparison } from './comparison.ts';
import { sameDeliveriesNote } from './sameDeliveries.ts';

function summariesAt(columns: readonly Scenario[], timeMs: number): Summary[] {
  return columns.map((scenario) => {
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    engine.advanceTo(timeMs);
    return engine.summary();
  });
}

describe('sameDeliveriesNote', () => {
  it('says why every column delivers the same when the consumer is the bottleneck in each', () => {
    // The reader's case: the default comparison at 7.7 s, "Delivered 364" in all three columns.
    const summaries = summariesAt(defaultComparison().columns, 7_700);
    const delivered = new Set(summaries.map((s) => s.delivered));
    expect(delivered.size).toBe(1);
    expect(sameDeliveriesNote(summaries)).toMatch(
      /^The consumer is busy all the time in every column, so deliveries match; the differences are in losses and waits\.$/,
    );
  });

  it('says nothing when the deliveries differ, or the consumers have time to spare', () => {
    const columns = defaultComparison().columns;
    const summaries = summariesAt(columns, 7_700);
    const more = { ...summaries[1]!, delivered: summaries[1]!.delivered + 40 };
    expect(sameDeliveriesNote([summaries[0]!, more, summaries[2]!])).toBeNull();
    // A light load: every column delivers what it is sent, and no consumer is saturated.
    const light = columns.map((c) => ({
      ...c,
      workload: { ...c.workload, pattern: { kind: 'steady' as const, ratePerSec: 10 } },
    }));
    expect(sameDeliveriesNote(summariesAt(light, 5_000))).toBeNull();
    // More workers in one column: it delivers more, and the line does not claim otherwise.
    const adding = summariesAt([columns[0]!, presetScenario('add-consumers')], 20_000);
    expect(sameDeliveriesNote(adding)).toBeNull();
    expect(sameDeliveriesNote(summaries.slice(0, 1))).toBeNull();
  });
});
