import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import type { Scenario, ScenarioInput } from '../sim/scenario.ts';
import { knobNote } from './knobNotes.ts';

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
