import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { strategyById, strategyOf } from '../domain/strategies.ts';
import { strategySummary } from '../domain/strategyName.ts';
import { summarySaidAbove } from './saidAbove.ts';

const summaryOf = (id: string) => {
  const scenario = presetScenario(id);
  return strategySummary(strategyById(strategyOf(scenario)), scenario);
};

describe('summarySaidAbove', () => {
  it('is true where the title names the strategy and its line is the summary', () => {
    expect(
      summarySaidAbove(presetScenario('drop-oldest'), null, false, summaryOf('drop-oldest')),
    ).toBe(true);
  });

  it('is false for a real system, whose line tells its own story', () => {
    expect(summarySaidAbove(presetScenario('kafka'), 'kafka', false, summaryOf('kafka'))).toBe(
      false,
    );
  });

  it('is false in an exercise, where the line above the stage points to the exercise', () => {
    expect(
      summarySaidAbove(presetScenario('drop-oldest'), null, true, summaryOf('drop-oldest')),
    ).toBe(false);
  });
});
