import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets.ts';
import { STRATEGY_SCENARIOS_FILE, strategyScenariosFileText } from './strategyScenarioFile.ts';

const committed = readFileSync(
  new URL(`../../${STRATEGY_SCENARIOS_FILE}`, import.meta.url),
  'utf8',
);

describe('the strategies’ complete scenarios', () => {
  it(`${STRATEGY_SCENARIOS_FILE} is up to date`, () => {
    expect(committed, 'run npm run schema').toBe(strategyScenariosFileText());
  });

  it('holds every strategy preset and nothing else', () => {
    const strategies = PRESETS.filter((p) => p.category === 'strategy').map((p) => p.id);
    expect(Object.keys(JSON.parse(committed) as object)).toEqual(strategies);
    expect(strategies).toContain('no-backpressure');
  });
});
