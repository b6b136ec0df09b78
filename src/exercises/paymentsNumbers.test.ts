/**
 * The numbers Payments' wrong-turn notes and explanation state are what the check measures for those
 * settings, on every seed it runs. The note once said "about a quarter of the time … some 900 in the
 * minute" beside a measured 820 to 1,076; if the simulation or the exercise changes, these fail
 * until the words are brought back in line.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { checkExercise } from './checker.ts';
import { formatNumber } from './formatValue.ts';
import { loadBuiltInPack } from './index.ts';
import { applyPatch, type ScenarioPatch } from './knobs.ts';
import type { Goal } from './packSchema.ts';

const payments = loadBuiltInPack().exercises.find((e) => e.id === 'payments')!;

/** What the check measures for these settings, on each of its seeds: blocked share and held back. */
function measured(settings: ScenarioPatch): { blocked: number[]; held: number[] } {
  const scenario = parseScenario(applyPatch(payments.start, settings));
  if (!scenario.ok) throw new Error(JSON.stringify(scenario.problems));
  const goals: Goal[] = [
    { metric: 'producerBlocked', compare: 'at-most', value: 1 },
    { metric: 'heldBack', compare: 'at-most', value: 0 },
  ];
  const result = checkExercise({ ...payments, goals }, scenario.value);
  if (result.status === 'refused') throw new Error(result.headline);
  const at = (i: number) => result.seeds.map((s) => s.goals[i]?.measured ?? NaN);
  return { blocked: at(0), held: at(1) };
}

const span = (values: number[], format: (v: number) => string) =>
  `${format(Math.min(...values))} to ${format(Math.max(...values))}`;
const count = (v: number) => formatNumber(v, 6);
const percent = (v: number) => `${Math.round(v * 100)}%`;

/** The note of the wrong answer whose settings are `settings`. */
function note(settings: ScenarioPatch): string {
  const wrong = payments.wrongAnswers.find(
    (w) => JSON.stringify(w.settings) === JSON.stringify(settings),
  );
  if (!wrong) throw new Error(`no wrong answer ${JSON.stringify(settings)}`);
  return wrong.note;
}

describe('the numbers Payments states are the ones the check measures', () => {
  const blocking = { queue: { whenFull: 'block' }, consumers: { count: 1 } } as const;
  const credit = { feedback: { kind: 'credit' }, consumers: { count: 1 } } as const;
  const block = measured(blocking);
  const window = measured(credit);

  it('blocking: the share of the minute stalled and the payments held back, as measured', () => {
    const text = note(blocking);
    expect(text).toContain(`stalled ${span(block.blocked, percent)} of the time`);
    expect(text).toContain(`${span(block.held, count)} of them, are held back`);
  });

  it('a credit window: the payments held back, as measured', () => {
    expect(note(credit)).toContain(`${span(window.held, count)} payments are held back`);
  });

  it('the explanation’s round range holds every seed of both', () => {
    const stated = /holds back about 15 a second: ([\d,]+) to ([\d,]+) in the minute/.exec(
      payments.explanation,
    );
    expect(stated, payments.explanation).not.toBeNull();
    const [low, high] = [stated![1]!, stated![2]!].map((n) => Number(n.replace(/,/g, '')));
    for (const held of [...block.held, ...window.held]) {
      expect(held).toBeGreaterThanOrEqual(low!);
      expect(held).toBeLessThanOrEqual(high!);
    }
  });
});
