/**
 * Arrival patterns as piecewise-constant rates. Continuous shapes (ramp, sine) are held constant over
 * short segments, which lets the producer find its next arrival exactly by integrating the rate
 * segment by segment, and stay exact for Poisson arrivals within each segment.
 */
import type { Pattern } from './scenario.ts';
import { sin } from './portableMath/index.ts';

const RAMP_STEP_MS = 100;
const SINE_STEPS_PER_PERIOD = 64;

export interface RateSegment {
  /** Messages per second, constant from the query time until `end`. */
  ratePerSec: number;
  /** When the rate may next change, ms; Infinity if never. Always later than the query time. */
  end: number;
}

/** The rate in force at time t (ms) and how long it lasts. */
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
      const mid = (index + 0.5) * width;
      const rate =
        pattern.meanRatePerSec +
        pattern.amplitudePerSec * sin(2 * Math.PI * ((mid % pattern.periodMs) / pattern.periodMs));
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
