import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { PIPELINE_PRESETS } from '../sim/pipelinePresets.ts';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { chainStrategyNote } from './chainStrategyNote.ts';

function scenario(raw: unknown): Scenario {
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('the strategy picker’s note for a chain', () => {
  it('says nothing for a single stage', () => {
    expect(chainStrategyNote(presetScenario('kafka'))).toBeNull();
  });

  it('says the strategy is stage 1’s, and names the stages that keep their own', () => {
    for (const p of PIPELINE_PRESETS) {
      const s = scenario(p.scenario);
      const note = chainStrategyNote(s);
      expect(note, p.id).toMatch(/strategy is stage 1’s/);
      const last = (s.downstream?.length ?? 0) + 1;
      expect(note, p.id).toMatch(last === 2 ? /stage 2 keeps its own/ : /stages 2 and 3 keep/);
    }
  });
});
