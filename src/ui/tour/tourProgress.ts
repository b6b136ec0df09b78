/**
 * What the page remembers about the guided tour, in localStorage (never in links): whether this
 * reader has seen it (so it opens by itself only on a first visit), the step they reached (so "Start
 * here" picks up there), and whether they went all the way through (so "Start here" starts again).
 * Reading never throws: damaged or unknown contents count as a first visit; a full or blocked
 * storage simply does not remember.
 */
import { TOUR_KEY, tourStorage, type TourStorage } from './tourSeen.ts';

export { TOUR_KEY, tourStorage };

export interface TourProgress {
  seen: boolean;
  /** The step reached, from 0. */
  step: number;
  finished: boolean;
}

export const FIRST_VISIT: TourProgress = { seen: false, step: 0, finished: false };

export function readTourProgress(storage: TourStorage | null): TourProgress {
  let raw: unknown;
  try {
    const text = storage?.getItem(TOUR_KEY);
    if (typeof text !== 'string' || text.length > 200) return FIRST_VISIT;
    raw = JSON.parse(text);
  } catch {
    return FIRST_VISIT;
  }
  if (typeof raw !== 'object' || raw === null) return FIRST_VISIT;
  const { seen, step, finished } = raw as Record<string, unknown>;
  return {
    // The same test as tourSeen.ts, which the page's first paint uses.
    seen: seen === true,
    step: typeof step === 'number' && Number.isInteger(step) && step >= 0 && step < 100 ? step : 0,
    finished: finished === true,
  };
}

export function writeTourProgress(storage: TourStorage | null, progress: TourProgress): void {
  try {
    storage?.setItem(TOUR_KEY, JSON.stringify(progress));
  } catch {
    // Full, or blocked by the browser's privacy settings: the tour works the same, it just forgets.
  }
}

/** Where "Start here" opens the tour: at the step reached, unless it was finished. */
export function resumeStep(progress: TourProgress, stepCount: number): number {
  if (progress.finished) return 0;
  return Math.min(progress.step, stepCount - 1);
}
