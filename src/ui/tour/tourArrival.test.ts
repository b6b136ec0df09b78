import { describe, expect, it } from 'vitest';
import { keepInvitationRoom } from './tourArrival.ts';
import { TOUR_KEY } from './tourProgress.ts';

const storageWith = (value: string | null) => ({
  getItem: (key: string) => (key === TOUR_KEY ? value : null),
  setItem: () => {},
});
const root = () => ({ dataset: {} as Record<string, string> }) as unknown as HTMLElement;

describe('the invitation’s room, kept from the first paint', () => {
  it('is kept on a first, plain visit, and only then', () => {
    const first = root();
    keepInvitationRoom('', storageWith(null), first);
    expect('tourInvite' in first.dataset).toBe(true);

    for (const [query, stored] of [
      ['', '{"seen":true,"step":2,"finished":false}'],
      ['?preset=kafka', null],
      ['?tour=1', null],
      ['?exercise=first-drop', null],
    ] as const) {
      const el = root();
      keepInvitationRoom(query, storageWith(stored), el);
      expect('tourInvite' in el.dataset, `${query} ${stored}`).toBe(false);
    }
  });

  it('counts a damaged memory as a first visit', () => {
    const el = root();
    keepInvitationRoom('', storageWith('{not json'), el);
    expect('tourInvite' in el.dataset).toBe(true);
  });
});
