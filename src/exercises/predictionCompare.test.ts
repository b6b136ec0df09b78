import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { checkExercise, type CheckResult } from './checker.ts';
import { applyPatch, type ScenarioPatch } from './knobs.ts';
import { loadBuiltInPack } from './index.ts';
import { comparePrediction, readPredictedNumber, roundedAs } from './predictionCompare.ts';
import { formatNumber } from './formatValue.ts';
import type { Exercise } from './parsePack.ts';

const pack = loadBuiltInPack();
const exercise = (id: string) => pack.exercises.find((e) => e.id === id) as Exercise;

function checked(ex: Exercise, patch: ScenarioPatch): CheckResult {
  const scenario = parseScenario(applyPatch(ex.start, patch));
  if (!scenario.ok) throw new Error(JSON.stringify(scenario.problems));
  return checkExercise(ex, scenario.value);
}

/** What the goal the prediction is about measured on each seed. */
function measured(ex: Exercise, result: CheckResult): number[] {
  if (result.status === 'refused') throw new Error(result.headline);
  expect(ex.prediction?.measure).not.toBeNull();
  return result.seeds.map((s) => s.predictionMeasured ?? NaN);
}

describe('how a prediction compared with the check', () => {
  const tipping = exercise('tipping-point');
  const twoConsumers = checked(tipping, { consumers: { count: 2 } });
  const [low, high] = ((v) => [Math.min(...v), Math.max(...v)])(measured(tipping, twoConsumers));
  const say = (answer: string) => comparePrediction(tipping.prediction!, twoConsumers, answer);

  it('a number within what the seeds measured is right', () => {
    expect(low).toBeLessThan(high);
    const mid = Math.round((low + high) / 2);
    expect(say(String(mid))).toBe(
      `Your prediction, ${mid} ms, was right: the check measured ${low} to ${high} ms over the 5 seeds.`,
    );
  });

  it('a number within a tenth is close, and says by how much and which way', () => {
    const near = Math.round(high * 1.05);
    expect(say(String(near))).toMatch(
      new RegExp(
        `^Your prediction, ${near} ms, was close: the check measured .* so it was ${near - high} ms too high\\.$`,
      ),
    );
  });

  it('a number far off says by how much, and how many times, in plain words', () => {
    expect(say(String(high * 4))).toMatch(
      /was off: .*too high, about 4 times what was measured\.$/,
    );
    expect(say(String(Math.round(low / 3)))).toMatch(
      /too low, about a third of what was measured\.$/,
    );
    expect(say('1,000')).toMatch(/^Your prediction, 1,000 ms, was off/);
    expect(say('soon')).toBeNull();
    expect(say('')).toBeNull();
  });

  it('a choice is right or not by the pack’s bands, with what was measured', () => {
    const board = exercise('live-leaderboard');
    const blocking = checked(board, { queue: { whenFull: 'block' } });
    const shares = measured(board, blocking);
    expect(Math.min(...shares)).toBeGreaterThan(0.1);
    const text = comparePrediction(board.prediction!, blocking, 'Never');
    expect(text).toMatch(
      /^Your prediction, “Never”, was not what happened: Producer blocked was \d+(\.\d+)?% to \d+(\.\d+)?% of the time over the 5 seeds, which is “Much of the time”\.$/,
    );
    const solved = checked(board, board.solutionPatch);
    expect(comparePrediction(board.prediction!, solved, 'Never')).toBe(
      'Your prediction, “Never”, was right: Producer blocked was 0% of the time on every seed.',
    );
  });

  it('a count reads as a count: payments held back', () => {
    const payments = exercise('payments');
    const blocking = checked(payments, { queue: { whenFull: 'block' } });
    expect(comparePrediction(payments.prediction!, blocking, '0')).toMatch(
      /^Your prediction, 0 payments, was off: the check measured \d{3} to 1,\d{3} payments over the 5 seeds, so it was \d{3} payments too low\.$/,
    );
  });

  it('says nothing for a refused check or an exercise whose prediction names no goal', () => {
    const refused: CheckResult = { status: 'refused', passed: false, problems: [], headline: '' };
    expect(comparePrediction(tipping.prediction!, refused, '100')).toBeNull();
    const unnamed = { ...tipping.prediction!, measure: null };
    expect(comparePrediction(unnamed, twoConsumers, '100')).toBeNull();
  });

  it('reads numbers as people type them', () => {
    expect(readPredictedNumber(' 1,200 ')).toBe(1200);
    expect(readPredictedNumber('85%')).toBe(85);
    expect(readPredictedNumber('2.5')).toBe(2.5);
    expect(readPredictedNumber('about 3')).toBeNull();
  });

  it('a share in a window: the rate limit’s refusals during the flood', () => {
    const limit = exercise('rate-limit');
    const result = checked(limit, limit.solutionPatch);
    const shares = measured(limit, result);
    // One bucket for everyone lets 70 of the 640 a second through: about 89% are turned away.
    for (const share of shares) expect(share).toBeGreaterThan(0.85);
    expect(comparePrediction(limit.prediction!, result, '10')).toMatch(
      /^Your prediction, 10%, was off: the check measured \d\d(\.\d)? to \d\d(\.\d)?% during the flood over the 5 seeds, so it was \d\d(\.\d)? percentage points too low, about a ninth of what was measured\.$/,
    );
  });

  it('a gap is rounded as the measurement beside it: where the bound, throughput', () => {
    const bound = exercise('where-the-bound');
    const result = checked(bound, bound.solutionPatch);
    const low = Math.min(...measured(bound, result));
    // The attendee's case: 60 beside a low of 60.8 read "0.767 uploads/s too low".
    const shownLow = formatNumber(low, 3);
    expect(shownLow).toMatch(/^\d\d\.\d$/);
    const guess = Number(shownLow) - 0.77;
    const text = comparePrediction(bound.prediction!, result, String(guess))!;
    expect(text).toContain(`the check measured ${shownLow} to `);
    const gap = /so it was ([\d.,]+) uploads\/s too low\.$/.exec(text)?.[1];
    expect(gap, text).toBe(formatNumber(Number((low - guess).toFixed(1)), 6));
    expect(gap).toMatch(/^\d\.\d$/);
    // Closer than the range shows: no gap of 0, just the direction.
    expect(comparePrediction(bound.prediction!, result, String(low - 0.01))).toMatch(
      /was close: .*, just too low\.$/,
    );
  });

  it('rounds a gap to the decimals a shown number has', () => {
    expect(roundedAs(0.767, '60.8')).toBe(0.8);
    expect(roundedAs(15.4, '1,076')).toBe(15);
    expect(roundedAs(0.004, '0.83')).toBe(0);
  });

  it('every built-in prediction says what it is about', () => {
    for (const ex of pack.exercises)
      if (ex.prediction) expect(ex.prediction.measure, ex.id).not.toBeNull();
  });
});
