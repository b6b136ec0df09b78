import { describe, expect, it } from 'vitest';
import { harness } from './testing/harness.ts';
import { STARTING_ALPHA } from './workerFades.ts';

const FRAME = 1000 / 60;

describe('the workers the stage draws', () => {
  it('shows every worker the run counts, a starting one faint but readable from its first frame', () => {
    // A reader saw "1 to start (now 3)" beside two workers: the third, just started, was drawn at
    // a fifth of its strength times a half-second fade from nothing, so it was not there to see.
    const h = harness('add-consumers');
    let sawStarting = 0;
    for (let i = 0; i < 60 * 12; i++) {
      const scene = h.step(FRAME);
      const counted = h.engine.summary().workers.now;
      const drawn = scene.workers.filter((w) => w.status !== 'retiring');
      expect(drawn).toHaveLength(counted);
      for (const w of drawn) {
        if (w.status === 'starting') sawStarting++;
        expect(w.alpha, `${w.status} worker at ${h.engine.now} ms`).toBeGreaterThanOrEqual(
          w.status === 'starting' ? STARTING_ALPHA : 1,
        );
      }
    }
    // The run started consumers, and they were seen warming up.
    expect(sawStarting).toBeGreaterThan(0);
  });
});
