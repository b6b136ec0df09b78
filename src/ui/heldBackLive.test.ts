import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { loadBuiltInPack } from '../exercises/index.ts';
import { applyPatch } from '../exercises/knobs.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { heldBackLine } from './heldBackLive.ts';

const pack = loadBuiltInPack();
const exercise = (id: string) => pack.exercises.find((e) => e.id === id)!;

describe('the held-back count under the cards', () => {
  it('Payments, blocking: counts what the run has held back so far, as the check rounds it', () => {
    const payments = exercise('payments');
    const blocking = parseScenario(applyPatch(payments.start, { queue: { whenFull: 'block' } }));
    if (!blocking.ok) throw new Error('bad scenario');
    const sim = createSimulation(blocking.value, { eventCapacity: 0 });
    sim.advanceTo(10_000);
    const held = sim.summary().heldBack;
    expect(held).toBeGreaterThan(50);
    expect(heldBackLine(held, payments.goals)).toBe(
      `Held back so far: ${Math.round(held).toLocaleString('en')} messages the producer wanted to send and could not; the check counts them.`,
    );
    expect(heldBackLine(0.4, payments.goals)).toMatch(/^Held back so far: 0 messages /);
    expect(heldBackLine(1, payments.goals)).toMatch(/^Held back so far: 1 message the /);
  });

  it('says nothing where no goal counts it, or outside an exercise', () => {
    expect(heldBackLine(120, exercise('tipping-point').goals)).toBeNull();
    expect(heldBackLine(120, null)).toBeNull();
  });
});
