import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { PRESETS, presetScenario } from '../sim/presets.ts';
import { arbitraryScenario } from '../sim/testing/arbitraryScenario.ts';
import {
  MAX_SCENARIO_FILE_BYTES,
  checkScenarioFileSize,
  scenarioFileText,
  scenarioFromFileText,
} from './scenarioFile.ts';

const paths = (text: string) => {
  const result = scenarioFromFileText(text);
  return result.ok ? [] : result.problems.map((p) => p.path);
};

describe('scenarioFileText', () => {
  it('writes every field, so reading it back gives the same scenario', () => {
    for (const p of PRESETS) {
      const scenario = presetScenario(p.id);
      const text = scenarioFileText(scenario);
      expect(JSON.parse(text)).toEqual(scenario);
      expect(scenarioFromFileText(text)).toEqual({ ok: true, value: scenario });
    }
  });

  it('round-trips any valid scenario', () => {
    fc.assert(
      fc.property(arbitraryScenario, (input) => {
        const parsed = parseScenario(input);
        if (!parsed.ok) throw new Error('arbitraryScenario made an invalid scenario');
        expect(scenarioFromFileText(scenarioFileText(parsed.value))).toEqual(parsed);
      }),
      { numRuns: 100 },
    );
  });

  it('carries no field the schema would refuse, such as $schema', () => {
    const text = scenarioFileText(presetScenario('drop-oldest'));
    expect(Object.keys(JSON.parse(text))).not.toContain('$schema');
  });
});

describe('scenarioFromFileText', () => {
  it('accepts a partial scenario and fills in the defaults', () => {
    const result = scenarioFromFileText('{ "queue": { "capacity": 5 } }');
    expect(result.ok && result.value.queue.capacity).toBe(5);
  });

  // Before readJsonText, a file 5,000 levels deep overflowed the stack: the import failed silently.
  it('refuses a file nested too deeply with one problem, whatever its depth', () => {
    for (const text of ['['.repeat(5_000), `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`])
      expect(scenarioFromFileText(text)).toEqual({
        ok: false,
        problems: [{ path: '', message: 'is nested too deeply (more than 64 levels)' }],
      });
  });

  it('ignores a byte-order mark', () => {
    expect(scenarioFromFileText('\ufeff{}').ok).toBe(true);
  });

  it('says where JSON goes wrong', () => {
    const result = scenarioFromFileText('{\n  "seed": 4,\n  "queue" {}\n}');
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: '', message: expect.stringMatching(/^is not valid JSON \(line 3, column 11: /) },
      ],
    });
    expect(paths('')).toEqual(['']);
  });

  it('names each wrong field', () => {
    const text = JSON.stringify({
      seed: -1,
      queue: { capacity: 'lots' },
      consumers: { count: 1e9 },
      bogus: true,
    });
    expect(paths(text).sort()).toEqual(['bogus', 'consumers.count', 'queue.capacity', 'seed']);
  });

  it('refuses what is not an object, and hostile keys, without polluting prototypes', () => {
    expect(paths('[1, 2]')).toEqual(['']);
    expect(paths('"a scenario"')).toEqual(['']);
    expect(paths('{"__proto__": {"polluted": true}}')).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns any text into a scenario or problems, and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = scenarioFromFileText(text);
          if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('checkScenarioFileSize', () => {
  it('lets files up to the limit through and refuses bigger ones with both sizes', () => {
    expect(checkScenarioFileSize(MAX_SCENARIO_FILE_BYTES)).toBeNull();
    expect(checkScenarioFileSize(2_400_000)?.message).toBe(
      'is too large to be a scenario (2.4 MB; a scenario file is at most 1.0 MB)',
    );
  });
});
