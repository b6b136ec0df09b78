/**
 * A crash on the stage (an outage that resets): everything in the well and at the workers leaves at
 * once, from where it was, for the retry tray, where the crowd waits to come back together; what is
 * not retried goes to the bin under its own reason; the moment is called out.
 */
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../sim/eventLog.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import type { ScenarioInput } from '../sim/scenario.ts';
import { DROP_REASONS } from '../sim/types.ts';
import { MomentSpotter, REASON_SHORT } from './moments.ts';
import { dropRoute } from './routes.ts';
import { trayMarkSlots, traySlots } from './retryTray.ts';
import { harness } from './testing/harness.ts';

const RESET = DROP_REASONS.indexOf('reset');
const FRAME = 1000 / 60;

/** 30/s into two workers of 100 ms each: about twenty wait when the server crashes at 2015 ms. */
function crash(retry: ScenarioInput['retry']) {
  const parsed = parseScenario({
    workload: { pattern: { kind: 'steady', ratePerSec: 30 }, spacing: 'even' },
    queue: { capacity: 50, whenFull: 'reject' },
    consumers: { count: 2, service: { kind: 'constant', meanMs: 100 } },
    retry,
    triggers: [{ kind: 'outage', atMs: 2015, durationMs: 3000, mode: 'reset' }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return harness(parsed.value);
}

/** Steps frames until the simulation is past `ms`; returns the blocks shown in the frame before. */
function stepPast(h: ReturnType<typeof harness>, ms: number) {
  let before = new Map<number, { x: number; y: number }>();
  let scene = h.step(FRAME);
  while (h.engine.now < ms) {
    before = new Map(scene.sprites.map((s) => [s.id, { x: s.x, y: s.y }]));
    scene = h.step(FRAME);
  }
  return { before, scene };
}

describe('a crash on the stage', () => {
  it('sends every block in the well and at the workers off at once, from where it was (over the rim above its cell), to the retry tray', () => {
    const h = crash({
      kind: 'exponential',
      baseDelayMs: 1000,
      multiplier: 2,
      maxDelayMs: 4000,
      jitter: false,
      maxAttempts: 5,
    });
    const { before, scene } = stepPast(h, 2015);
    expect(before.size).toBeGreaterThanOrEqual(15);
    expect(scene.sprites.filter((s) => before.has(s.id))).toEqual([]);
    const leaving = scene.flights.filter((f) => before.has(f.id));
    // All of them, however many: the allowance for flights does not thin out a crowd.
    expect(leaving).toHaveLength(before.size);
    const w = scene.layout.well;
    for (const f of leaving) {
      const from = before.get(f.id)!;
      const inWell = from.x > w.x && from.x < w.x + w.w && from.y > w.y;
      if (inWell) {
        // Out of the well over the rim above its column, never through a wall (try 5).
        expect(Math.abs(f.x - from.x)).toBeLessThan(scene.layout.cell);
        expect(f.y).toBeLessThan(w.y);
      } else expect(Math.hypot(f.x - from.x, f.y - from.y)).toBeLessThan(scene.layout.cell);
    }
    // Once landed they wait together in the tray (as many as it has room for), due together.
    let later = scene;
    for (let i = 0; i < 60; i++) later = h.step(FRAME, 0);
    const tray = later.tray.filter((t) => before.has(t.id));
    expect(tray.length).toBeGreaterThanOrEqual(3);
    expect(tray.length).toBe(traySlots(later.layout) - trayMarkSlots(later.layout));
    expect(tray.length).toBe(later.tray.length);
    expect(new Set(tray.map((t) => t.progress)).size).toBe(1);
  });

  it('sends what is not retried to the bin under its own reason, and calls the moment out', () => {
    const h = crash({ kind: 'none' });
    const { before, scene } = stepPast(h, 2015);
    const lost = scene.flights.filter((f) => before.has(f.id));
    expect(lost.length).toBe(before.size);
    expect(lost.every((f) => f.reason === RESET)).toBe(true);
    expect(scene.snapshot.dropped.reset).toBe(before.size);
    const moments = h.animator.takeMoments();
    expect(moments.map((m) => m.kind)).toContain('reset');
    expect(scene.callouts.find((c) => c.kind === 'reset')?.text).toBe(
      'Crash: all in flight failed',
    );
  });
});

describe('the vocabulary of a reset', () => {
  it('leaves a waiting slot through the wall and bounces a newcomer, into the bin', () => {
    expect(dropRoute('reset', true)).toBe('from-slot');
    expect(dropRoute('reset', false)).toBe('bounce');
    expect(REASON_SHORT.reset).toBe('Reset');
  });

  it('is a moment once per run, for an outage that resets and not for one that stalls', () => {
    const spotter = new MomentSpotter();
    const trigger = (a: number): SimEvent => ({ kind: 'trigger', time: 5000, id: -1, a, b: 6000 });
    expect(spotter.onEvent(trigger(2), REASON_SHORT)).toBeNull();
    expect(spotter.onEvent(trigger(3), REASON_SHORT)?.kind).toBe('reset');
    expect(spotter.onEvent(trigger(3), REASON_SHORT)).toBeNull();
  });
});
