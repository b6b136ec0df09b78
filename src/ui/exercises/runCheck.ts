/**
 * Runs an exercise check without freezing the page: in a Web Worker when the browser can start
 * one, otherwise on this thread a few milliseconds per animation frame. Either way the result is
 * the one `checkExercise` gives in Node, since how a check is stepped never changes it.
 */
import type { CheckableExercise, CheckProgress, CheckResult } from '../../exercises/checker.ts';
import type { Scenario } from '../../sim/scenario.ts';
import type { CheckReply, CheckRequest } from '../../worker/checkProtocol.ts';

export type CheckOutcome =
  | { kind: 'done'; result: CheckResult }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

export interface RunningCheck {
  /** Stops the check at once; `finished` then settles as cancelled. */
  cancel(): void;
  finished: Promise<CheckOutcome>;
  /** Where it runs, for the curious and for tests. */
  readonly place: () => 'worker' | 'page';
}

/** Work per frame on the page's own thread: half a frame, leaving the rest for drawing. */
export const MAIN_THREAD_BUDGET_MS = 8;
/** Smaller steps than the checker's default, so one step never blows the frame budget. */
const MAIN_THREAD_MESSAGES_PER_STEP = 4000;

/**
 * Only the fields the checker reads travel to the worker: the budget it refuses settings over, and
 * the prediction whose measure it measures, as well as the goals.
 */
export function checkable(exercise: CheckableExercise): CheckableExercise {
  const { start, knobs, goals, durationSec, seeds, budget = null, prediction = null } = exercise;
  return { start, knobs, goals, durationSec, seeds, budget, prediction };
}

function startWorker(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new Worker(new URL('../../worker/checkWorker.ts', import.meta.url), {
      type: 'module',
      name: 'exercise check',
    });
  } catch {
    // A page with an opaque origin, or a browser without module workers.
    return null;
  }
}

export function startCheck(
  exercise: CheckableExercise,
  scenario: Scenario,
  onProgress: (progress: CheckProgress) => void,
): RunningCheck {
  let settle: (outcome: CheckOutcome) => void = () => {};
  const finished = new Promise<CheckOutcome>((resolve) => {
    settle = resolve;
  });
  let over = false;
  let place: 'worker' | 'page' = 'worker';
  let stop = () => {};
  const finish = (outcome: CheckOutcome) => {
    if (over) return;
    over = true;
    stop();
    settle(outcome);
  };

  const onPage = () => {
    place = 'page';
    let frame: number | null = null;
    stop = () => {
      if (frame !== null) cancelAnimationFrame(frame);
    };
    void import('../../exercises/checker.ts').then(
      ({ checkSteps }) => {
        if (over) return;
        const steps = checkSteps(exercise, scenario, {
          messagesPerStep: MAIN_THREAD_MESSAGES_PER_STEP,
        });
        const work = () => {
          frame = null;
          if (over) return;
          const until = performance.now() + MAIN_THREAD_BUDGET_MS;
          try {
            for (;;) {
              const step = steps.next();
              if (step.done) return finish({ kind: 'done', result: step.value });
              if (performance.now() >= until) {
                onProgress(step.value);
                break;
              }
            }
          } catch (error) {
            return finish({ kind: 'failed', message: messageOf(error) });
          }
          frame = requestAnimationFrame(work);
        };
        frame = requestAnimationFrame(work);
      },
      (error: unknown) => finish({ kind: 'failed', message: messageOf(error) }),
    );
  };

  const worker = startWorker();
  if (worker === null) onPage();
  else {
    let heard = false;
    stop = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<CheckReply>) => {
      heard = true;
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.progress);
      else if (reply.type === 'done') finish({ kind: 'done', result: reply.result });
      else finish({ kind: 'failed', message: reply.message });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // A worker that never started (its script could not load) is replaced by the page itself.
      if (!heard && !over) {
        worker.terminate();
        onPage();
      } else finish({ kind: 'failed', message: event.message || 'the check stopped unexpectedly' });
    };
    const request: CheckRequest = { type: 'check', exercise: checkable(exercise), scenario };
    worker.postMessage(request);
  }

  return {
    cancel: () => finish({ kind: 'cancelled' }),
    finished,
    place: () => place,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
