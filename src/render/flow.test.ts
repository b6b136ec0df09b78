import { describe, expect, it } from 'vitest';
import {
  DISCRETE_BELOW,
  MIN_PULSE_WALL_MS,
  nextFlowMode,
  pulseProgress,
  RateMeter,
  showsProgress,
  STREAM_ABOVE,
} from './flow.ts';

describe('nextFlowMode', () => {
  it('switches to a stream above the threshold and back only well below it', () => {
    expect(nextFlowMode('discrete', STREAM_ABOVE - 1)).toBe('discrete');
    expect(nextFlowMode('discrete', STREAM_ABOVE + 1)).toBe('stream');
    expect(nextFlowMode('stream', (STREAM_ABOVE + DISCRETE_BELOW) / 2)).toBe('stream');
    expect(nextFlowMode('stream', DISCRETE_BELOW - 1)).toBe('discrete');
  });
});

describe('pulseProgress', () => {
  it('follows simulated time over the delay', () => {
    expect(pulseProgress(1100, 1000, 1200, 10_000, 0)).toBeCloseTo(0.5);
  });

  it('is never quicker than the minimum wall time, however fast the run', () => {
    // Arrived in simulated time, but only half the minimum wall time has passed.
    expect(pulseProgress(5000, 1000, 1200, MIN_PULSE_WALL_MS / 2, 0)).toBeCloseTo(0.5);
  });

  it('freezes while the run is paused', () => {
    const a = pulseProgress(1050, 1000, 1200, 1000, 0);
    const b = pulseProgress(1050, 1000, 1200, 5000, 0);
    expect(a).toBe(b);
  });
});

describe('showsProgress', () => {
  it('hides progress bars for services too quick to watch', () => {
    expect(showsProgress(20, 1)).toBe(false);
    expect(showsProgress(500, 1)).toBe(true);
    expect(showsProgress(500, 100)).toBe(false);
    expect(showsProgress(50, 0.25)).toBe(true);
  });
});

describe('RateMeter', () => {
  it('converges on a steady rate and ignores a counter that goes back', () => {
    const m = new RateMeter(200);
    for (let t = 0; t <= 3000; t += 16) m.sample(t * 0.05, t); // 50 per second
    expect(m.rate).toBeCloseTo(50, 0);
    m.sample(0, 3100);
    expect(m.rate).toBeCloseTo(50, 0);
    m.reset();
    expect(m.rate).toBe(0);
  });
});
