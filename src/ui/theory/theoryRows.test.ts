import { describe, expect, it } from 'vitest';
import type { Expected } from '../../sim/theory.ts';
import type { Measured } from './measuredWindow.ts';
import { apartness, crashNote, quantitiesFor, theoryRows } from './theoryRows.ts';
import { createSimulation } from '../../sim/engine.ts';
import { parseScenario } from '../../sim/parseScenario.ts';
import { theoryFor } from '../../sim/theory.ts';
import { measureBetween, totalsOf } from './measuredWindow.ts';
import { presetScenario } from '../../sim/presets.ts';

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
  carriedOver: 0,
  crashes: 0,
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
  it('compares only once a stretch has a few seconds and a hundred deliveries', () => {
    const early = { ...measured, spanMs: 750, delivered: 40 };
    for (const row of theoryRows(quantitiesFor('reject'), expected, early)) {
      expect(row.apart).toBe('too early to compare');
      expect(row.apartSpoken).toBe('too early to compare');
      // What was measured is still shown.
      expect(row.measured).not.toBe('—');
    }
    const rows = theoryRows(quantitiesFor('reject'), expected, { ...early, spanMs: 5000 });
    expect(rows.every((r) => r.apart === 'too early to compare')).toBe(true);
    const enough = theoryRows(quantitiesFor('reject'), expected, {
      ...measured,
      spanMs: 5000,
      delivered: 100,
    });
    expect(enough.some((r) => r.apart === 'too early to compare')).toBe(false);
  });

  it('waits after a change until the backlog left from before has passed through', () => {
    // The reader's case: a producer slowed below the consumers after an overload; 0.75 s later the
    // queue still held the old backlog and the table said "Apart +752377%".
    const at = (rate: number) => {
      const parsed = parseScenario({
        workload: { pattern: { kind: 'steady', ratePerSec: rate } },
        queue: { capacity: null, memoryBudgetBytes: null },
        consumers: { count: 1, service: { kind: 'exponential', meanMs: 20 } },
      });
      if (!parsed.ok) throw new Error('the scenario did not parse');
      return parsed.value;
    };
    const sim = createSimulation(at(70), { eventCapacity: 0 });
    sim.run(30_000);
    const calm = at(25);
    sim.reconfigure(calm);
    const start = totalsOf(sim.summary());
    expect(start.inside).toBeGreaterThan(300);
    const theory = theoryFor(calm);
    if (theory.kind !== 'steady') throw new Error('the calm scenario should be solvable');
    const rowsAfter = (ms: number) => {
      sim.run(ms);
      const m = measureBetween(start, totalsOf(sim.summary()), 1);
      return theoryRows(quantitiesFor(theory.policy), theory.expected, m);
    };
    // Soon after, and even past the first five seconds: the backlog is still draining.
    expect(rowsAfter(750).map((r) => r.apart)).toContain('too early to compare');
    expect(rowsAfter(5000).every((r) => r.apart === 'too early to compare')).toBe(true);
    // Once it has passed through, the table compares.
    const later = rowsAfter(60_000);
    expect(later.some((r) => r.apart === 'too early to compare')).toBe(false);
  });

  it('leaves the measured column empty while nothing has been measured', () => {
    for (const row of theoryRows(quantitiesFor('unbounded'), expected, null)) {
      expect(row.measured).toBe('—');
      expect(row.measuredRaw).toBeNaN();
      expect(row.expected).not.toBe('—');
    }
  });
});

describe('after the consumer ran out of memory', () => {
  it('says the crashes are why measured and theory part', () => {
    // Try 9 (phone): No backpressure after crashes read "Busy share: Theory 100%, Measured 81%,
    // Apart −19 pts" with nothing saying why.
    const unlimited = presetScenario('no-backpressure');
    const engine = createSimulation(unlimited, { eventCapacity: 0 });
    engine.run(30_000);
    const m = measureBetween(null, totalsOf(engine.summary()), 1);
    expect(m.crashes).toBe(engine.summary().crashes);
    expect(m.crashes).toBeGreaterThan(1);
    const [busy] = theoryRows(['utilisation'], { utilisation: 1 }, m);
    expect(busy!.apart).toMatch(/^−\d+ pts$/);
    const note = crashNote(m, unlimited.queue.restartDelayMs);
    expect(note).toBe(
      `Apart because of the crashes: the consumer ran out of memory ${m.crashes} times while this was measured. ` +
        'Each time it lost every message waiting and stopped for 3 s to restart. ' +
        'Theory’s consumer never stops, so the run is busy less and delivers less than theory says.',
    );
    // Counted over the stretch: none since a later start, no note.
    const later = totalsOf(engine.summary());
    expect(crashNote(measureBetween(later, later, 1), 3000)).toBeNull();
    expect(crashNote({ ...m, crashes: 1 }, 3000)).toMatch(
      /ran out of memory once while this was measured\. It lost every message waiting and stopped/,
    );
    expect(crashNote(null, 3000)).toBeNull();
  });
});
