import { describe, expect, it } from 'vitest';
import { isStrategyAsIs } from '../domain/strategyAsIs.ts';
import { STRATEGIES, strategyById, strategyOf } from '../domain/strategies.ts';
import { presetScenario } from '../sim/presets.ts';
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

describe('picking strategies one after another in the playground', () => {
  it('leaves no priorities behind: Drop the lowest priority, then Keep the latest per key, is that strategy as picking it makes it', () => {
    // A reader went through the drops in order and from Keep the latest per key on saw three
    // colours and ", changed" on strategies whose settings they had not touched.
    const start = presetScenario('no-backpressure');
    const priority = choiceById(start, 'drop-lowest-priority', null).scenario;
    expect(priority.workload.priorityWeights.length).toBeGreaterThan(1);
    for (const next of STRATEGIES.filter((s) => s.id !== 'drop-lowest-priority')) {
      const picked = choiceById(priority, next.id, null).scenario;
      expect(picked.workload.priorityWeights, next.id).toEqual([1]);
      expect(isStrategyAsIs(picked), next.id).toBe(true);
      expect(picked).toEqual(choiceById(start, next.id, null).scenario);
    }
  });

  it('keeps priority shares the reader chose', () => {
    const start = presetScenario('no-backpressure');
    const priority = choiceById(start, 'drop-lowest-priority', null).scenario;
    const own = { ...priority, workload: { ...priority.workload, priorityWeights: [1, 1] } };
    expect(choiceById(own, 'drop-oldest', null).scenario.workload.priorityWeights).toEqual([1, 1]);
  });
});
