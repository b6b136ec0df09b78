/** The full address of a share link: this page, with the scenario as its query. */
import type { Scenario } from '../sim/scenario.ts';
import { encodeShareQuery } from './shareLink.ts';

/**
 * `pageUrl` with its query replaced by the link to `scenario`. Other query parameters are dropped so
 * the link says exactly one thing; the fragment is dropped too, since the page has no anchors to keep.
 */
export function shareUrl(pageUrl: string, scenario: Scenario, presetId: string | null): string {
  const url = new URL(pageUrl);
  url.search = encodeShareQuery(scenario, presetId);
  url.hash = '';
  return url.href;
}
