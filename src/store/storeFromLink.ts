/**
 * The options that open the store on what a share link describes. A damaged link opens the first
 * preset instead and says why, so a reader never meets a blank page.
 *
 * The link reader (share links, their compression and scenario diffs) loads only when the address
 * carries a scenario: a reader arriving from a blog post with a bare address never downloads it,
 * which keeps the page's first JavaScript within its budget. The store waits for it (its module
 * awaits this), so a linked scenario is the first one drawn, never the default for a moment.
 */
import type { StoreOptions } from './createPlaygroundStore.ts';

/** True when the query carries a scenario at all (a bare page URL opens the usual first preset). */
function describesScenario(params: URLSearchParams): boolean {
  return params.has('preset') || params.has('v') || params.has('s') || params.has('seed');
}

/** True when the query opens an exercise, whose scenario arrives a moment later with its module. */
function opensExercise(params: URLSearchParams): boolean {
  return params.has('exercise') || params.has('pack') || params.has('pack-file');
}

export async function storeOptionsFromQuery(query: string): Promise<StoreOptions> {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  // Paused meanwhile, so the default scenario does not play for a moment before the exercise.
  const waiting: StoreOptions = opensExercise(params) ? { playing: false } : {};
  if (!describesScenario(params)) return waiting;
  const { decodeShareQuery } = await import('../share/shareLink.ts');
  const decoded = decodeShareQuery(query);
  if (decoded.ok) return { ...waiting, scenario: decoded.scenario, presetId: decoded.presetId };
  // The notice says that the link could not be opened; the problems say why, field by field.
  return { ...waiting, problems: decoded.problems, problemsFrom: 'link' };
}
