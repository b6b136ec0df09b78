import { describe, expect, it } from 'vitest';
import {
  arrivalAction,
  arriveAtTour,
  closeTour,
  declineInvitation,
  openTour,
  setInvitationAside,
  tourOpened,
  tourRequest,
} from './openTour.ts';
import { FIRST_VISIT, readTourProgress, TOUR_KEY } from './tourProgress.ts';

const seen = { seen: true, step: 2, finished: false };

describe('arrivalAction', () => {
  it('opens the tour with ?tour=1, seen before or not', () => {
    expect(arrivalAction('?tour=1', FIRST_VISIT)).toBe('open');
    expect(arrivalAction('?tour=1', seen)).toBe('open');
    expect(arrivalAction('?preset=kafka&tour=1', seen)).toBe('open');
  });

  it('invites on a first visit to the plain page only', () => {
    expect(arrivalAction('', FIRST_VISIT)).toBe('invite');
    expect(arrivalAction('?tour=0', FIRST_VISIT)).toBe('invite');
    expect(arrivalAction('', seen)).toBe('none');
    for (const query of ['?preset=kafka', '?s=abc', '?seed=3', '?exercise=tipping-point', '?v=1'])
      expect(arrivalAction(query, FIRST_VISIT), query).toBe('none');
  });
});

describe('declineInvitation', () => {
  it('remembers the tour as seen, keeping the step reached', () => {
    const items = new Map<string, string>([[TOUR_KEY, '{"seen":false,"step":3}']]);
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    };
    declineInvitation(storage);
    expect(readTourProgress(storage)).toEqual({ seen: true, step: 3, finished: false });
    expect(arrivalAction('', readTourProgress(storage))).toBe('none');
  });
});

describe('setInvitationAside', () => {
  it('remembers it, so a reader who started on their own is not invited on every visit', () => {
    const items = new Map<string, string>([[TOUR_KEY, '{"seen":false,"step":2}']]);
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    };
    closeTour();
    arriveAtTour('', storage);
    expect(tourRequest().invited).toBe(true);
    setInvitationAside(storage);
    expect(tourRequest().invited).toBe(false);
    expect(readTourProgress(storage)).toEqual({ seen: true, step: 2, finished: false });
    // The next visit: no invitation.
    arriveAtTour('', storage);
    expect(tourRequest().invited).toBe(false);
  });
});

describe('arriveAtTour', () => {
  const storageWith = (text: string | null) => ({ getItem: () => text, setItem: () => {} });

  it('opens the tour at the beginning with ?tour=1, then resumes if drawn again', () => {
    closeTour();
    arriveAtTour('?tour=1', storageWith('{"seen":true,"step":4}'));
    expect(tourRequest()).toMatchObject({ open: true, from: 'beginning', invited: false });
    tourOpened();
    expect(tourRequest().from).toBe('resume');
  });

  it('invites on a first visit, and the invitation goes when the tour opens', () => {
    closeTour();
    arriveAtTour('', storageWith(null));
    expect(tourRequest()).toMatchObject({ open: false, invited: true });
    openTour();
    expect(tourRequest()).toMatchObject({ open: true, from: 'resume', invited: false });
  });

  it('does nothing for a reader who has seen it', () => {
    closeTour();
    setInvitationAside(null);
    arriveAtTour('', storageWith('{"seen":true,"step":0}'));
    expect(tourRequest()).toMatchObject({ open: false, invited: false });
  });
});
