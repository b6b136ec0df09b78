/**
 * A strategy's name in an exercise, in the words of the knobs beside it: the name every page gives it
 * (domain/strategyName.ts: "Reject the newcomer" where retries are off), and conflation named as its
 * knob, “Keep only the latest per key”, which an exercise that allows the strategy also shows and
 * its hints name. One name for one thing on the page: the switcher above the stage and the
 * exercise's own Strategy list both read this.
 */
import { KNOBS } from '../../domain/knobs.ts';
import type { Strategy } from '../../domain/strategies.ts';
import { strategyName } from '../../domain/strategyName.ts';
import type { Scenario } from '../../sim/scenario.ts';

/** The name to show for `strategy`, whose settings applied give `scenario`. */
export function strategyWords(strategy: Strategy, scenario: Scenario): string {
  if (strategy.id === 'latest-per-key')
    return KNOBS.get('queue.conflateByKey')?.label ?? strategy.label;
  return strategyName(strategy, scenario);
}
