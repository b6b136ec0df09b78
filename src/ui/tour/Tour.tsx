/**
 * The guided tour: a card over the strategy switcher beside the stage (along the window's foot on
 * narrow screens, see tourCardPlace.ts) that tells the story step by step (tourSteps.ts), and a
 * callout drawn over the stage around the part the step talks about (TourCallout.tsx). Each step
 * sets its scenario and starts it from zero as it begins (its note says so, once, and how a step
 * runs where that differs: faster until memory runs out, say). A step's action, done (by the card's
 * button or the page's own control) or watched to its end, either keeps the step, which says what
 * changed, for Next to move on, or (a remedy, which puts on the next step's strategy) moves on to
 * the next step at once, its run going on. A step's action may wait for the run (Follow a block, for a
 * well deep enough), and may stay to be done again (Follow another). While a message is followed
 * and the card hides the stage's line telling its story (on a phone), the card tells it too
 * (TourStory.tsx). On a touch screen its words say tap, not click.
 *
 * Opened over a scenario of the reader's own, the card says the tour replaces it (Undo keeps it);
 * resumed at a later step, it says so. Closed at any step by a reader who only read and moved on,
 * it puts the plain story back (one consumer, a faster producer: where the strategies differ) and
 * the reader's undo history as it was when the tour opened (none of the tour's changes to undo),
 * and says so if that took the reader's scenario away; by a reader who set something themselves
 * during it (a step's action, a control of the page's), it leaves what is on screen, one Undo from
 * what they had before the tour, and says that (leaveTour).
 *
 * Not modal: the page stays usable around it, which is the point (the invited actions are the
 * page's own controls). Keyboard: focus goes to the card as it opens; every control in it is a
 * button; Esc closes it, unless a dialog is open over it (Esc closes that alone). Each new step is
 * announced. The step reached is remembered, so Start here picks up there. A chunk of its own,
 * loaded the first time the tour opens.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PlaygroundState } from '../../store/types.ts';
import { createPortal } from 'react-dom';
import { playgroundStore, usePlayground } from '../../store/index.ts';
import { ReadingGuide } from '../ReadingGuide.tsx';
import { closeTour, tourOpened, tourSetUp, useTourRequest } from './openTour.ts';
import { useMediaQuery, WIDE } from '../useMediaQuery.ts';
import { TourLeftNote } from './TourLeftNote.tsx';
import { TourCallout } from './TourCallout.tsx';
import { TourStory } from './TourStory.tsx';
import { dockCard, tallestForm, watchCardOverflow } from './tourCardPlace.ts';
import { cardForms, seenWithBody, type CardForm } from './tourCardForms.ts';
import { openingNote } from './tourOpening.ts';
import {
  beginTour,
  changeNote,
  enterStep,
  bodyFor,
  inviteFor,
  pauseOnce,
  outcomeFor,
  leaveTour,
  settleStep,
  SKIP_SAYS,
  TOUR_STEPS,
  type BeforeTour,
  type LeftAs,
  type Observed,
  watchReader,
} from './tourSteps.ts';
import { readTourProgress, resumeStep, tourStorage, writeTourProgress } from './tourProgress.ts';
import {
  followNewestMessage,
  openStageLegend,
  stageCanvas,
  stageFollowing,
  watchStage,
} from './stageOnPage.ts';
import './tour.css';

const COUNT = TOUR_STEPS.length;

/** Said as the tour closes, where closing it did something to the page worth saying (leaveTour). */
const LEFT_NOTES: Record<NonNullable<LeftAs>, string> = {
  story:
    'The tour left its story running: one consumer, 70 messages a second coming in. What you had on screen is in Undo.',
  kept: 'What you set during the tour stays on screen. Undo goes back to what you had before the tour.',
  restarted:
    'The tour put its story back at the start: one consumer, 70 messages a second coming in.',
};

/** Whether the page is used by touch (the card's words then say tap, not click). */
const touchScreen = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;

function observe(): Observed {
  return { state: playgroundStore.getState(), following: stageFollowing(stageCanvas()) };
}

/** Back to the button that opened the tour, so a keyboard reader is where they were. */
function focusStartHere(): void {
  document.querySelector<HTMLButtonElement>('[data-testid="start-here"] button')?.focus();
}

/** The tour while open (its card and callout), and its parting note once it has closed. */
export default function Tour() {
  return useTourRequest().open ? <TourCard /> : <TourLeftNote />;
}

