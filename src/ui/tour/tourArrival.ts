/**
 * What the page does about the tour as it opens, decided before its first paint: the first visit's
 * invitation sits in room the page keeps for it from the start (global.css, `data-tour-invite` on
 * the root element), so its arrival with the header's buttons moves nothing. Tiny on purpose: it
 * travels in the page's first JavaScript.
 */
import type { TourProgress } from './tourProgress.ts';
import { tourSeen, type TourStorage } from './tourSeen.ts';

/**
 * `open` with `?tour=1`; `invite` on a first visit to the page as it opens plainly (a link to a
 * scenario or an exercise shows what it names, and the invitation would only be in its way);
 * nothing otherwise. Start here is always at hand.
 */
export function arrivalAction(
  query: string,
  progress: Pick<TourProgress, 'seen'>,
): 'open' | 'invite' | 'none' {
  const params = new URLSearchParams(query);
  if (params.get('tour') === '1') return 'open';
  const namesSomething = ['preset', 'v', 's', 'seed', 'exercise', 'pack', 'pack-file'].some((k) =>
    params.has(k),
  );
  return progress.seen || namesSomething ? 'none' : 'invite';
}

/** Keeps the invitation's room from the first paint when this visit will be invited. */
export function keepInvitationRoom(
  query: string,
  storage: TourStorage | null,
  root: HTMLElement,
): void {
  if (arrivalAction(query, { seen: tourSeen(storage) }) === 'invite') root.dataset.tourInvite = '';
}
