import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { loadBuiltInPack } from '../exercises/index.ts';
import { applyPatch } from '../exercises/knobs.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { withHeldBack } from './heldBackLive.ts';
import { liveNumbers } from './liveNumbers.ts';

const pack = loadBuiltInPack();
const exercise = (id: string) => pack.exercises.find((e) => e.id === id)!;

function blockingPaymentsAt(ms: number) {
  const payments = exercise('payments');
  const blocking = parseScenario(applyPatch(payments.start, { queue: { whenFull: 'block' } }));
  if (!blocking.ok) throw new Error('bad scenario');
  const sim = createSimulation(blocking.value, { eventCapacity: 0 });
  sim.advanceTo(ms);
  const summary = sim.summary();
  return { summary, cards: liveNumbers(summary, sim.series, blocking.value) };
}

describe('the held-back count on the Lost card', () => {
  it('Payments, blocking: the card says what the run has held back so far, as the check rounds it', () => {
    const { summary, cards } = blockingPaymentsAt(10_000);
    expect(summary.heldBack).toBeGreaterThan(50);
    const shown = withHeldBack(cards, summary.heldBack, exercise('payments').goals);
    const lost = shown.find((c) => c.id === 'dropped')!;
    const before = cards.find((c) => c.id === 'dropped')!;
    expect(lost.detail).toBe(`${before.detail}; held back so far: ${Math.round(summary.heldBack)}`);
    expect(lost.formula).toMatch(/A goal of this exercise counts what is held back/);
    // The other cards are as they were.
    expect(shown.filter((c) => c.id !== 'dropped')).toEqual(
      cards.filter((c) => c.id !== 'dropped'),
    );
  });

  it('counts as the check does: to the nearest whole message, with separators', () => {
    const { cards } = blockingPaymentsAt(1000);
    const detail = (held: number) =>
      withHeldBack(cards, held, exercise('payments').goals).find((c) => c.id === 'dropped')!.detail;
    expect(detail(0.4)).toMatch(/; held back so far: 0$/);
    expect(detail(1075.6)).toMatch(/; held back so far: 1,076$/);
  });

  it('adds nothing where no goal counts it, or outside an exercise', () => {
    const { summary, cards } = blockingPaymentsAt(5000);
    expect(withHeldBack(cards, summary.heldBack, exercise('tipping-point').goals)).toBe(cards);
    expect(withHeldBack(cards, summary.heldBack, null)).toBe(cards);
  });
});
