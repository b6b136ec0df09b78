import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { presetScenario } from '../sim/presets.ts';
import { SERIES_COLUMNS } from '../sim/series.ts';
import { scenarioJsonFile, seriesCsvFile, summaryJsonFile } from './exportFiles.ts';
import type { ExportContext } from './fileNames.ts';
import { scenarioFromFileText } from './scenarioFile.ts';

function ran(presetId: string, ms: number) {
  const scenario = { ...presetScenario(presetId), seed: 7 };
  const engine = createSimulation(scenario, { eventCapacity: 0 });
  engine.run(ms);
  const ctx: ExportContext = { scenario, presetId, timeMs: engine.now };
  return { engine, ctx };
}

describe('seriesCsvFile', () => {
  it('is the same CSV the CLI writes, one row per sample', () => {
    const { engine, ctx } = ran('drop-oldest', 5_000);
    const file = seriesCsvFile(engine.series, ctx);
    expect(file.type).toMatch(/^text\/csv/);
    const lines = file.text.trimEnd().split('\n');
    expect(lines[0]).toBe(SERIES_COLUMNS.join(','));
    expect(lines).toHaveLength(engine.series.length + 1);
    const t = engine.series.read('t');
    expect(Number(lines.at(-1)?.split(',')[0])).toBe(t[t.length - 1]);
  });
});

describe('summaryJsonFile', () => {
  it('is the summary with the scenario name, seed and how long the run went', () => {
    const { engine, ctx } = ran('drop-oldest', 5_000);
    const summary = engine.summary();
    const json = JSON.parse(summaryJsonFile(summary, ctx).text);
    expect(json).toMatchObject({
      scenario: ctx.scenario.name,
      seed: 7,
      durationSec: 5,
      timeMs: 5_000,
      produced: summary.produced,
      dropped: { total: summary.dropped.total },
    });
  });
});

describe('scenarioJsonFile', () => {
  it('reads back as the same scenario', () => {
    const { ctx } = ran('credit-window', 0);
    const file = scenarioJsonFile(ctx);
    expect(file.name).toBe('credit-window-seed7.scenario.json');
    expect(scenarioFromFileText(file.text)).toEqual({ ok: true, value: ctx.scenario });
  });
});
