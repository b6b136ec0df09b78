import { describe, expect, it } from 'vitest';
import type { Expected } from '../../sim/theory.ts';
import type { Measured } from './measuredWindow.ts';
import { apartness, quantitiesFor, theoryRows } from './theoryRows.ts';

const expected: Expected = {
  arrivalRatePerSec: 900,
  offeredLoad: 0.9,
  utilisation: 0.854268,
  rejectedFraction: 0.0508137,
  lostFraction: 0.0508137,
  producerBlockedFraction: 0,
  throughputPerSec: 854.268,
  meanQueueLength: 3.11517,
  meanInSystem: 3.96944,
  meanWaitMs: 3.6466,
  meanLatencyMs: 4.6466,
};

const measured: Measured = {
  spanMs: 100_000,
  delivered: 85_000,
  offered: 90_000,
  meanQueueLength: 3.2,
  meanInSystem: 4.0,
  meanWaitMs: 3.5,
  meanLatencyMs: 4.5,
  rejectedFraction: 0.052,
  lostFraction: 0.052,
  producerBlockedFraction: 0,
  utilisation: 0.85,
  throughputPerSec: 850,
};

describe('quantitiesFor', () => {
  it('shows rejections for a rejecting queue, the blocked share for a blocking one, neither without a limit', () => {
    expect(quantitiesFor('reject')).toContain('rejectedFraction');
    expect(quantitiesFor('reject')).not.toContain('producerBlockedFraction');
    expect(quantitiesFor('block')).toContain('producerBlockedFraction');
    expect(quantitiesFor('block')).not.toContain('rejectedFraction');
    expect(quantitiesFor('unbounded')).not.toContain('rejectedFraction');
    expect(quantitiesFor('unstable')).toEqual(['utilisation', 'throughputPerSec']);
  });

  it('shows losses but no waiting times for a queue that drops a waiting message for a newcomer', () => {
    expect(quantitiesFor('drop')).toEqual([
      'meanQueueLength',
      'meanInSystem',
      'lostFraction',
      'utilisation',
      'throughputPerSec',
    ]);
  });
});

describe('apartness', () => {
  it('gives shares in percentage points', () => {
    expect(apartness(0.05, 0.052, 'share')).toEqual({
      text: '+0.2 pts',
      spoken: '0.2 percentage points above theory',
    });
  });
  it('gives amounts relative to theory, with a real minus sign', () => {
    expect(apartness(4, 3.8, 'count')).toEqual({ text: '\u22125.0%', spoken: '5.0% below theory' });
    expect(apartness(2, 2, 'ms').spoken).toBe('0% on theory');
  });
  it('drops the sign when the difference rounds to nothing', () => {
    expect(apartness(1, 1.00001, 'share').text).toBe('0 pts');
    expect(apartness(100, 100.0001, 'rate').text).toBe('0.0%');
  });
  it('gives the plain difference when theory expects nothing', () => {
    expect(apartness(0, 0.25, 'count').text).toBe('+0.25');
  });
  it('says nothing until there is a measurement', () => {
    expect(apartness(3, NaN, 'count')).toEqual({ text: '—', spoken: 'not measured yet' });
  });
});

describe('theoryRows', () => {
  it('formats each value with its unit, and keeps the raw numbers', () => {
    const rows = theoryRows(quantitiesFor('reject'), expected, measured);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.meanInSystem?.expected).toBe('3.97');
    expect(byId.meanLatencyMs?.expected).toBe('4.65 ms');
    expect(byId.rejectedFraction?.expected).toBe('5.1%');
    expect(byId.throughputPerSec?.expected).toBe('854/s');
    expect(byId.meanInSystem?.measured).toBe('4');
    expect(byId.meanInSystem?.apart).toBe('+0.8%');
    expect(byId.rejectedFraction?.expectedRaw).toBe(0.0508137);
    expect(byId.utilisation?.symbol).toBe('ρ');
  });
  it('leaves the measured column empty while nothing has been measured', () => {
    for (const row of theoryRows(quantitiesFor('unbounded'), expected, null)) {
      expect(row.measured).toBe('—');
      expect(row.measuredRaw).toBeNaN();
      expect(row.expected).not.toBe('—');
    }
  });
});
