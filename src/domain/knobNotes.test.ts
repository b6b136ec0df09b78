import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import type { Scenario, ScenarioInput } from '../sim/scenario.ts';
import { knobNote, strategyNotes } from './knobNotes.ts';
import { effectiveCreditWindow } from '../sim/creditWindow.ts';

function scenario(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('knobNote', () => {
  it('says beside the queue’s capacity when it cuts the credit window', () => {
    const credit = (window: number, capacity: number | null) =>
      scenario({ queue: { capacity }, feedback: { kind: 'credit', window } });
    expect(knobNote('queue.capacity', credit(60, 50))).toBe(
      'The credit window of 60 is cut to 50 to match: credit is only given for room there is.',
    );
    expect(knobNote('queue.capacity', credit(40, 50))).toBeNull();
    expect(knobNote('queue.capacity', scenario({ queue: { capacity: 5 } }))).toBeNull();
  });

  it('says when a credit window is larger than the queue can hold, and how much counts', () => {
    const credit = (window: number, capacity: number | null) =>
      scenario({ queue: { capacity }, feedback: { kind: 'credit', window } });
    expect(knobNote('feedback.window', credit(60, 50))).toBe(
      'Only 50 take effect: the consumers never give out more credit than the 50 places in the queue, so the queue cannot overflow.',
    );
    expect(knobNote('feedback.window', credit(5, 0))).toMatch(/^Only 1 takes effect: with no room/);
    expect(knobNote('feedback.window', credit(50, 50))).toBeNull();
    expect(knobNote('feedback.window', credit(60, null))).toBeNull();
    // Other knobs, and the window when there is none, have nothing to say.
    expect(knobNote('consumers.count', credit(60, 50))).toBeNull();
    expect(knobNote('feedback.window', scenario({}))).toBeNull();
  });

  it('says when a slow-down signal can never fire, its high-water mark above the capacity', () => {
    const signal = (highWatermark: number, capacity: number | null) =>
      scenario({
        queue: { capacity },
        feedback: { kind: 'watermark', highWatermark, lowWatermark: 1 },
      });
    expect(knobNote('feedback.highWatermark', signal(60, 50))).toBe(
      'Never reached: the queue holds at most 50, so the signal never fires and the producer is never slowed. Set it below 50.',
    );
    expect(knobNote('queue.capacity', signal(60, 50))).toMatch(/waits for 60 in the queue/);
    expect(knobNote('feedback.highWatermark', signal(50, 50))).toBeNull();
    expect(knobNote('feedback.highWatermark', signal(60, null))).toBeNull();
  });
});

describe('autoscale notes and strategyNotes', () => {
  const scaler = (scaleUpDepth: number, capacity: number | null) =>
    scenario({
      queue: { capacity },
      consumers: { autoscale: { scaleUpDepth, scaleDownDepth: 1 } },
    });

  it('says when the autoscaler waits for a deeper queue than there can be', () => {
    expect(knobNote('consumers.autoscale.scaleUpDepth', scaler(20, 20))).toMatch(
      /^Never reached before the queue is full: it holds at most 20/,
    );
    expect(knobNote('queue.capacity', scaler(30, 20))).toMatch(/^A worker is added at 30 waiting/);
    expect(knobNote('consumers.autoscale.scaleUpDepth', scaler(19, 20))).toBeNull();
    expect(knobNote('consumers.autoscale.scaleUpDepth', scaler(30, null))).toBeNull();
  });

  it('says beside the consumers that an autoscaler only starts from their count', () => {
    expect(knobNote('consumers.count', scaler(20, 100))).toBe(
      'The workers the run starts with: the autoscaler adds more as the queue deepens, up to 8, and lets them go again down to 1.',
    );
    expect(knobNote('consumers.count', scenario({}))).toBeNull();
  });

  it('gathers the notes of a strategy’s knobs, for the page to say beside the strategy', () => {
    const knobs = ['feedback.highWatermark', 'feedback.lowWatermark', 'queue.capacity'];
    const stuck = scenario({
      queue: { capacity: 20 },
      feedback: { kind: 'watermark', highWatermark: 30, lowWatermark: 10 },
    });
    expect(strategyNotes(knobs, stuck)).toEqual([
      knobNote('feedback.highWatermark', stuck),
      knobNote('queue.capacity', stuck),
    ]);
    expect(strategyNotes(knobs, stuck)).toHaveLength(2);
    const fine = scenario({
      queue: { capacity: 50 },
      feedback: { kind: 'watermark', highWatermark: 30, lowWatermark: 10 },
    });
    expect(strategyNotes(knobs, fine)).toEqual([]);
  });
});

describe('the credit window in force', () => {
  it('is the engine’s: the note names the window effectiveCreditWindow gives', () => {
    for (const [window, capacity] of [
      [60, 50],
      [5, 0],
      [30, 7],
    ] as const) {
      const s = scenario({ queue: { capacity }, feedback: { kind: 'credit', window } });
      const inForce = effectiveCreditWindow(window, capacity);
      expect(knobNote('feedback.window', s)).toMatch(new RegExp(`^Only ${inForce} take`));
    }
  });
});
