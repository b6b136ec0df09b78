import { describe, expect, it } from 'vitest';
import { CARD_TERMS, glossaryEntry } from '../../domain/glossary.ts';
import { unexplained } from '../../domain/testing/glossaryCoverage.ts';
import { createSimulation } from '../../sim/engine.ts';
import { presetScenario } from '../../sim/presets.ts';
import { liveNumbers } from '../liveNumbers.ts';

describe('the live cards and the glossary', () => {
  it('has a term for every card, and an entry for every term the cards’ words use', () => {
    const texts: string[] = [];
    for (const preset of [
      'drop-oldest',
      'no-backpressure',
      'reject-with-retries',
      'credit-window',
    ]) {
      const scenario = presetScenario(preset);
      const engine = createSimulation(scenario, { eventCapacity: 0 });
      engine.run(8000);
      for (const n of liveNumbers(engine.summary(), engine.series, scenario)) {
        expect(glossaryEntry(CARD_TERMS[n.id] ?? ''), n.id).toBeDefined();
        texts.push(n.label, n.detail, n.formula);
      }
    }
    expect(unexplained(texts)).toEqual([]);
  });
});
