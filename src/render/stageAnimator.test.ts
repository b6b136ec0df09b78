import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import type { ScenarioInput } from '../sim/scenario.ts';
import { DROP_REASONS } from '../sim/types.ts';
import { EVENT_BUDGET, FLIGHT_CAP, PULSE_CAP, tempoFor } from './stageAnimator.ts';
import { harness } from './testing/harness.ts';

function scenario(input: ScenarioInput) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const FRAME = 1000 / 60;

describe('StageAnimator', () => {
  it('follows single messages at a slow speed: a newcomer starts at the producer', () => {
    const h = harness('drop-oldest');
    let sawJourney = false;
    for (let i = 0; i < 240; i++) {
      const s = h.step(FRAME, 0.25);
      expect(s.flow).toBe('discrete');
      for (const b of s.sprites)
        if (b.x < s.layout.well.x && b.y <= s.layout.exitY + 1) sawJourney = true;
    }
    expect(sawJourney).toBe(true);
  });

  it('streams at high rates and keeps its work bounded at 10,000 messages/s × 100', () => {
    const h = harness(
      scenario({
        workload: { pattern: { kind: 'steady', ratePerSec: 10_000 } },
        queue: { capacity: 200, whenFull: 'drop-oldest' },
        consumers: { count: 20, service: { kind: 'exponential', meanMs: 5 } },
      }),
    );
    for (let i = 0; i < 40; i++) {
      const s = h.step(FRAME, 100);
      expect(s.flights.length).toBeLessThanOrEqual(FLIGHT_CAP);
      expect(s.pulses.length).toBeLessThanOrEqual(PULSE_CAP);
      expect(h.animator.spriteCount).toBeLessThanOrEqual(200 + 20 + 1);
    }
    expect(h.animator.flow).toBe('stream');
  }, 30_000);

  it('resyncs from the snapshot when more happened than it reads in a frame', () => {
    const h = harness('drop-oldest');
    h.step(FRAME);
    // Far more than the per-frame event budget in one go.
    h.engine.advanceTo(h.engine.now + 60_000);
    expect(h.engine.events?.written).toBeGreaterThan(EVENT_BUDGET);
    const s = h.step(FRAME, 0);
    expect(s.flights).toHaveLength(0);
    for (const b of s.sprites) expect(b.alpha).toBe(1);
  });

  it('draws no tweens under reduced motion, only where things are', () => {
    const h = harness('credit-window');
    for (let i = 0; i < 200; i++) {
      const s = h.step(FRAME, 1, true);
      expect(s.flights).toHaveLength(0);
      expect(s.pulses).toHaveLength(0);
      expect(s.sinkBump).toBe(0);
      expect(s.beltPhase).toBe(0);
    }
  });

  it('pushes the oldest out of the bottom under drop-oldest, in the reason’s colour', () => {
    const h = harness('drop-oldest');
    const reason = DROP_REASONS.indexOf('evicted-oldest');
    let seen = false;
    for (let i = 0; i < 900 && !seen; i++) {
      const s = h.step(FRAME, 0.5);
      seen = s.flights.some((f) => f.reason === reason);
    }
    expect(seen).toBe(true);
  });

  it('sends credits back along the wire under a credit window, and signals under watermarks', () => {
    const credit = harness('credit-window');
    let kinds = new Set<string>();
    for (let i = 0; i < 200; i++) for (const p of credit.step(FRAME).pulses) kinds.add(p.kind);
    expect(kinds.has('credit')).toBe(true);
    const signal = harness('slow-down-signal');
    kinds = new Set<string>();
    for (let i = 0; i < 600; i++) for (const p of signal.step(FRAME).pulses) kinds.add(p.kind);
    expect(kinds.has('slow')).toBe(true);
  });

  it('flashes and explains an out-of-memory crash', () => {
    const h = harness('no-backpressure');
    let flash = 0;
    let overflow = 0;
    for (let i = 0; i < 60 * 14 && flash === 0; i++) {
      const s = h.step(FRAME);
      flash = s.crashFlash;
      overflow = s.overflowBytes;
    }
    expect(flash).toBeGreaterThan(0);
    expect(overflow).toBeGreaterThan(0);
  });

  it('fades new workers in over their cold start', () => {
    const h = harness('add-consumers');
    let starting = null as number | null;
    for (let i = 0; i < 60 * 6 && starting === null; i++) {
      const s = h.step(FRAME);
      const w = s.workers.find((v) => v.status === 'starting');
      if (w !== undefined) starting = w.alpha;
    }
    expect(starting).not.toBeNull();
    expect(starting as number).toBeLessThan(1);
  });

  it('smooths a producer that blocks many times a second into a share', () => {
    const h = harness('block');
    let s = h.step(FRAME);
    let sum = 0;
    for (let i = 0; i < 900; i++) {
      s = h.step(FRAME);
      if (i >= 300) sum += s.producerShares.stopped;
      // The read-out keeps the set rate through each momentary block.
      expect(s.producerRate).toBe(65);
    }
    const mean = sum / 600;
    expect(mean).toBeGreaterThan(0.1);
    expect(mean).toBeLessThan(0.5);
  });

  it('starts over for a new run', () => {
    const h = harness(presetScenario('drop-oldest'));
    for (let i = 0; i < 60; i++) h.step(FRAME);
    h.animator.reset();
    expect(h.animator.spriteCount).toBe(0);
  });
});

describe('tempoFor', () => {
  it('keeps full-length motion while messages can be followed, and shortens it beyond', () => {
    expect(tempoFor(5)).toBe(1);
    expect(tempoFor(24)).toBeCloseTo(0.5);
    expect(tempoFor(10_000)).toBe(0.25);
  });
});
