/**
 * The guided tour: a card in a corner of the window (along its foot on narrow screens) that tells
 * the story step by step (tourSteps.ts), and a callout drawn over the stage around the part the step
 * talks about (TourCallout.tsx). Each step sets its scenario as it begins and moves on when the
 * reader does what it invites (seen in the store, or on the stage) or presses Next.
 *
 * Not modal: the page stays usable around it, which is the point (the invited actions are the
 * page's own controls). Keyboard: focus goes to the card as it opens; every control in it is a
 * button; Esc closes it. Each new step is announced. The step reached is remembered, so Start here
 * picks up there. A chunk of its own, loaded the first time the tour opens.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { playgroundStore } from '../../store/index.ts';
import { ReadingGuide } from '../ReadingGuide.tsx';
import { closeTour, tourOpened, useTourRequest } from './openTour.ts';
import { TourCallout } from './TourCallout.tsx';
import { enterStep, TOUR_STEPS, type Observed } from './tourSteps.ts';
import { readTourProgress, resumeStep, tourStorage, writeTourProgress } from './tourProgress.ts';
import {
  followNextMessage,
  openStageLegend,
  stageCanvas,
  stageFollowing,
  watchStage,
} from './stageOnPage.ts';
import './tour.css';

const COUNT = TOUR_STEPS.length;

function observe(): Observed {
  return { state: playgroundStore.getState(), following: stageFollowing(stageCanvas()) };
}

/** Back to the button that opened the tour, so a keyboard reader is where they were. */
function focusStartHere(): void {
  document.querySelector<HTMLButtonElement>('[data-testid="start-here"] button')?.focus();
}

export default function Tour() {
  const { from, asked } = useTourRequest();
  const [index, setIndex] = useState(() =>
    from === 'beginning' ? 0 : resumeStep(readTourProgress(tourStorage()), COUNT),
  );
  /** The step whose invited action the reader did, when there was no step after it to move to. */
  const [doneAt, setDoneAt] = useState<number | null>(null);
  /** Whether the tour has moved since it opened: from then on each step is announced. */
  const [moved, setMoved] = useState(false);
  const cardRef = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const step = TOUR_STEPS[index]!;
  const last = index === COUNT - 1;
  const lastDone = doneAt === index;
  // The title gets the focus as the tour opens, which reads it: the first step needs no announcing.
  const announcement = moved ? `Step ${index + 1} of ${COUNT}: ${step.title}.` : '';
  const go = (to: number) => {
    setIndex(to);
    setMoved(true);
  };

  useEffect(() => tourOpened(), []);

  // Focus to the card as it opens, and again when Start here is pressed while it is open.
  useEffect(() => {
    titleRef.current?.focus({ preventScroll: true });
  }, [asked]);

  // Each step: its scenario, remembered as reached, announced, and watched for the invited action.
  useEffect(() => {
    const here = TOUR_STEPS[index]!;
    const storage = tourStorage();
    writeTourProgress(storage, { seen: true, step: index, finished: false });
    // A step that removed the focused button (the last has no action button) hands focus to its title.
    if (document.activeElement === null || document.activeElement === document.body)
      titleRef.current?.focus({ preventScroll: true });
    let stop = () => {};
    // The step's scenario is put in place in a task of its own: the page re-renders for it (cards,
    // knobs, explanation), and with the new card's render and placement in the same task as the
    // click on Next, that was one long task (over 50 ms) on a busy machine.
    const timer = window.setTimeout(() => {
      enterStep(playgroundStore, index);
      const entry = observe();
      let advanced = false;
      const check = () => {
        if (advanced || !here.done(observe(), entry)) return;
        advanced = true;
        if (index + 1 < COUNT) {
          setIndex(index + 1);
          setMoved(true);
        } else {
          setDoneAt(index);
          writeTourProgress(storage, { seen: true, step: index, finished: true });
        }
      };
      const stopStore = playgroundStore.subscribe(check);
      const stopStage = watchStage(check);
      stop = () => {
        stopStore();
        stopStage();
      };
    }, 0);
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, [index]);

  const leave = (finished: boolean) => {
    writeTourProgress(tourStorage(), { seen: true, step: index, finished });
    closeTour();
    focusStartHere();
  };
  const next = () => (last ? leave(true) : go(index + 1));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    leave(false);
  };
  // Escape closes the tour wherever the focus has wandered (Shift+Tab out of the card, say), unless
  // something else on the page took it first (a menu, a dialog, the stage's own "stop following").
  useEffect(() => {
    const onDocumentKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (cardRef.current?.contains(event.target as Node)) return;
      const target = event.target as HTMLElement | null;
      // Start here says the tour is open (aria-expanded): Escape there is the tour's own.
      const owner = target?.closest(
        '[role="dialog"], [role="menu"], [aria-expanded="true"], canvas',
      );
      if (owner && !owner.closest('[data-testid="start-here"]')) return;
      writeTourProgress(tourStorage(), { seen: true, step: index, finished: false });
      closeTour();
      focusStartHere();
    };
    document.addEventListener('keydown', onDocumentKey);
    return () => document.removeEventListener('keydown', onDocumentKey);
  }, [index]);

  return createPortal(
    <>
      <TourCallout target={step.target} name={step.targetName} card={cardRef} stepKey={index} />
      <section
        ref={cardRef}
        className="tour-card"
        role="dialog"
        aria-modal="false"
        aria-labelledby="tour-title"
        aria-describedby="tour-body"
        data-testid="tour"
        data-step={step.id}
        onKeyDown={onKeyDown}
      >
        <div className="tour-top">
          <p className="tour-count">
            Step {index + 1} of {COUNT}
          </p>
          <button type="button" className="link-button" onClick={() => leave(false)}>
            Skip the tour
          </button>
        </div>
        <h2 id="tour-title" ref={titleRef} tabIndex={-1}>
          {step.title}
        </h2>
        <p id="tour-body">{step.body}</p>
        <p className="tour-invitation">
          {lastDone
            ? 'That is the story. Start here tells it again whenever you like.'
            : step.invite}
        </p>
        <div className="tour-buttons">
          {step.actionLabel !== null && (
            <button
              type="button"
              className="button primary"
              onClick={() => step.act(playgroundStore, { followNext: followNextMessage })}
            >
              {step.actionLabel}
            </button>
          )}
          <span className="tour-nav">
            <button
              type="button"
              className="button"
              disabled={index === 0}
              onClick={() => go(index - 1)}
            >
              Back
            </button>
            <button type="button" className={last ? 'button primary' : 'button'} onClick={next}>
              {last ? 'Finish' : 'Next'}
            </button>
          </span>
        </div>
        <div className="tour-more">
          <button type="button" className="link-button" onClick={openStageLegend}>
            How to read the stage
          </button>
          <details>
            <summary>How to read the page</summary>
            <ReadingGuide />
          </details>
        </div>
        <p className="visually-hidden" aria-live="polite" data-testid="tour-announcer">
          {announcement}
        </p>
      </section>
    </>,
    document.body,
  );
}
