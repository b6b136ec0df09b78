/**
 * Round axis ticks: steps of 1, 2 or 5 × 10^k, as many as fit without their labels touching.
 *
 * Recharts' own ticks split the data's range into equal parts, so a run that starts at 0.2 s gets
 * ticks at 0.2, 3.2, 6.2 s, and it avoids colliding labels only by measuring each one in the DOM on
 * every redraw. Here the step is chosen first (the smallest round step whose labels fit) and the
 * ticks are its multiples, so they read as round numbers at any width and cost no layout.
 */

/** A round step, m × 10^k with m ∈ {1, 2, 5}, kept as parts so its multiples print exactly. */
export interface NiceStep {
  mantissa: 1 | 2 | 5;
  exponent: number;
}

const MANTISSAS = [1, 2, 5] as const;

export function stepValue({ mantissa, exponent }: NiceStep): number {
  // Dividing by a power of ten (rather than multiplying by 0.1…) gives the double nearest the
  // decimal, so 3 × 0.2 prints as 0.6, not 0.6000000000000001.
  return exponent >= 0 ? mantissa * 10 ** exponent : mantissa / 10 ** -exponent;
}

/** The smallest round step at least `x` (x > 0). */
export function niceStepAtLeast(x: number): NiceStep {
  let exponent = Math.floor(Math.log10(x));
  for (;;) {
    for (const mantissa of MANTISSAS) {
      const step = { mantissa, exponent };
      // A hair of tolerance: log10 of 1000 may come out as 2.9999999999999996.
      if (stepValue(step) >= x * (1 - 1e-9)) return step;
    }
    exponent++;
  }
}

/** The next round step up: 1 → 2 → 5 → 10 → 20 … */
export function nextStep({ mantissa, exponent }: NiceStep): NiceStep {
  if (mantissa === 1) return { mantissa: 2, exponent };
  if (mantissa === 2) return { mantissa: 5, exponent };
  return { mantissa: 1, exponent: exponent + 1 };
}

/** Digits after the decimal point that the multiples of `step` need. */
export function stepDecimals(step: NiceStep): number {
  return Math.max(0, -step.exponent);
}

/** The multiples of `step` within [min, max], in order. */
export function multiplesWithin(min: number, max: number, step: NiceStep): number[] {
  const size = stepValue(step);
  const slack = size * 1e-9;
  const first = Math.ceil((min - slack) / size);
  const last = Math.floor((max + slack) / size);
  const out: number[] = [];
  for (let i = first; i <= last; i++) {
    const value =
      step.exponent >= 0
        ? i * step.mantissa * 10 ** step.exponent
        : (i * step.mantissa) / 10 ** -step.exponent;
    out.push(value === 0 ? 0 : value); // no −0
  }
  return out;
}

const grouped = new Map<number, Intl.NumberFormat>();
function fixed(value: number, decimals: number): string {
  let format = grouped.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    grouped.set(decimals, format);
  }
  return format.format(value);
}

/**
 * A tick's label: as many decimals as the step needs, and thousands as "k" (millions as "M") once
 * the axis reaches ten thousand, so the labels stay short enough for a narrow axis.
 */
export function formatTick(value: number, step: NiceStep, axisMax = Math.abs(value)): string {
  if (axisMax >= 10_000_000) return `${fixed(value / 1e6, Math.max(0, 6 - step.exponent))}M`;
  if (axisMax >= 10_000) return `${fixed(value / 1000, Math.max(0, 3 - step.exponent))}k`;
  return fixed(value, stepDecimals(step));
}

/** Ticks, the round step between them, and the axis range they were chosen for. */
export interface Ticks {
  ticks: number[];
  step: NiceStep;
  domain: [number, number];
  labels: string[];
}

export interface TimeTickOptions {
  /** The data's first and last time. */
  min: number;
  max: number;
  /** The axis' length in pixels. */
  lengthPx: number;
  /** The printed label of a tick. */
  label(value: number, step: NiceStep): string;
  /** A label's width in pixels (measured, or estimated where nothing can measure). */
  measure(text: string): number;
  /** Space between two neighbouring labels, at least. */
  gapPx?: number;
  /** Distance between two ticks, at least, however short their labels: a few ticks read best. */
  spacingPx?: number;
  /** Room outside the axis for half a label, before its start and after its end. */
  roomBeforePx?: number;
  roomAfterPx?: number;
}

/** A range too small to draw still gets an axis: a span of one unit from where it starts. */
function drawableRange(min: number, max: number): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  return max - min > 1e-9 ? [min, max] : [min, min + 1];
}

/** A tick placed on the axis: its value, its label, where it stands and half its label's width. */
interface Placed {
  value: number;
  text: string;
  x: number;
  half: number;
}

/**
 * Ticks for an axis whose range is the data's own (time): the multiples of the smallest round step
 * whose labels, measured, keep `gapPx` apart and stay inside the room at both ends.
 *
 * A reader needs two ticks to read a scale, so when no round step gives two that fit (a narrow
 * axis, long labels, or the ends just missing a round number), the axis gets two multiples of a
 * round step that do fit, as far apart as the room allows, and one tick only where two cannot fit.
 */