function TourCard() {
  const { from, asked } = useTourRequest();
  const [index, setIndex] = useState(() =>
    from === 'beginning' ? 0 : resumeStep(readTourProgress(tourStorage()), COUNT),
  );
  /** What the card says first: where it opened, and whose scenario it replaces (read once). */
  const [opening] = useState(() => openingNote(playgroundStore.getState(), index));
  /**
   * The step whose invited action the reader did, when there was no step after it to move to, or
   * whose `outcome` they have watched happen.
   */
  const [doneAt, setDoneAt] = useState<number | null>(null);
  /** Whether the tour has moved since it opened: from then on each step is announced. */
  const [moved, setMoved] = useState(false);
  const cardRef = useRef<HTMLElement>(null);
  /** What the reader had as the tour opened, noted before its first step set anything. */
  const before = useRef<BeforeTour | null>(null);
  /**
   * Whether the reader has set the scenario themselves since the tour opened (a step's action that
   * changes it, a control of the page's): leaving then keeps what is on screen. The tour's own
   * changes (a step's set-up, its settling) are made through `reader.asTour`, and do not count.
   */
  const [reader] = useState(() => watchReader(playgroundStore));
  const asTour = reader.asTour;
  const [touch] = useState(touchScreen);
  // On a narrow page the strategies are a drop-down, which the last step's words name.
  const wide = useMediaQuery(WIDE);
  /**
   * The page as the reader last saw it before this step set its own: the step before as it was left
   * (before leaving undid its pace), or the page as the tour opened.
   */
  const lastSeen = useRef<PlaygroundState | null>(null);
  /** What entering the step changed that its words do not say (changeNote), for its note. */
  const [changed, setChanged] = useState<{ index: number; text: string | null } | null>(null);
  /** On a narrow page, the step whose words stay over its outcome once seen (seenWithBody). */
  const [bodyKeptAt, setBodyKeptAt] = useState<number | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  /** Whether the step was reached by the step before's action (its run then goes on). */
  const goingOn = useRef(false);
  const nextRef = useRef<HTMLButtonElement>(null);
  const actionRef = useRef<HTMLButtonElement>(null);
  /** Watches the open step's run afresh for what it shows: its action done again from the start. */
  const rewatch = useRef<() => void>(() => {});
  const step = TOUR_STEPS[index]!;
  const last = index === COUNT - 1;
  const lastDone = doneAt === index;
  const seen = lastDone && step.outcome !== undefined;
  // A step whose action waits for the run to get somewhere (a well deep enough to follow a block in).
  const ready = usePlayground((state) => step.actionReady?.(state) ?? true);
  // An action in force while the step waits for what it shows (the run sped up): the button says so.
  const pressed = usePlayground((state) => step.pressed?.(state) ?? false);
  const outcome = outcomeFor(step, { wide });
  // Once the action is in force, and once its outcome is seen, what to watch, where that is
  // elsewhere on the stage (sped up, and after the crash: the memory gauge, not the producer).
  const watching = pressed || seen ? (step.whilePressed ?? null) : null;
  const body = seen && bodyKeptAt === index ? step.body : bodyFor(step, seen, { wide });
  // While it waits, what the button says: why, and how far the run has to go.
  const waiting = usePlayground((state) =>
    step.actionReady?.(state) === false ? (step.waitLabel?.(state) ?? null) : null,
  );
  // The title gets the focus as the tour opens, which reads it: the first step needs no announcing.
  const announcement = seen
    ? outcome!
    : moved
      ? `Step ${index + 1} of ${COUNT}: ${step.title}.`
      : '';
  const go = (to: number) => {
    goingOn.current = false;
    setIndex(to);
    setDoneAt(null);
    setMoved(true);
  };

  // The note on how the step runs, with what entering it changed that its words do not say.
  const note =
    [changed?.index === index ? changed.text : null, step.note]
      .filter((part) => part != null)
      .join(' ') || null;
  // Every form this step's card takes: it is placed, and kept as tall, for the tallest.
  const forms = useRef<readonly CardForm[]>([]);
  useLayoutEffect(() => {
    forms.current = cardForms(step, { wide, touch }, { note, waiting });
  });
  // Seen on a narrow page: the step's words kept over the outcome where the card, as tall as its
  // tallest form, has room for both (measured before the outcome is painted).
  useLayoutEffect(() => {
    const card = cardRef.current;
    const both = seen ? seenWithBody(step, { wide, touch }) : null;
    if (both === null || card === null || bodyKeptAt === index) return;
    const others = forms.current.filter((form) => form.invitation !== both.invitation);
    if (tallestForm(card, [both]) <= tallestForm(card, others)) setBodyKeptAt(index);
  }, [seen, step, wide, touch, index, bodyKeptAt]);

  // Beside the stage, over the strategy switcher, when the page has the room (tourCardPlace.ts); on
  // a step that sends the reader to the switcher, under it.
  const clearOfSwitcher = step.control === 'strategy-switcher';
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (card === null) return;
    const stopDock = dockCard(card, clearOfSwitcher, () => forms.current);
    const stopOverflow = watchCardOverflow(card);
    return () => {
      stopDock();
      stopOverflow();
    };
  }, [clearOfSwitcher]);

  useEffect(() => tourOpened(), []);

  useEffect(() => reader.watch(), [reader]);

  // Watched: the action button goes (or, on a step where doing it again shows more, says so); if it
  // had the focus, Next takes it (what the card asks next).
  useEffect(() => {
    const focused = document.activeElement;
    if (seen && (focused === null || focused === document.body || focused === actionRef.current))
      nextRef.current?.focus({ preventScroll: true });
  }, [seen]);

  // Focus to the card as it opens, and again when Start here is pressed while it is open.
  useEffect(() => {
    titleRef.current?.focus({ preventScroll: true });
  }, [asked]);

  // Each step: its scenario, remembered as reached, announced, and watched for the invited action.
  useEffect(() => {
    const here = TOUR_STEPS[index]!;
    const storage = tourStorage();
    writeTourProgress(storage, { seen: true, step: index, finished: false });
    // A step that removed the focused button (the last has no action button) hands focus to its
    // title; so does a step reached by the step before's action, whose button would otherwise keep
    // the focus under the next step's words (a second Enter would skip that step).
    const arrived = goingOn.current;
    goingOn.current = false;
    if (arrived || document.activeElement === null || document.activeElement === document.body)
      titleRef.current?.focus({ preventScroll: true });
    let stop = () => {};
    // The step's scenario is put in place in a task of its own: the page re-renders for it (cards,
    // knobs, explanation), and with the new card's render and placement in the same task as the
    // click on Next, that was one long task (over 50 ms) on a busy machine.
    const timer = window.setTimeout(() => {
      const was = lastSeen.current ?? playgroundStore.getState();
      asTour(() => {
        before.current ??= beginTour(playgroundStore);
        enterStep(playgroundStore, index, arrived);
      });
      setChanged({ index, text: changeNote(here, was, playgroundStore.getState()) });
      // The step's own scenario, not the reader's change: the page does not call it "changed".
      tourSetUp(playgroundStore.getState().scenario);
      let entry = observe();
      let advanced = false;
      let paused = false;
      rewatch.current = () => {
        entry = observe();
        advanced = false;
        paused = false;
      };
      const check = () => {
        paused = pauseOnce(playgroundStore, index, paused);
        if (advanced || !here.done(observe(), entry)) return;
        advanced = true;
        // Done by the page's own control: the result as the card's button makes it.
        asTour(() => settleStep(playgroundStore, index));
        if (here.outcome !== undefined) {
          // Seen: the step stays, says what happened, and waits for Next.
          setDoneAt(index);
          setMoved(true);
        } else if (index + 1 < COUNT) {
          // A remedy: on to the step its action has put in place, the run going on.
          goingOn.current = true;
          setIndex(index + 1);
          setDoneAt(null);
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
      lastSeen.current = playgroundStore.getState();
      window.clearTimeout(timer);
      stop();
    };
  }, [index, asTour]);

  const leave = (finished: boolean) => {
    writeTourProgress(tourStorage(), { seen: true, step: index, finished });
    const left =
      before.current === null
        ? null
        : leaveTour(playgroundStore, index, before.current, reader.chose());
    closeTour(left === null ? null : LEFT_NOTES[left]);
    focusStartHere();
  };
  const next = () => (last ? leave(true) : go(index + 1));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    leave(false);
  };
  // Escape closes the tour wherever the focus has wandered (Shift+Tab out of the card, say), unless
  // something else on the page took it first (a menu, a dialog, the stage's own "stop following"):
  // a modal dialog open over the tour (the stage's "How to read the stage") is the topmost layer,
  // and Escape closes it alone.
  useEffect(() => {
    const onDocumentKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]') !== null) return;
      if (cardRef.current?.contains(event.target as Node)) return;
      const target = event.target as HTMLElement | null;
      // Start here says the tour is open (aria-expanded): Escape there is the tour's own.
      const owner = target?.closest(
        'dialog, [role="dialog"], [role="menu"], [aria-expanded="true"], canvas',
      );
      if (owner && !owner.closest('[data-testid="start-here"]')) return;
      leave(false);
    };
    document.addEventListener('keydown', onDocumentKey);
    return () => document.removeEventListener('keydown', onDocumentKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `leave` changes only with the step
  }, [index]);

  return createPortal(
    <>
      {/* Once more when a watched step says what happened: its words are longer, the card taller. */}
      <TourCallout
        target={watching?.target ?? step.target}
        name={watching?.targetName ?? step.targetName}
        emptyName={watching === null ? step.emptyTargetName : undefined}
        control={step.control}
        card={cardRef}
        stepKey={seen ? index + COUNT : watching !== null ? index + 2 * COUNT : index}
        settled={changed?.index === index}
      />
      <section
        ref={cardRef}
        className="tour-card"
        role="dialog"
        aria-modal="false"
        aria-labelledby="tour-title"
        aria-describedby={body !== null ? 'tour-body' : undefined}
        data-testid="tour"
        data-step={step.id}
        onKeyDown={onKeyDown}
      >
        <div className="tour-top">
          <p className="tour-count">
            Step {index + 1} of {COUNT}
          </p>
          <button
            type="button"
            className="link-button"
            title={SKIP_SAYS}
            aria-description={SKIP_SAYS}
            data-testid="tour-skip"
            onClick={() => leave(false)}
          >
            Skip the tour
          </button>
        </div>
        <h2 id="tour-title" ref={titleRef} tabIndex={-1}>
          {step.title}
        </h2>
        {!moved && opening !== null && (
          <p className="tour-note" data-testid="tour-opening">
            {opening}
            {/* Picked up where the reader left it: a way to the start that is not six Backs (a
                reader back a day later expected the one-minute tour from its start). */}
            {index > 0 && (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => go(0)}>
                  Start from step 1
                </button>
              </>
            )}
          </p>
        )}
        {body !== null && <p id="tour-body">{body}</p>}
        {/* How the step runs: once its action is done (a new run), no longer so. */}
        {/* With what entering it changed that its words do not say (another speed, say). */}
        {note !== null && !seen && (
          <p className="tour-note" data-testid="tour-step-note">
            {note}
          </p>
        )}
        <p className="tour-invitation" data-testid="tour-invitation-line">
          {seen
            ? outcome
            : lastDone
              ? 'That is the story. Start here tells it again whenever you like.'
              : watching !== null
                ? watching.invite
                : ready && step.readyInvite !== undefined
                  ? step.readyInvite
                  : inviteFor(step, { touch, wide })}
        </p>
        <TourStory card={cardRef} />
        <div className="tour-buttons">
          <span className="tour-scroll-hint" aria-hidden="true">
            More below: scroll the card
          </span>
          {step.actionLabel !== null && (!seen || step.againLabel !== undefined) && (
            // Once its action is in force (the run at 3×), the button says so and does nothing
            // more; it keeps the focus (aria-disabled, not disabled) for a keyboard reader.
            <button
              ref={actionRef}
              type="button"
              className={seen ? 'button' : pressed ? 'button tour-pressed' : 'button primary'}
              // The count shows alone (it keeps the buttons on one row); its name says what waits.
              aria-label={
                seen && waiting !== null
                  ? `${step.againLabel ?? step.actionLabel}: ${waiting}`
                  : !seen && !pressed && waiting !== null
                    ? `${step.actionLabel}: ${waiting}`
                    : undefined
              }
              disabled={!ready}
              aria-disabled={!seen && pressed ? true : undefined}
              data-testid="tour-action"
              onClick={() => {
                if (!seen && pressed) return;
                step.act(playgroundStore, { followNewest: followNewestMessage });
                // Done again from the start on a step that held its run at the end of what it showed
                // (the wave): watched afresh, to hold it there again. Left seen, its card said
                // "Paused here" over the replay, which ran on past its end (try 14).
                if (seen && step.holds === true) {
                  rewatch.current();
                  setDoneAt(null);
                }
              }}
            >
              {/* Done again only once ready: till then, what it waits for (after a crash emptied
                  the well, "Follow another" was greyed with no reason given). */}
              {seen
                ? (waiting ?? step.againLabel)
                : pressed
                  ? step.pressedLabel
                  : (waiting ?? step.actionLabel)}
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
            <button
              ref={nextRef}
              type="button"
              className={last || seen || step.actionLabel === null ? 'button primary' : 'button'}
              onClick={next}
            >
              {last ? 'Finish' : 'Next'}
            </button>
          </span>
        </div>
        {/* A step that sends the reader to a control on the page keeps its card short, to stand
            clear of it with the part ringed (on a phone both above the card): the stage's own
            "How to read this" is beside them. */}
        {step.control === undefined && (
          <div className="tour-more">
            <button
              type="button"
              className="link-button"
              onClick={(event) => openStageLegend(event.currentTarget)}
            >
              How to read the stage
            </button>
            <details>
              <summary>How to read the page</summary>
              <ReadingGuide />
            </details>
          </div>
        )}
        <p className="visually-hidden" aria-live="polite" data-testid="tour-announcer">
          {announcement}
        </p>
      </section>
    </>,
    document.body,
  );
}
