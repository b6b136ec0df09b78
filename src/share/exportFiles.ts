/**
 * The files the playground exports: their names and contents, built from plain data. The browser
 * only wraps the text in a Blob and downloads it; the CLI writes the same CSV and summary JSON.
 */
import { summaryJson } from '../cli-support/formatSummary.ts';
import { seriesToCsv } from '../cli-support/seriesCsv.ts';
import type { SeriesView } from '../sim/series.ts';
import type { Summary } from '../sim/types.ts';
import { runFileStem, scenarioSlug, type ExportContext } from './fileNames.ts';
import { scenarioFileText } from './scenarioFile.ts';

export interface ExportFile {
  name: string;
  /** MIME type, for the Blob. */
  type: string;
  text: string;
}

export function seriesCsvFile(series: SeriesView, ctx: ExportContext): ExportFile {
  return {
    name: `${runFileStem(ctx)}-series.csv`,
    type: 'text/csv;charset=utf-8',
    text: seriesToCsv(series),
  };
}

/** The same JSON as `npm run sim -- --json`, with the run's length as its duration. */
export function summaryJsonFile(summary: Summary, ctx: ExportContext): ExportFile {
  const info = {
    scenarioName: ctx.scenario.name,
    seed: ctx.scenario.seed,
    durationSec: summary.timeMs / 1000,
  };
  return {
    name: `${runFileStem(ctx)}-summary.json`,
    type: 'application/json',
    text: `${JSON.stringify(summaryJson(summary, info), null, 2)}\n`,
  };
}

/** Ends in `.scenario.json`, the ending the docs tell editors to check against the schema. */
export function scenarioJsonFile(ctx: Pick<ExportContext, 'scenario' | 'presetId'>): ExportFile {
  return {
    name: `${scenarioSlug(ctx)}-seed${ctx.scenario.seed}.scenario.json`,
    type: 'application/json',
    text: scenarioFileText(ctx.scenario),
  };
}
