import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { strategyOf } from '../domain/strategies.ts';
import {
  columnLabel,
  comparisonFrom,
  comparisonOf,
  defaultComparison,
  isSharedPath,
  SHARED_FIELDS,
  type Comparison,
} from './comparison.ts';

function expectFair(comparison: Comparison): void {
  const [first] = comparison.columns;
  for (const column of comparison.columns) {
    expect(parseScenario(column)).toEqual({ ok: true, value: column });
    for (const field of SHARED_FIELDS) expect(column[field]).toEqual(first?.[field]);
  }
}

describe('a comparison', () => {
  it('opens on no backpressure, blocking and dropping, under the same overload', () => {
    const comparison = defaultComparison();
    expect(comparison.columns.map(strategyOf)).toEqual(['none', 'block', 'drop-oldest']);
    expect(comparison.columns.map(columnLabel)).toEqual([
      'No backpressure',
      'Block the producer',
      'Drop the oldest',
    ]);
    expectFair(comparison);
  });

  it('gives every column the workload, seed and measuring of the first', () => {
    const a = { ...presetScenario('kafka'), seed: 11 };
    const b = presetScenario('tcp-window');
    const comparison = comparisonOf([a, b]);
    expectFair(comparison);
    // Column B keeps its own consumers and feedback.
    expect(comparison.columns[1]?.feedback).toEqual(b.feedback);
    expect(comparison.columns[1]?.consumers).toEqual(b.consumers);
    expect(comparison.columns[1]?.workload).toEqual(a.workload);
  });

  it('starts from the playground’s scenario, kept exactly, as column A', () => {
    const scenario: Scenario = { ...presetScenario('credit-window'), seed: 3 };
    const comparison = comparisonFrom(scenario);
    expect(comparison.columns[0]).toEqual(scenario);
    expect(comparison.columns[1]?.consumers).toEqual(scenario.consumers);
    expectFair(comparison);
  });

  it('knows which settings are shared', () => {
    expect(isSharedPath('seed')).toBe(true);
    expect(isSharedPath('workload.pattern.ratePerSec')).toBe(true);
    expect(isSharedPath('metrics.deadlineMs')).toBe(true);
    expect(isSharedPath('queue.capacity')).toBe(false);
    expect(isSharedPath('consumers.count')).toBe(false);
  });
});
