/**
 * The exercise-check worker: runs `checkSteps` to the end on its own thread, so checking five
 * seeds of a long run never freezes the page, and posts its progress at most every PROGRESS_MS.
 * It imports the checker alone, not the exercise index, so the built-in pack's text stays out.
 */
import { checkSteps } from '../exercises/checker.ts';
import type { CheckReply, CheckRequest } from './checkProtocol.ts';

/** Often enough for a smooth progress bar, rarely enough to cost nothing. */
const PROGRESS_MS = 100;

interface WorkerScope {
  postMessage(message: CheckReply): void;
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { exercise, scenario } = event.data;
  try {
    const steps = checkSteps(exercise, scenario);
    let lastPost = -Infinity;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        scope.postMessage({ type: 'done', result: step.value });
        return;
      }
      const now = performance.now();
      if (now - lastPost >= PROGRESS_MS) {
        lastPost = now;
        scope.postMessage({ type: 'progress', progress: step.value });
      }
    }
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
