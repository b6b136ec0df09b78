import { describe, expect, it } from 'vitest';
import { strategyById, strategyOf } from '../domain/strategies.ts';
import { loadBuiltInPack } from '../exercises/index.ts';
import { activeExercise } from './exercises/activeExercise.ts';
import { strategyWords } from './exercises/strategyWords.ts';
import { choiceById, strategyChoices } from './strategyChoices.ts';

const pack = loadBuiltInPack();
const active = (id: string) =>
  activeExercise(pack.id, pack.exercises.find((e) => e.id === id) ?? pack.exercises[0]!);
const openIds = (choices: ReturnType<typeof strategyChoices>) =>
  choices.filter((c) => c.open).map((c) => c.strategy.id);

describe('the strategies an exercise lets the attendee pick', () => {
  it('Payments: after Block the producer, the starting “Reject the newcomer” is still there, retries kept off', () => {
    const ex = active('payments');
    const blocked = choiceById(ex.start, 'block', ex);
    expect(blocked.open).toBe(true);
    const back = choiceById(blocked.scenario, 'drop-incoming', ex);
    expect(back.open).toBe(true);
    expect(back.scenario.retry.kind).toBe('none');
    expect(ex.locks.lockedChanges(back.scenario)).toEqual([]);
    expect(strategyWords(back.strategy, back.scenario)).toBe('Reject the newcomer');
    // Picking it again gives the start back.
    expect(back.scenario).toEqual(ex.start);
  });

  it('every built-in exercise keeps every strategy it starts with, whichever of them is picked', () => {
    for (const exercise of pack.exercises) {
      const ex = activeExercise(pack.id, exercise);
      const first = openIds(strategyChoices(ex.start, ex));
      for (const id of first) {
        const picked = choiceById(ex.start, id, ex);
        expect(strategyOf(picked.scenario), `${exercise.id}: ${id}`).toBe(id);
        expect(ex.locks.lockedChanges(picked.scenario), `${exercise.id}: ${id}`).toEqual([]);
        expect(openIds(strategyChoices(picked.scenario, ex)), `${exercise.id} after ${id}`).toEqual(
          first,
        );
      }
    }
  });

  it('still closes a strategy that would change a fixed field', () => {
    const ex = active('payments');
    // Autoscaling is fixed off in Payments: adding consumers is not the exercise's to pick.
    expect(choiceById(ex.start, 'add-consumers', ex).open).toBe(false);
  });

  it('in the free playground, every strategy is open and picked as the catalogue applies it', () => {
    const start = active('payments').start;
    const choices = strategyChoices(start, null);
    expect(choices.every((c) => c.open)).toBe(true);
    const retries = choiceById(start, 'block', null);
    expect(strategyOf(retries.scenario)).toBe('block');
    expect(choiceById(retries.scenario, 'drop-incoming', null).scenario.retry.kind).toBe(
      strategyById('drop-incoming').policy.retry?.kind,
    );
  });
});
