/** The full address of a share link: this page, with the scenario as its query. */
import type { Scenario } from '../sim/scenario.ts';
import { encodeShareQuery } from './shareLink.ts';
import { DEFAULT_LINK_VIEW, writeViewParams, type LinkView } from './viewLink.ts';

/**
 * `pageUrl` with its query replaced by the link to `scenario` and the view's options. Other query
 * parameters are dropped so the link says exactly one thing; the fragment is dropped too, since the
 * page has no anchors to keep.
 */
export function shareUrl(
  pageUrl: string,
  scenario: Scenario,
  presetId: string | null,
  view: LinkView = DEFAULT_LINK_VIEW,
): string {
  const url = new URL(pageUrl);
  const params = new URLSearchParams(encodeShareQuery(scenario, presetId));
  writeViewParams(params, view);
  url.search = params.toString();
  url.hash = '';
  return url.href;
}
