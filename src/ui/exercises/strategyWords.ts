/**
 * A strategy's name in an exercise's Strategy list, in the words of the knobs beside it. The
 * strategy "Reject with retries" is named for the retries it turns on; in an exercise that keeps
 * retries off, the queue it leaves is simply the "When the queue is full" choice “Reject the
 * newcomer”, the name the story and hints use, so the list says that. Likewise conflation is the
 * knob's “Keep only the latest per key”. One name for one thing on the page.
 */
import { KNOBS } from '../../domain/knobs.ts';
import type { Strategy } from '../../domain/strategies.ts';
import type { Scenario } from '../../sim/scenario.ts';

function whenFullLabel(value: string): string | null {
  const knob = KNOBS.get('queue.whenFull');
  if (knob?.kind !== 'choice') return null;
  return knob.options.find((o) => o.value === value)?.label ?? null;
}

/** The name to show for `strategy`, whose settings applied give `scenario`. */
export function strategyWords(strategy: Strategy, scenario: Scenario): string {
  if (strategy.id === 'drop-incoming' && scenario.retry.kind === 'none')
    return whenFullLabel('reject') ?? strategy.label;
  if (strategy.id === 'latest-per-key')
    return KNOBS.get('queue.conflateByKey')?.label ?? strategy.label;
  return strategy.label;
}
