import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { strategyById, strategyOf } from '../domain/strategies.ts';
import { strategySummary } from '../domain/strategyName.ts';
import { scenarioTitle } from './scenarioTitle.ts';
import { summarySaidAbove } from './saidAbove.ts';

function line(
  id: string,
  presetId: string | null,
  more: { inExercise?: boolean; invite?: boolean },
) {
  const scenario = presetScenario(id);
  const summary = strategySummary(strategyById(strategyOf(scenario)), scenario);
  const title = scenarioTitle(scenario, presetId);
  return {
    said: summarySaidAbove(
      { title, inExercise: more.inExercise ?? false, invite: more.invite ?? false },
      summary,
    ),
    summary,
  };
}

describe('summarySaidAbove', () => {
  it('is true where the title names the strategy and its line is the summary', () => {
    expect(line('drop-oldest', null, {}).said).toBe(true);
  });

  it('is false for a real system, whose line tells its own story', () => {
    expect(line('kafka', 'kafka', {}).said).toBe(false);
  });

  it('is false while the invitation to pick a strategy stands in the line’s place', () => {
    expect(line('no-backpressure', null, {}).said).toBe(true);
    expect(line('no-backpressure', null, { invite: true }).said).toBe(false);
  });

  it('is false in an exercise, where the line above the stage points to the exercise', () => {
    expect(line('drop-oldest', null, { inExercise: true }).said).toBe(false);
  });
});
