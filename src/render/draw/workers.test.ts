import { describe, expect, it } from 'vitest';
import { drawStage } from '../drawStage.ts';
import { LabelLog } from '../labels.ts';
import { createFakeContext } from '../testing/fakeContext.ts';
import { harness, TEST_PALETTE } from '../testing/harness.ts';
import { LIGHT_THEME } from '../theme.ts';
import { workerNameWords } from './workers.ts';

/** The words drawn for the workers of a stage `width` px wide, a few seconds into `preset`. */
function workerLabels(preset: string, width: number, height: number): string[] {
  const h = harness(preset, width, height);
  let scene = h.step(1000 / 60, 1, false);
  for (let i = 0; i < 200; i++) scene = h.step(1000 / 60, 1, false);
  const ctx = createFakeContext();
  drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE, new LabelLog());
  return ctx.texts().filter((t) => /^(W\d|Worker|\d+$)/.test(t));
}

describe('a worker’s name on the stage', () => {
  it('is “Worker 1” in every wording, down to the bare number: never “W1”', () => {
    const words = workerNameWords(
      { holding: false, status: 'starting', readyInMs: 800, wasted: false },
      1,
    );
    expect(words[0]).toMatch(/^Worker 1 · warming up/);
    for (const w of words) expect(w).toMatch(/^(Worker 1( · .+)?|1)$/);
    expect(words.at(-2)).toBe('Worker 1');
  });

  it('says a worker busy for a requester who has given up is on wasted work', () => {
    // In a retry storm every consumer was busy beside "Done 0/s", and nothing on the stage said why.
    const busy = { holding: false, status: 'busy', readyInMs: 0 } as const;
    expect(workerNameWords({ ...busy, wasted: false }, 2)[0]).toBe('Worker 2 · busy');
    expect(workerNameWords({ ...busy, wasted: true }, 2)).toEqual([
      'Worker 2 · busy, wasted',
      'Worker 2 · wasted',
      '2 · wasted',
      'Worker 2',
      '2',
    ]);
  });

  it('shows wasted work in the retry storm that does not heal, once it has set in', () => {
    const h = harness('metastable-retry-storm', 900, 420);
    let scene = h.step(1000 / 60, 1, false);
    const seen = new Set<string>();
    // About 20 simulated seconds in, at 20×: the outage was at 5 s, the storm goes on after it.
    for (let i = 0; i < 60 && seen.size === 0; i++) {
      scene = h.step(1000 / 60, 20, false);
      if (scene.snapshot.now < 8_000) continue;
      const ctx = createFakeContext();
      drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE, new LabelLog());
      for (const t of ctx.texts()) if (/wasted/.test(t)) seen.add(t);
    }
    expect([...seen].length).toBeGreaterThan(0);
  });

  it('on a phone-sized stage, as on a wide one', () => {
    for (const [width, height] of [
      [900, 420],
      [340, 420],
      [300, 380],
    ] as const) {
      const labels = workerLabels('add-consumers', width, height);
      expect(labels.length, `${width} px`).toBeGreaterThan(0);
      for (const text of labels) expect(text, `${width} px`).not.toMatch(/^W\d/);
    }
  });

  it('is numbered by its place, 1 to n, after workers come and go', () => {
    // A reader saw "Worker 1", "Worker 4", "Worker 5 · warming" beside a knob saying "now 3".
    const h = harness('add-consumers', 900, 420);
    let checked = 0;
    let renumbered = 0;
    for (let i = 0; i < 60 * 30; i++) {
      const scene = h.step(1000 / 60, 2, false);
      if (i % 30 !== 0 || scene.workerRows.mode !== 'rows') continue;
      const ctx = createFakeContext();
      drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE, new LabelLog());
      const numbers = ctx
        .texts()
        .map((t) => /^Worker (\d+)/.exec(t)?.[1])
        .filter((n) => n !== undefined)
        .map(Number);
      expect(numbers).toEqual(scene.workers.map((_, k) => k + 1));
      checked++;
      if (scene.workers.some((w, k) => w.id !== k)) renumbered++;
    }
    expect(checked).toBeGreaterThan(0);
    // The run did add and remove workers, so ids and places parted.
    expect(renumbered).toBeGreaterThan(0);
  });
});
