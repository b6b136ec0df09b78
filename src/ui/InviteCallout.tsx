/** The one sentence that invites the reader to pick a strategy, once the unlimited queue starts to pile up. */
import { usePlayground } from '../store/index.ts';
import { strategyOf } from '../domain/strategies.ts';

/** Depth at which the pile-up is plain to see in the well. */
const INVITE_DEPTH = 25;

export function InviteCallout() {
  // Not in an exercise: there the story says what to do, and the strategies may be fixed.
  const show = usePlayground(
    (s) =>
      s.exercise === null &&
      strategyOf(s.scenario) === 'none' &&
      (s.live.summary.queueDepth.now >= INVITE_DEPTH || s.live.summary.crashes > 0),
  );
  if (!show) return null;
  return (
    <p className="invite">
      The producer is faster than the consumer, so the queue only grows.{' '}
      <a href="#strategy">Pick a strategy</a> and watch what gives instead.
    </p>
  );
}
