import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { beltRateText } from './draw/conveyor.ts';
import { drawStage } from './drawStage.ts';
import { LabelLog } from './labels.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

/** The words drawn between the producer's box and the well's wall, after `frames` frames. */
function beltWords(preset: string | ReturnType<typeof presetScenario>, frames: number): string[] {
  const h = harness(preset, 1400, 500);
  let scene = h.step(1000 / 60, 1, false);
  for (let i = 0; i < frames; i++) scene = h.step(1000 / 60, 1, false);
  const ctx = createFakeContext();
  const log = new LabelLog();
  drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE, log);
  const l = scene.layout;
  const left = l.producer.x + l.producer.w;
  return log
    .list()
    .filter((b) => b.x >= left && b.x + b.w <= l.well.x && b.y > l.conveyor.y0)
    .map((b) => b.text);
}

describe('the belt’s rate', () => {
  it('says it is measured as sent, and why it is not the producer’s setting: random gaps', () => {
    // The reader saw "sent ≈ 82/s" under the belt beside "70/s" in the producer, and took them for
    // two settings that disagree.
    const words = beltWords('no-backpressure', 300);
    expect(words.length).toBeGreaterThan(0);
    expect(words.join(' ')).toMatch(/^sent \d+(\.\d+)?\/s \(?random gaps\)?$/);
  });

  it('says what held the producer back when it was, in the state’s own word, and nothing of random gaps with even gaps', () => {
    expect(beltWords('block', 300).join(' ')).toMatch(/^sent \d+\/s \(?blocked\)?$/);
    const even = presetScenario('no-backpressure');
    const steady = { ...even, workload: { ...even.workload, spacing: 'even' as const } };
    expect(beltWords(steady, 300).join(' ')).toMatch(/^sent \d+\/s$/);
  });

  it('puts the reason on a line of its own where room is short, and never a bare rate', () => {
    const width = (t: string) => t.length * 7;
    expect(beltRateText(85, 'random gaps', 400, width)).toEqual(['sent 85/s (random gaps)']);
    expect(beltRateText(85, 'random gaps', width('random gaps'), width)).toEqual([
      'sent 85/s',
      'random gaps',
    ]);
    expect(beltRateText(85, 'random gaps', width('random gaps') - 1, width)).toBeNull();
    expect(beltRateText(85, null, width('sent 85/s'), width)).toEqual(['sent 85/s']);
    expect(beltRateText(85, null, width('sent 85/s') - 1, width)).toBeNull();
  });
});

describe('a producer that sends in bursts', () => {
  /** The words drawn in the producer's box and on the belt, `ms` into the run. */
  function producerAndBelt(ms: number): { box: string[]; belt: string[] } {
    const h = harness('nginx-limit-req', 1400, 500);
    let scene = h.step(1000 / 60, 1, false);
    while (scene.snapshot.now < ms) scene = h.step(1000 / 60, 1, false);
    const log = new LabelLog();
    drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, log);
    const p = scene.layout.producer;
    const inBox = log.list().filter((b) => b.x >= p.x && b.x + b.w <= p.x + p.w && b.y >= p.y);
    const belt = log
      .list()
      .filter(
        (b) =>
          b.x >= p.x + p.w && b.x + b.w <= scene.layout.well.x && b.y > scene.layout.conveyor.y0,
      );
    return { box: inBox.map((b) => b.text), belt: belt.map((b) => b.text) };
  }

  it('says on the producer whether it is in a burst or between bursts, and the belt why its rate is neither', () => {
    // A reader met "10/s" on the producer, "sent 170/s" on the belt and "Burst rate 200 messages/s"
    // on the knob at once, with nothing saying how the three relate.
    const quiet = producerAndBelt(5200);
    expect(quiet.box).toContain('10/s');
    expect(quiet.box).toContain('between bursts');
    expect(quiet.belt.join(' ')).toMatch(/^sent \d+\/s \(?in bursts\)?$/);
    const burst = producerAndBelt(4500);
    expect(burst.box).toContain('in a burst');
    expect(burst.box).not.toContain('sending');
  });
});

describe('a producer slowed by a signal', () => {
  for (const width of [336, 1400]) {
    it(`leaves two rates on the stage, the producer's and the done box's, at ${width} px`, () => {
      // A reader met "55/s", "wants 75/s", "sent 68/s" and the done box's "55/s" at once.
      const h = harness('slow-down-signal', width, 500);
      let slowed = 0;
      let most = 0;
      for (let i = 0; i < 60 * 12; i++) {
        const scene = h.step(1000 / 60, 1, false);
        if (i % 6 !== 0) continue;
        const log = new LabelLog();
        drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, log);
        const words = log.list().map((l) => l.text);
        if (words.some((w) => /^slowed/.test(w))) slowed++;
        // From the first signal on (before it, the first second's measure is still filling).
        if (slowed === 0) continue;
        const rates = words.filter((w) => /\d\/s\b/.test(w));
        most = Math.max(most, rates.length);
      }
      expect(slowed).toBeGreaterThan(10);
      expect(most).toBeLessThanOrEqual(2);
    });
  }
});
