/**
 * The Lost box says how many tries a given-up message had. "Gave up after retries", 20 of them 2.5 s
 * into the tour's story, beside a card saying the producer tries again "waiting longer each time",
 * read as giving up far too soon: the words now say each had its four tries.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import { gaveUpWords } from './draw/bin.ts';
import { drawStage } from './drawStage.ts';
import { LabelLog } from './labels.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

const FRAME = 1000 / 60;

/** The words the stage draws after `seconds` of `scenario`, at the size of a desktop's stage. */
function wordsAfter(scenario: Parameters<typeof harness>[0], seconds: number): string[] {
  const h = harness(scenario, 760, 340);
  let scene = h.step(FRAME);
  for (let t = 0; t < seconds * 1000; t += 100) scene = h.step(100);
  const labels = new LabelLog();
  drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, labels);
  return labels.list().map((l) => l.text);
}

describe('the given-up row of the Lost box', () => {
  it('says how many tries each given-up message had', () => {
    const preset = presetScenario('reject-with-retries');
    expect(preset.retry).toMatchObject({ kind: 'exponential', maxAttempts: 4 });
    // As long as the box allows: "Gave up after 4 tries", or "Gave up (4 tries)".
    expect(wordsAfter(preset, 4)).toContainEqual(expect.stringMatching(/^Gave up.*\b4 tries\)?$/));
  });

  it('follows the attempts knob', () => {
    const preset = presetScenario('reject-with-retries');
    const two = parseScenario({ ...preset, retry: { ...preset.retry, maxAttempts: 2 } });
    if (!two.ok) throw new Error('bad scenario');
    expect(wordsAfter(two.value, 4)).toContainEqual(
      expect.stringMatching(/^Gave up.*\b2 tries\)?$/),
    );
    expect(gaveUpWords(1)[0]).toBe('Gave up after 1 try');
  });
});
