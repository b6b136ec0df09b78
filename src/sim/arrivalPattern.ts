/**
 * Arrival patterns as piecewise-constant rates. Continuous shapes (ramp, sine) are held constant over
 * short segments, which lets the producer find its next arrival exactly by integrating the rate
 * segment by segment, and stay exact for Poisson arrivals within each segment.
 */
import type { Pattern } from './scenario.ts';

const RAMP_STEP_MS = 100;
const SINE_STEPS_PER_PERIOD = 64;

/**
 * sin(2π(k + ½)/64) for k = 0 … 63: the sine pattern's level in each of its segments. Built from
 * square roots and the angle-addition formulas, which every engine rounds alike (Math.sin is not
 * rounded alike; see portableMath), and cheaper than a sine per segment.
 */
const SINE_LEVELS = sineLevels();

function sineLevels(): Float64Array {
  // Halve π/2 five times: cos and sin of π/4, π/8, π/16, π/32 and π/64.
  let c = 0;
  let s = 1;
  const cosines: number[] = [];
  const sines: number[] = [];
  for (let i = 0; i < 5; i++) {
    c = Math.sqrt((1 + c) / 2);
    s = s / (2 * c);
    cosines.push(c);
    sines.push(s);
  }
  const stepCos = cosines[3] as number; // a 64th of a turn is π/32
  const stepSin = sines[3] as number;
  const levels = new Float64Array(SINE_STEPS_PER_PERIOD);
  let x = cosines[4] as number; // the middle of the first segment, π/64
  let y = sines[4] as number;
  for (let k = 0; k < SINE_STEPS_PER_PERIOD; k++) {
    levels[k] = y;
    [x, y] = [x * stepCos - y * stepSin, y * stepCos + x * stepSin];
  }
  return levels;
}

export interface RateSegment {
  /** Messages per second, constant from the query time until `end`. */
  ratePerSec: number;
  /** When the rate may next change, ms; Infinity if never. Always later than the query time. */
  end: number;
}

/** The rate in force at time t (ms) and how long it lasts. */
/**
 * Where a bursty pattern is at time t: in a burst or between bursts; null for any other pattern, and
 * where the two rates are the same (no burst to speak of).
 */
export function burstPhase(pattern: Pattern, t: number): 'in' | 'between' | null {
  if (pattern.kind !== 'bursty' || pattern.onRatePerSec === pattern.offRatePerSec) return null;
  const cycle = pattern.onMs + pattern.offMs;
  return t - Math.floor(t / cycle) * cycle < pattern.onMs ? 'in' : 'between';
}

export function rateSegmentAt(pattern: Pattern, t: number, out: RateSegment): RateSegment {
  switch (pattern.kind) {
    case 'steady':
      out.ratePerSec = pattern.ratePerSec;
      out.end = Infinity;
      break;
    case 'bursty': {
      const cycle = pattern.onMs + pattern.offMs;
      const start = Math.floor(t / cycle) * cycle;
      if (t < start + pattern.onMs) {
        out.ratePerSec = pattern.onRatePerSec;
        out.end = start + pattern.onMs;
      } else {
        out.ratePerSec = pattern.offRatePerSec;
        out.end = start + cycle;
      }
      break;
    }
    case 'ramp': {
      const step = Math.floor(t / RAMP_STEP_MS);
      const rate = pattern.startRatePerSec + (pattern.risePerSec * step * RAMP_STEP_MS) / 1000;
      const capped = rate >= pattern.maxRatePerSec || pattern.risePerSec === 0;
      out.ratePerSec = Math.min(rate, pattern.maxRatePerSec);
      out.end = capped ? Infinity : (step + 1) * RAMP_STEP_MS;
      break;
    }
    case 'step': {
      const stepEnd = pattern.durationMs === null ? Infinity : pattern.atMs + pattern.durationMs;
      if (t < pattern.atMs) {
        out.ratePerSec = pattern.baseRatePerSec;
        out.end = pattern.atMs;
      } else if (t < stepEnd) {
        out.ratePerSec = pattern.stepRatePerSec;
        out.end = stepEnd;
      } else {
        out.ratePerSec = pattern.baseRatePerSec;
        out.end = Infinity;
      }
      break;
    }
    case 'sine': {
      const width = pattern.periodMs / SINE_STEPS_PER_PERIOD;
      const index = Math.floor(t / width);
      const level = SINE_LEVELS[index % SINE_STEPS_PER_PERIOD] as number;
      const rate = pattern.meanRatePerSec + pattern.amplitudePerSec * level;
      out.ratePerSec = Math.max(0, rate);
      out.end = (index + 1) * width;
      break;
    }
  }
  // Floating-point rounding at a boundary must never produce a segment that has already ended.
  if (!(out.end > t)) out.end = nextAfter(t);
  return out;
}

/** The highest rate the pattern ever asks for, messages per second. */
export function peakRate(pattern: Pattern): number {
  switch (pattern.kind) {
    case 'steady':
      return pattern.ratePerSec;
    case 'bursty':
      return Math.max(pattern.onRatePerSec, pattern.offRatePerSec);
    case 'ramp':
      return Math.max(pattern.startRatePerSec, pattern.maxRatePerSec);
    case 'step':
      return Math.max(pattern.baseRatePerSec, pattern.stepRatePerSec);
    case 'sine':
      return pattern.meanRatePerSec + pattern.amplitudePerSec;
  }
}

function nextAfter(t: number): number {
  return t + Math.max(Math.abs(t) * Number.EPSILON * 4, Number.MIN_VALUE);
}
