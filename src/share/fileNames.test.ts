import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import { scenarioJsonFile } from './exportFiles.ts';
import { chartPngName, runFileStem, slug, type ExportContext } from './fileNames.ts';

const ctx: ExportContext = {
  scenario: { ...presetScenario('drop-oldest'), seed: 7 },
  presetId: 'drop-oldest',
  timeMs: 12_500.4,
};

describe('slug', () => {
  it('keeps letters and digits, folds accents, and joins the rest with single dashes', () => {
    expect(slug('  Kafka: per-key ordering (v2)! ')).toBe('kafka-per-key-ordering-v2');
    expect(slug('Café crème')).toBe('cafe-creme');
    expect(slug('日本')).toBe('');
    expect(slug('a'.repeat(39) + ' b')).toBe('a'.repeat(39));
  });
});

describe('file names', () => {
  it('say the preset, the seed and the simulated time', () => {
    expect(runFileStem(ctx)).toBe('backpressure-drop-oldest-seed7-at-12.5s');
    expect(chartPngName('depth', ctx)).toBe('backpressure-drop-oldest-seed7-at-12.5s-depth.png');
  });

  it("fall back to the scenario's name, then to a plain word", () => {
    const named = parseScenario({ name: 'My Test', seed: 3 });
    const unnamed = parseScenario({ name: '***', seed: 3 });
    if (!named.ok || !unnamed.ok) throw new Error('invalid test scenario');
    expect(scenarioJsonFile({ scenario: named.value, presetId: null }).name).toBe(
      'my-test-seed3.scenario.json',
    );
    expect(scenarioJsonFile({ scenario: unnamed.value, presetId: null }).name).toBe(
      'scenario-seed3.scenario.json',
    );
  });
});
