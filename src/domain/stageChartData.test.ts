/** A pipeline's per-stage lines on the charts, and a single stage's charts left exactly as they were. */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { joinPipelinePresets, PIPELINE_PRESETS } from '../sim/pipelinePresets.ts';
import { presetScenario } from '../sim/presets.ts';
import type { ScenarioInput } from '../sim/scenario.ts';
import { buildChartData } from './chartData.ts';
import { buildStagedChartData, stageLabel } from './stageChartData.ts';

function engineOf(input: ScenarioInput, ms: number) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const engine = createSimulation(parsed.value, { eventCapacity: 0 });
  engine.run(ms);
  return engine;
}

const namesOf = (input: ScenarioInput) => ['', ...(input.downstream ?? []).map((d) => d.name)];

/** A fire-and-forget link into a small second stage: every drop happens there. */
const lossy: ScenarioInput = {
  seed: 5,
  workload: { pattern: { kind: 'steady', ratePerSec: 60 } },
  consumers: { count: 2, service: { kind: 'exponential', meanMs: 10 } },
  downstream: [
    {
      name: 'db',
      link: { kind: 'fire-and-forget' },
      queue: { capacity: 5, whenFull: 'reject' },
      consumers: { service: { kind: 'exponential', meanMs: 25 } },
    },
  ],
};

describe('a pipeline’s lines on the charts', () => {
  it('names each stage by number, with its own name when it has one', () => {
    expect(stageLabel(0, '')).toBe('Stage 1');
    expect(stageLabel(1, ' worker pool ')).toBe('Stage 2: worker pool');
    expect(stageLabel(2, undefined)).toBe('Stage 3');
  });

  it('gives each point every stage’s depth, the first stage’s being the depth line itself', () => {
    const engine = engineOf(lossy, 20_000);
    const data = buildStagedChartData(engine.series, engine.stageSeries, namesOf(lossy));
    expect(data.stages?.labels).toEqual(['Stage 1', 'Stage 2: db']);
    for (const row of data.rows) {
      expect(row.stageDepth).toHaveLength(2);
      expect(row.stageDepth?.[0]).toBe(row.depth);
    }
    expect(Math.max(...data.rows.map((r) => r.stageDepth?.[1] ?? 0))).toBe(5);
  });

  it('puts the drops at the stage where they happen, adding up to the run’s drop rate', () => {
    const engine = engineOf(lossy, 20_000);
    const data = buildStagedChartData(engine.series, engine.stageSeries, namesOf(lossy));
    expect(data.stages?.dropping).toEqual([1]);
    const second = data.rows.reduce((sum, r) => sum + (r.stageDropRate?.[1] ?? 0), 0);
    const all = data.rows.reduce((sum, r) => sum + r.dropRate, 0);
    expect(second).toBeGreaterThan(10);
    expect(second).toBeCloseTo(all, 6);
    expect(data.rows.every((r) => r.stageDropRate?.[0] === 0)).toBe(true);
  });

  it('shows the slow database preset’s backlog building from the last stage back', () => {
    joinPipelinePresets();
    const preset = PIPELINE_PRESETS.find((p) => p.id === 'pipeline-slow-database');
    if (preset === undefined) throw new Error('no slow database preset');
    const engine = createSimulation(presetScenario(preset.id), { eventCapacity: 0 });
    engine.run(30_000);
    const data = buildStagedChartData(engine.series, engine.stageSeries, namesOf(preset.scenario));
    expect(data.stages?.labels).toEqual(['Stage 1', 'Stage 2: worker pool', 'Stage 3: database']);
    // The first moment each stage's queue is full: the database first, the API last.
    const fullAt = (stage: number, capacity: number) =>
      data.rows.find((r) => (r.stageDepth?.[stage] ?? 0) >= capacity)?.t ?? Infinity;
    expect(fullAt(2, 10)).toBeLessThan(fullAt(1, 20));
    expect(fullAt(1, 20)).toBeLessThanOrEqual(fullAt(0, 30));
    expect(fullAt(0, 30)).toBeLessThan(30);
  });

  it('leaves a single stage’s chart data exactly as buildChartData makes it', () => {
    const engine = createSimulation(presetScenario('drop-oldest'), { eventCapacity: 0 });
    engine.run(20_000);
    expect(engine.stageSeries).toBeNull();
    const staged = buildStagedChartData(engine.series, engine.stageSeries, ['']);
    expect(staged).toEqual(buildChartData(engine.series));
    expect('stages' in staged).toBe(false);
  });

  it('waits for the next refresh when the stage series does not cover the same samples', () => {
    const engine = engineOf(lossy, 5_000);
    const stages = engine.stageSeries;
    if (stages === null) throw new Error('no stage series');
    const behind = { ...stages, columns: stages.columns, length: stages.length - 1, total: 0 };
    const read = (column: string) => stages.read(column).subarray(1);
    const data = buildStagedChartData(engine.series, { ...behind, read }, namesOf(lossy));
    expect(data.stages).toBeUndefined();
  });
});
