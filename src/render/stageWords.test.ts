/**
 * One word per state at every width (src/domain/stageWords.ts): the stage may drop words as room
 * runs short, never swap the state's own word for another. A reader met the producer "blocked 41%"
 * on a laptop and "held 20%" on a phone, "out of credit", "stopped" and "no credit" for one state,
 * and the lost messages' box as "Dropped" and "Lost".
 */
import { describe, expect, it } from 'vitest';
import { BLOCKED, LOST_BOX, NO_CREDIT, REPLACED_BOX } from '../domain/stageWords.ts';
import { LabelLog } from './labels.ts';
import { stageHeightFor } from './stageLayout.ts';
import { harness } from './testing/harness.ts';
import { paintedFrames } from './testing/paintedFrames.ts';

/** A narrow figure in an article, a phone, a laptop. */
const WIDTHS = [300, 336, 880];
const OTHER_WORDS = /^(held|stopped|out of credit|waiting for credit|Dropped)\b/;

function textsOver(preset: string, width: number, seconds: number): Set<string> {
  const h = harness(preset, width, stageHeightFor(width));
  const labels = new LabelLog();
  const seen = new Set<string>();
  for (const { texts } of paintedFrames(h, labels, 0, seconds * 60 - 1, 2))
    for (const t of texts) seen.add(t);
  return seen;
}

describe('the stage’s words for a state', () => {
  for (const [preset, word] of [
    ['block', BLOCKED],
    ['credit-window', NO_CREDIT],
  ] as const)
    it(`${preset}: the producer is "${word}" at every width, or its share alone`, () => {
      let said = 0;
      for (const width of WIDTHS) {
        const texts = [...textsOver(preset, width, 4)];
        said += texts.filter((t) => t.startsWith(word)).length;
        for (const t of texts) expect(t, `${preset} at ${width} px`).not.toMatch(OTHER_WORDS);
        // The lost messages' box has one name.
        expect(texts, `${preset} at ${width} px`).toContain(LOST_BOX);
      }
      expect(said, preset).toBeGreaterThan(0);
    });
});

describe('the box of messages that did not get through, under Keep the latest per key', () => {
  it('is "Replaced", not "Lost", while every message in it was replaced by a newer one', () => {
    // The card says "Lost so far 0" then; a reader saw "Lost 158" on the stage beside it.
    for (const width of WIDTHS) {
      const h = harness('latest-per-key', width, stageHeightFor(width));
      const labels = new LabelLog();
      const seen = new Set<string>();
      let last: string[] = [];
      for (const { texts, scene } of paintedFrames(h, labels, 0, 4 * 60 - 1, 2)) {
        for (const t of texts) seen.add(t);
        if (scene.numbers.dropped.total > 0) last = texts;
      }
      expect(h.engine.summary().dropped.conflated, `${width} px`).toBeGreaterThan(0);
      expect(h.engine.summary().dropped.total).toBe(h.engine.summary().dropped.conflated);
      expect([...seen], `${width} px`).toContain(REPLACED_BOX);
      expect(last, `${width} px`).not.toContain(LOST_BOX);
      expect(
        [...seen].some((t) => t.startsWith('First loss')),
        `${width} px`,
      ).toBe(false);
    }
  });
});