export function chooseRangeTicks(options: TimeTickOptions): Ticks {
  const {
    lengthPx,
    label,
    measure,
    gapPx = 12,
    spacingPx = 48,
    roomBeforePx = 0,
    roomAfterPx = 0,
  } = options;
  const [min, max] = drawableRange(options.min, options.max);
  const span = max - min;
  const pxPer = lengthPx > 0 ? lengthPx / span : 0;
  const place = (value: number, step: NiceStep): Placed => {
    const text = label(value, step);
    return { value, text, x: (value - min) * pxPer, half: measure(text) / 2 };
  };
  // A label that would spill past the chart's edge is left out; its neighbours say enough.
  const fits = (p: Placed) =>
    p.x - p.half >= -roomBeforePx && p.x + p.half <= lengthPx + roomAfterPx;
  const apart = (p: Placed, next: Placed) => next.x - next.half - (p.x + p.half) >= gapPx;
  const result = (placed: Placed[], step: NiceStep): Ticks => ({
    ticks: placed.map((p) => p.value),
    labels: placed.map((p) => p.text),
    step,
    domain: [min, max],
  });

  const firstStep = niceStepAtLeast(span / Math.max(1, lengthPx / spacingPx));
  // The first lone tick that fits, in case no two ever do.
  let lone: Ticks | undefined;
  // Longer steps are tried to the end (not only until one has no multiple in range): a range
  // with no multiple of 2 may still hold a multiple of 5.
  let step = firstStep;
  for (let tries = 0; tries < 40; tries++, step = nextStep(step)) {
    const inside = multiplesWithin(min, max, step)
      .map((value) => place(value, step))
      .filter(fits);
    if (inside.length >= 2 && inside.every((p, i) => i === 0 || apart(inside[i - 1]!, p))) {
      return result(inside, step);
    }
    if (inside.length === 1) lone ??= result(inside, step);
  }
  const pair = widestPair(min, max, firstStep, place, fits, apart);
  if (pair) return result(pair.placed, pair.step);
  return lone ?? { ticks: [], labels: [], step, domain: [min, max] };
}

/** The next round step down: 10 → 5 → 2 → 1 → 0.5 … */
export function previousStep({ mantissa, exponent }: NiceStep): NiceStep {
  if (mantissa === 5) return { mantissa: 2, exponent };
  if (mantissa === 2) return { mantissa: 1, exponent };
  return { mantissa: 5, exponent: exponent - 1 };
}

/**
 * Two ticks for an axis where no round step's every multiple fits: the first and the last multiple
 * whose labels fit, of the longest round step (the roundest numbers) that keeps them apart. Steps
 * down to a hundredth of `firstStep` are tried (two decimals more read better than a lone tick);
 * shorter ones would print needless decimals. Only the labels nearest the ends are measured.
 */
function widestPair(
  min: number,
  max: number,
  firstStep: NiceStep,
  place: (value: number, step: NiceStep) => Placed,
  fits: (p: Placed) => boolean,
  apart: (p: Placed, next: Placed) => boolean,
): { placed: Placed[]; step: NiceStep } | undefined {
  const shortest = stepValue(firstStep) / 100;
  for (
    let step = niceStepAtLeast(max - min);
    stepValue(step) >= shortest * (1 - 1e-9);
    step = previousStep(step)
  ) {
    const values = multiplesWithin(min, max, step);
    let first: Placed | undefined;
    for (const value of values) {
      const p = place(value, step);
      if (fits(p)) {
        first = p;
        break;
      }
    }
    let last: Placed | undefined;
    for (let i = values.length - 1; i >= 0 && first && values[i]! > first.value; i--) {
      const p = place(values[i]!, step);
      if (fits(p)) {
        last = p;
        break;
      }
    }
    if (first && last && apart(first, last)) return { placed: [first, last], step };
  }
  return undefined;
}

export interface ValueTickOptions {
  /** The largest value the axis must show (the smallest is 0). */
  max: number;
  /** The axis' length in pixels. */
  lengthPx: number;
  /** Distance between two ticks, at least: a label's height and some air. */
  spacingPx?: number;
  /** Whole numbers only (counts of things). */
  integer?: boolean;
}

/**
 * Ticks for a value axis from 0: the smallest round step whose ticks keep `spacingPx` apart, and
 * the axis ending on the first multiple of it at or above `max`, so the top is labelled too.
 */
export function chooseValueTicks({
  max,
  lengthPx,
  spacingPx = 24,
  integer = false,
}: ValueTickOptions): Ticks {
  // An axis with nothing to show yet still reads 0 to 1.
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const intervals = Math.max(1, Math.floor(lengthPx / spacingPx));
  let step = niceStepAtLeast(top / intervals);
  if (integer && step.exponent < 0) step = { mantissa: 1, exponent: 0 };
  // Rounding the top up can add an interval; step up until the count fits.
  for (;;) {
    const size = stepValue(step);
    const count = Math.ceil(top / size - 1e-9);
    if (count <= intervals) {
      const end = count * size;
      const ticks = multiplesWithin(0, end, step);
      const last = ticks[ticks.length - 1] ?? end;
      return {
        ticks,
        labels: ticks.map((v) => formatTick(v, step, last)),
        step,
        domain: [0, last],
      };
    }
    step = nextStep(step);
  }
}
