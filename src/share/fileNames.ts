/** Names of the files the playground exports: safe on every system, and telling which run they hold. */
import type { Scenario } from '../sim/scenario.ts';

/** What a file's name says about the run it came from. */
export interface ExportContext {
  scenario: Scenario;
  presetId: string | null;
  /** Simulated time of the run when exported, ms. */
  timeMs: number;
}

/** Lower-case letters, digits and single dashes: safe in a file name on every system. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** The scenario's short name: its preset, else its own name, else "scenario". */
export function scenarioSlug({
  scenario,
  presetId,
}: Pick<ExportContext, 'scenario' | 'presetId'>): string {
  return slug(presetId ?? '') || slug(scenario.name) || 'scenario';
}

/**
 * The common start of a run's file names, e.g. `backpressure-drop-oldest-seed7-at-12.5s`: enough to
 * tell two downloads apart and to find the run again.
 */
export function runFileStem(ctx: ExportContext): string {
  const seconds = Math.round(ctx.timeMs) / 1000;
  return `backpressure-${scenarioSlug(ctx)}-seed${ctx.scenario.seed}-at-${seconds}s`;
}

/** A chart image's name, beside the run's other files. */
export function chartPngName(chartId: string, ctx: ExportContext): string {
  return `${runFileStem(ctx)}-${slug(chartId) || 'chart'}.png`;
}
