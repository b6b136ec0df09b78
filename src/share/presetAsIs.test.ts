import { describe, expect, it } from 'vitest';
import { PRESETS, presetScenario } from '../sim/presets.ts';
import { setAt } from '../domain/path.ts';
import { isPresetAsIs, linkPresetId } from './presetAsIs.ts';

describe('isPresetAsIs', () => {
  it('recognises every preset as it is, on any seed', () => {
    for (const p of PRESETS) {
      expect(isPresetAsIs(presetScenario(p.id), p.id), p.id).toBe(true);
      expect(isPresetAsIs({ ...presetScenario(p.id), seed: 12345 }, p.id), p.id).toBe(true);
    }
  });

  it('sees any other change, however small', () => {
    const kafka = presetScenario('kafka');
    expect(isPresetAsIs(setAt(kafka, 'consumers.count', 4), 'kafka')).toBe(false);
    expect(isPresetAsIs(setAt(kafka, 'queue.maxAgeMs', 5001), 'kafka')).toBe(false);
    // Another preset's scenario is not this one.
    expect(isPresetAsIs(presetScenario('block'), 'kafka')).toBe(false);
  });

  it('says no without a preset, or for one that does not exist', () => {
    expect(isPresetAsIs(presetScenario('kafka'), null)).toBe(false);
    expect(isPresetAsIs(presetScenario('kafka'), 'no-such-preset')).toBe(false);
  });
});

describe('linkPresetId', () => {
  it('names the preset only while it is unchanged', () => {
    const block = presetScenario('block');
    expect(linkPresetId(block, 'block')).toBe('block');
    expect(linkPresetId(setAt(block, 'queue.capacity', 21), 'block')).toBeNull();
  });
});
