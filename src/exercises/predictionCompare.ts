/**
 * "Predict before you check", closed: after the check, one plain sentence on how the learner's
 * prediction compared with what the check measured, on the goal the prediction is about. A number
 * is right when it lies within what the seeds measured, close within a tenth of it, and otherwise
 * off by so much (and by how many times, when that is the plainer word). A choice is right when the
 * measurement falls in its band (the pack's `upTo` bounds). The check measures what the prediction
 * is about (its `measure`) on every seed, as it measures the goals. Nothing is graded: the sentence only
 * saves the learner the arithmetic, so the surprise is noticed.
 */
import type { CheckResult } from './checker.ts';
import { formatNumber, formatPointGap, formatQuantity } from './formatValue.ts';
import { METRICS, REASON_WORDS } from './metrics.ts';
import { windowPhrase } from './goalText.ts';
import type { Measure } from './packSchema.ts';
import type { Prediction } from './parsePack.ts';

/** Within this share of the measurement, a number prediction is "close". */
export const CLOSE_SHARE = 0.1;

/** A number as the learner wrote it: "1,200", " 85 " and "85%" read; anything else is null. */
export function readPredictedNumber(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '').replace(/%$/, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** The values on every seed: "584 ms to 696 ms" and "over the 5 seeds", or "0%" and "on every seed". */
function range(
  values: readonly number[],
  format: (v: number) => string,
): { span: string; seeds: string } {
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (values.length === 1) return { span: format(low), seeds: 'on the one seed' };
  if (low === high) return { span: format(low), seeds: 'on every seed' };
  return { span: `${format(low)} to ${format(high)}`, seeds: `over the ${values.length} seeds` };
}

/** What was measured, in a clause: "Producer blocked was 0% of the time on every seed". */
function measuredClause(measure: Measure, values: readonly number[]): string {
  const def = METRICS[measure.metric];
  const window = windowPhrase(measure.window);
  if (def.style === 'count') {
    const { span, seeds } = range(values, (v) => formatNumber(v, 6));
    const noun = measure.reason
      ? `messages ${REASON_WORDS[measure.reason]}`
      : `${def.unit} ${def.name}`.trim();
    return `${span} ${noun}${window} ${seeds}`;
  }
  const { span, seeds } = range(values, (v) => formatQuantity(v, def.unit));
  return `${def.name}${window} was ${span}${def.suffix ? ` ${def.suffix}` : ''} ${seeds}`;
}

/**
 * `value` rounded to as many decimals as `shown` (a number as formatNumber wrote it) has: 0.767
 * beside "60.8" is 0.8, beside "1,076" it is 1.
 */
export function roundedAs(value: number, shown: string): number {
  const decimals = shown.split('.')[1]?.length ?? 0;
  return Number(value.toFixed(decimals));
}

/** "about 3 times too high", or nothing when the miss is less than double. */
function times(predicted: number, nearest: number): string {
  if (predicted > 0 && nearest > 0) {
    const ratio = predicted / nearest;
    if (ratio >= 2) return `, about ${formatNumber(ratio, 2)} times what was measured`;
    if (ratio <= 0.5) return `, about a ${fractionWord(ratio)} of what was measured`;
  }
  return '';
}

/** 0.33 → "third", 0.1 → "tenth"; small shares say "hundredth" at most. */
function fractionWord(ratio: number): string {
  const n = Math.min(100, Math.round(1 / ratio));
  const words: Record<number, string> = {
    2: 'half',
    3: 'third',
    4: 'quarter',
    5: 'fifth',
    6: 'sixth',
    7: 'seventh',
    8: 'eighth',
    9: 'ninth',
    10: 'tenth',
    100: 'hundredth',
  };
  return words[n] ?? `${formatNumber(n)}th`;
}

/**
 * How the prediction compared with the check, or null when there is nothing to compare: no
 * prediction given, no goal named, or a check that did not run.
 */
export function comparePrediction(
  prediction: Prediction,
  result: CheckResult,
  answer: string,
): string | null {
  const goal = prediction.measure;
  if (goal === null || result.status === 'refused' || answer.trim() === '') return null;
  const measured = result.seeds
    .map((s) => s.predictionMeasured ?? NaN)
    .filter((v) => !Number.isNaN(v));
  if (measured.length === 0)
    return `Your prediction, ${answer.trim()}: the check could not measure this, as nothing was delivered.`;
  const unit = METRICS[goal.metric].unit;

  if (prediction.choices !== null) {
    const bounds = prediction.upTo ?? [];
    const choiceOf = (v: number) => {
      const i = bounds.findIndex((b) => v <= b);
      return prediction.choices?.[i < 0 ? bounds.length : i] ?? '';
    };
    const made = [...new Set(measured.map(choiceOf))];
    const seen = measuredClause(goal, measured);
    const which = made.map((c) => `“${c}”`).join(' or ');
    if (made.length === 1 && made[0] === answer)
      return `Your prediction, “${answer}”, was right: ${seen}.`;
    if (made.includes(answer))
      return `Your prediction, “${answer}”, was right on some seeds: ${seen}, which is ${which}.`;
    return `Your prediction, “${answer}”, was not what happened: ${seen}, which is ${which}.`;
  }

  const typed = readPredictedNumber(answer);
  if (typed === null) return null;
  // A share is predicted in %, measured as a fraction.
  const scale = unit === 'fraction' ? 100 : 1;
  const words = prediction.unit === '' ? '' : prediction.unit === '%' ? '%' : ` ${prediction.unit}`;
  const show = (v: number) => `${formatNumber(v * scale, 3)}${words}`;
  const predicted = typed / scale;
  const said = `Your prediction, ${show(predicted)},`;
  // "820 to 1,076 payments": the unit once, after the range.
  const { span: numbers, seeds } = range(measured, (v) => formatNumber(v * scale, 3));
  const span = `${numbers}${words}`;
  const what = `the check measured ${span}${windowPhrase(goal.window)} ${seeds}`;
  const low = Math.min(...measured);
  const high = Math.max(...measured);
  if (predicted >= low && predicted <= high) return `${said} was right: ${what}.`;
  const nearest = predicted < low ? low : high;
  const gap = Math.abs(predicted - nearest);
  const direction = predicted < low ? 'too low' : 'too high';
  // 10% against 88% is 78 points off, which "78%" would misstate. A gap in the unit is rounded as
  // the measurement beside it is: "0.767 uploads/s too low" beside "60.8" mixed two precisions.
  const sameRounding = roundedAs(gap * scale, formatNumber(nearest * scale, 3));
  if (unit !== 'fraction' && sameRounding === 0)
    return `${said} was close: ${what}, just ${direction}.`;
  const gapText =
    unit === 'fraction' ? formatPointGap(gap) : `${formatNumber(sameRounding, 6)}${words}`;
  if (gap <= CLOSE_SHARE * Math.abs(nearest))
    return `${said} was close: ${what}, so it was ${gapText} ${direction}.`;
  return `${said} was off: ${what}, so it was ${gapText} ${direction}${times(predicted, nearest)}.`;
}
