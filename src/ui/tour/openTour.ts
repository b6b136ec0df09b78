/**
 * The way into the guided tour: "Start here" in the header calls `openTour()`; `?tour=1` in the
 * page's address opens it by itself, and a first visit shows a small invitation to it
 * (`arriveAtTour`). The tour's own code (src/ui/tour/Tour.tsx) is a chunk of its own, loaded when it
 * first opens; this module stays tiny, as it travels with the header.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { arrivalAction } from './tourArrival.ts';
import { readTourProgress, tourStorage, writeTourProgress } from './tourProgress.ts';

export { arrivalAction };

export interface TourRequest {
  open: boolean;
  /** Where to open: at the step reached (Start here) or at the first step (the invitation, ?tour=1). */
  from: 'resume' | 'beginning';
  /** Counts the requests, so a second "Start here" while the tour is open brings focus back to it. */
  asked: number;
  /** Whether the first-visit invitation is showing. */
  invited: boolean;
  /** What the tour said as it closed (shown next to Start here until the reader moves on), or null. */
  leftNote: string | null;
  /**
   * The scenario the open tour's step put on screen itself (the object the store holds), or null:
   * while it is on screen the page does not call it the reader's change (no ", changed", no ways
   * back), though it differs from the preset it names (step two's story with more memory).
   */
  stepScenario: object | null;
}

const tourStore = createStore<TourRequest>(() => ({
  open: false,
  from: 'resume',
  asked: 0,
  invited: false,
  leftNote: null,
  stepScenario: null,
}));

export function openTour(from: TourRequest['from'] = 'resume'): void {
  tourStore.setState((s) => ({
    open: true,
    from,
    asked: s.asked + 1,
    invited: false,
    leftNote: null,
  }));
}

/** The tour has opened where it was asked to: from now on it resumes (a header drawn again, say). */
export function tourOpened(): void {
  tourStore.setState({ from: 'resume' });
}

/** Closes the tour; `leftNote` is what it says as it goes (what it did to the page), if anything. */
export function closeTour(leftNote: string | null = null): void {
  tourStore.setState({ open: false, leftNote, stepScenario: null });
}

/** The open tour's step has put `scenario` on screen (the store's own object, as it holds it). */
export function tourSetUp(scenario: object): void {
  tourStore.setState({ stepScenario: scenario });
}

/** Whether `scenario` is the one the open tour's step put on screen, not a change of the reader's. */
export function tourOwns(request: TourRequest, scenario: object): boolean {
  return request.open && request.stepScenario === scenario;
}

/** `tourOwns`, kept up to date for the page's line above the stage, its chips and ways back. */
export function useTourOwns(scenario: object): boolean {
  return useStore(tourStore, (request) => tourOwns(request, scenario));
}

/** The reader has moved on (changed the scenario): the tour's parting note goes. */
export function dismissLeftNote(): void {
  tourStore.setState({ leftNote: null });
}

/** The request as it stands (for code outside React, and tests). */
export function tourRequest(): TourRequest {
  return tourStore.getState();
}

export function useTourRequest(): TourRequest {
  return useStore(tourStore);
}

/** Whether the tour is open, for parts that give way to it (the invitation to pick a strategy). */
export function useTourOpen(): boolean {
  return useStore(tourStore, (request) => request.open);
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/**
 * The reader started on their own (changed the scenario): the invitation goes, and like "Not now" it
 * stays away on later visits. It used to come back on every reload, which an attendee who had long
 * found their way read as nagging; "Start here" is always in the header.
 */
export function setInvitationAside(storage: Storage | null = tourStorage()): void {
  tourStore.setState({ invited: false });
  writeTourProgress(storage, { ...readTourProgress(storage), seen: true });
}

/** "Not now" on the invitation: it goes, and does not come back on the next visit. */
export function declineInvitation(storage: Storage | null): void {
  tourStore.setState({ invited: false });
  writeTourProgress(storage, { ...readTourProgress(storage), seen: true });
}

/** Called once as the header arrives. */
export function arriveAtTour(query: string, storage: Storage | null): void {
  const action = arrivalAction(query, readTourProgress(storage));
  if (action === 'open') openTour('beginning');
  else if (action === 'invite') tourStore.setState({ invited: true });
}
