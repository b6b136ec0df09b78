/**
 * Which strategies may be picked, and what picking each gives: the one rule the switcher above the
 * stage, an exercise's own Strategy list and every other way of picking (chooseStrategy.ts) share.
 * In the free playground every strategy is open and picking one applies it. In an exercise a
 * strategy that changes a fixed field is closed, with one exception: the strategy the exercise
 * starts with, picked again with the exercise's fixed settings kept as they start. Payments starts
 * on "Reject the newcomer" with retries fixed off; the strategy as the playground applies it turns
 * retries on, so once an attendee switched to "Block the producer" the way back had gone from the
 * list (they had to know to use "When the queue is full" or Undo).
 */
import { getAt, setAt } from '../domain/path.ts';
import {
  applyStrategyToRun,
  STRATEGIES,
  strategyOf,
  type Strategy,
  type StrategyId,
} from '../domain/strategies.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { ActiveExercise } from '../store/types.ts';

export interface StrategyChoice {
  strategy: Strategy;
  /** The scenario picking it gives; the current one for the strategy in use. */
  scenario: Scenario;
  /** Whether it may be picked here; a closed one is shown greyed, or left out of a short list. */
  open: boolean;
}

/** `applied` with every fixed field it changed put back as the exercise starts it, or null. */
function keepingFixed(applied: Scenario, exercise: ActiveExercise): Scenario | null {
  let kept: unknown = applied;
  for (const { path } of exercise.locks.lockedChanges(applied))
    kept = setAt(kept, path, getAt(exercise.start, path));
  const parsed = parseScenario(kept);
  if (!parsed.ok || exercise.locks.lockedChanges(parsed.value).length > 0) return null;
  return parsed.value;
}

/** What picking `strategy` gives, and whether it may be picked, from `scenario`. */
export function strategyChoice(
  scenario: Scenario,
  strategy: Strategy,
  exercise: ActiveExercise | null,
): StrategyChoice {
  const current = strategyOf(scenario);
  if (strategy.id === current) return { strategy, scenario, open: true };
  const applied = applyStrategyToRun(scenario, strategy);
  if (exercise === null || exercise.locks.lockedChanges(applied).length === 0)
    return { strategy, scenario: applied, open: true };
  if (strategy.id !== strategyOf(exercise.start))
    return { strategy, scenario: applied, open: false };
  const kept = keepingFixed(applied, exercise);
  return kept !== null && strategyOf(kept) === strategy.id
    ? { strategy, scenario: kept, open: true }
    : { strategy, scenario: applied, open: false };
}

/** Every strategy, in the catalogue's order, as `strategyChoice` has it. */
export function strategyChoices(
  scenario: Scenario,
  exercise: ActiveExercise | null,
): StrategyChoice[] {
  return STRATEGIES.map((s) => strategyChoice(scenario, s, exercise));
}

/** The choice for one strategy by id. */
export function choiceById(
  scenario: Scenario,
  id: StrategyId,
  exercise: ActiveExercise | null,
): StrategyChoice {
  return strategyChoice(scenario, STRATEGIES.find((s) => s.id === id) as Strategy, exercise);
}
