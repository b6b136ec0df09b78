import { describe, expect, it } from 'vitest';
import { applyPatch, checkExercise, loadBuiltInPack } from '../../exercises/index.ts';
import { parseScenario } from '../../sim/parseScenario.ts';
import { checkable } from './runCheck.ts';
import { wrongAnswerNote } from './wrongAnswerNote.ts';

const pack = loadBuiltInPack();

describe('what travels to the check worker', () => {
  it('carries the budget, so the page refuses what check-exercises refuses', () => {
    const ex = pack.exercises.find((e) => e.id === 'where-the-bound')!;
    const over = parseScenario(
      applyPatch(ex.start, {
        queue: { capacity: 60 },
        downstream: [{ name: 'resizer', queue: { capacity: 60 } }],
      }),
    );
    if (!over.ok) throw new Error(JSON.stringify(over.problems));
    expect(checkExercise(checkable(ex), over.value).status).toBe('refused');
  });

  it('carries the prediction, so what it is about is measured on every seed', () => {
    const ex = pack.exercises.find((e) => e.id === 'tipping-point')!;
    const result = checkExercise(checkable(ex), ex.solution);
    if (result.status === 'refused') throw new Error(result.headline);
    for (const seed of result.seeds) expect(seed.predictionMeasured).toBeGreaterThan(0);
  });
});

describe('the note beside a check refused for its budget', () => {
  it('is the tempting wrong answer’s, since giving every stage 60 is one', () => {
    const ex = pack.exercises.find((e) => e.id === 'where-the-bound')!;
    const wrong = ex.wrongAnswers.find((w) => checkExercise(ex, w.scenario).status === 'refused');
    expect(wrong).toBeDefined();
    const result = checkExercise(checkable(ex), wrong!.scenario);
    expect(wrongAnswerNote(ex, result, wrong!.scenario)).toBe(wrong!.note);
  });
});
