/**
 * Addresses between the two pages: the compare page for a comparison (or for the playground's current
 * scenario, as column A), and the playground for one column. Relative to the page they are made on,
 * so they work wherever the site is hosted, under any sub-path.
 */
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { encodeShareQuery } from '../share/shareLink.ts';
import { strategyById, strategyOf } from '../domain/strategies.ts';
import { comparisonFrom, type Comparison } from './comparison.ts';
import { encodeCompareQuery } from './compareLink.ts';

/** The compare page's file, beside index.html. */
export const COMPARE_PAGE = 'compare.html';
export const PLAYGROUND_PAGE = 'index.html';

/** `pageUrl`'s sibling `file` with `query`; the fragment is dropped, the pages have no anchors. */
function sibling(pageUrl: string, file: string, query: string): string {
  const url = new URL(file, pageUrl);
  url.search = query;
  url.hash = '';
  return url.href;
}

/** The compare page on `comparison`, next to the page at `pageUrl`. */
export function compareUrl(pageUrl: string, comparison: Comparison): string {
  return sibling(pageUrl, COMPARE_PAGE, encodeCompareQuery(comparison));
}

/**
 * For the playground's "Compare" link: the compare page with the playground's current scenario as
 * column A, beside a contrasting strategy. `playgroundUrl` is the playground's own address.
 */
export function compareUrlFor(playgroundUrl: string, scenario: Scenario): string {
  return compareUrl(playgroundUrl, comparisonFrom(scenario));
}

/** The preset `scenario` is exactly, if it is one, for the playground's short link form. */
function exactPreset(scenario: Scenario): string | null {
  const id = strategyById(strategyOf(scenario)).presetId;
  const preset = { ...presetScenario(id), seed: scenario.seed };
  return JSON.stringify(preset) === JSON.stringify(scenario) ? id : null;
}

/** The playground on one column's scenario, next to the page at `pageUrl`. */
export function playgroundUrlFor(pageUrl: string, scenario: Scenario): string {
  return sibling(pageUrl, PLAYGROUND_PAGE, encodeShareQuery(scenario, exactPreset(scenario)));
}
