/**
 * The view options a share link carries beside the scenario: how fast the run plays, whether the
 * advanced knobs are open, and which chart is shown large. Each is written only when it differs
 * from the default, so a plain link stays short. Display preferences (theme, text size, contrast)
 * belong to the reader, not to the link, and stay out of it.
 */
import type { ScenarioProblem } from '../sim/parseScenario.ts';
import { CHART_IDS, type ChartId } from '../domain/charts.ts';
import { SPEED_RANGE } from '../domain/speed.ts';

export interface LinkView {
  speed: number;
  advanced: boolean;
  chartFocus: ChartId | null;
}

export const DEFAULT_LINK_VIEW: LinkView = { speed: 1, advanced: false, chartFocus: null };

/** The query parameters this module owns; the scenario's own parameters live in shareLink.ts. */
export const VIEW_PARAMS = ['speed', 'advanced', 'chart'] as const;

/** Adds the view's non-default options to `params`, and removes stale ones. */
export function writeViewParams(params: URLSearchParams, view: LinkView): void {
  for (const name of VIEW_PARAMS) params.delete(name);
  if (view.speed !== DEFAULT_LINK_VIEW.speed) params.set('speed', formatSpeed(view.speed));
  if (view.advanced) params.set('advanced', '1');
  if (view.chartFocus !== null) params.set('chart', view.chartFocus);
}

/** Three significant digits: enough to restore any slider position, short enough to read. */
function formatSpeed(speed: number): string {
  return String(Number(speed.toPrecision(3)));
}

export interface DecodedView {
  /** Only the options the link gave and that were valid. */
  view: Partial<LinkView>;
  /** Options that were present but unusable; each was ignored. */
  problems: ScenarioProblem[];
}

/** Reads the view options from a query string; never throws, whatever the string holds. */
export function readViewParams(query: string): DecodedView {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const view: Partial<LinkView> = {};
  const problems: ScenarioProblem[] = [];

  const speed = params.get('speed');
  if (speed !== null) {
    const value = speed.trim() === '' ? Number.NaN : Number(speed);
    if (Number.isFinite(value) && value >= SPEED_RANGE.min && value <= SPEED_RANGE.max)
      view.speed = value;
    else
      problems.push({
        path: 'speed',
        message: `must be a number from ${SPEED_RANGE.min} to ${SPEED_RANGE.max} (got ${quote(speed)}), so 1× is used`,
      });
  }

  const advanced = params.get('advanced');
  if (advanced !== null) {
    if (advanced === '1' || advanced === '0') view.advanced = advanced === '1';
    else
      problems.push({
        path: 'advanced',
        message: `must be 1 or 0 (got ${quote(advanced)}), so the usual knobs are shown`,
      });
  }

  const chart = params.get('chart');
  if (chart !== null) {
    if ((CHART_IDS as readonly string[]).includes(chart)) view.chartFocus = chart as ChartId;
    else
      problems.push({
        path: 'chart',
        message: `must be one of ${CHART_IDS.join(', ')} (got ${quote(chart)}), so every chart is shown`,
      });
  }

  return { view, problems };
}

/** A piece of the address, shortened and quoted, safe to show in a sentence. */
function quote(raw: string): string {
  const short = raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
  return JSON.stringify(short);
}
