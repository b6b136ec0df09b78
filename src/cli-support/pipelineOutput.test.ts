/** What the CLI prints and writes for a pipeline: the stages in --json and the text, their depths in the CSV. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../sim/testing/simulate.ts';
import { formatSummary, summaryJson } from './formatSummary.ts';
import { seriesToCsv } from './seriesCsv.ts';

const info = { scenarioName: 'chain', seed: 1, durationSec: 5 };

function run(downstream: boolean) {
  const sim = simulate({
    workload: { pattern: { kind: 'steady', ratePerSec: 80 } },
    queue: { capacity: 5, whenFull: 'block' },
    ...(downstream
      ? {
          downstream: [
            {
              name: 'db',
              queue: { capacity: 3 },
              consumers: { service: { kind: 'constant', meanMs: 20 } },
            },
          ],
        }
      : {}),
  });
  sim.run(5_000);
  return sim;
}

describe('the CLI on a pipeline', () => {
  it('adds a stages array beside the end-to-end summary in --json', () => {
    const json = summaryJson(run(true).summary(), info) as { stages?: unknown[] };
    const stages = json.stages as Array<Record<string, unknown>>;
    expect(stages.map((s) => s['stage'])).toEqual([1, 2]);
    for (const key of ['delivered', 'dropped', 'queueDepth', 'meanWaitMs', 'blockedFraction'])
      expect(stages[1]).toHaveProperty(key);
    expect(stages[1]?.['name']).toBe('db');
    expect('stages' in summaryJson(run(false).summary(), info)).toBe(false);
  });

  it('prints each stage after the end-to-end lines', () => {
    const lines = formatSummary(run(true).summary(), info);
    expect(lines.some((l) => /^Stage 1 +\d+ of \d+ handed on$/.test(l))).toBe(true);
    expect(lines.some((l) => /^Stage 2 \(db\) +\d+ of \d+ finished$/.test(l))).toBe(true);
    expect(formatSummary(run(false).summary(), info).some((l) => l.startsWith('Stage'))).toBe(
      false,
    );
  });

  it('writes each stage’s depth, blocked consumers and drops as CSV columns, row for row with the series', () => {
    const sim = run(true);
    const csv = seriesToCsv(sim.series, sim.pipeline?.series).trim().split('\n');
    const header = (csv[0] as string).split(',');
    expect(header.slice(-6)).toEqual([
      'stage1:depth',
      'stage1:blocked',
      'stage1:dropRate',
      'stage2:depth',
      'stage2:blocked',
      'stage2:dropRate',
    ]);
    expect(csv.length - 1).toBe(sim.series.length);
    const depth = header.indexOf('depth');
    const stage1 = header.indexOf('stage1:depth');
    for (const line of csv.slice(1)) {
      const cells = line.split(',');
      expect(cells[stage1]).toBe(cells[depth]);
    }
    expect(seriesToCsv(run(false).series)).not.toContain('stage1');
  });
});
