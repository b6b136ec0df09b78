import { describe, expect, it } from 'vitest';
import { scenarioFromJsonText, scenarioFromPreset, withOverrides } from './resolveScenario.ts';

const presets = [
  { id: 'drop-oldest', scenario: { name: 'Drop oldest', queue: { whenFull: 'drop-oldest' } } },
  { id: 'reject', scenario: { name: 'Reject' } },
  { id: 'broken', scenario: { queue: { capacity: -1 } } },
] as const;

describe('scenarioFromPreset', () => {
  it('fills in the defaults of a known preset', () => {
    const result = scenarioFromPreset('drop-oldest', presets);
    expect(result.ok && result.scenario.queue.whenFull).toBe('drop-oldest');
    expect(result.ok && result.scenario.durationSec).toBe(60);
  });

  it('suggests close names for an unknown one, on one line', () => {
    const result = scenarioFromPreset('drop-odlest', presets);
    expect(result).toEqual({
      ok: false,
      problems: [
        '--preset: no preset is called "drop-odlest" (did you mean drop-oldest?); see --list-presets',
      ],
    });
  });

  it('reports a broken preset by field', () => {
    const result = scenarioFromPreset('broken', presets);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^preset broken: queue\.capacity: /);
  });
});

describe('scenarioFromJsonText', () => {
  it('refuses a file nested too deeply with one line, valid JSON or not', () => {
    for (const text of ['['.repeat(8_000), `${'['.repeat(20_000)}${']'.repeat(20_000)}`])
      expect(scenarioFromJsonText(text, 'deep.json')).toEqual({
        ok: false,
        problems: ['deep.json: is nested too deeply (more than 64 levels)'],
      });
  });

  it('accepts a valid file, with or without a byte-order mark', () => {
    const text = '{"name": "Mine", "queue": {"capacity": 5}}';
    for (const t of [text, `\uFEFF${text}`]) {
      const result = scenarioFromJsonText(t, 'mine.json');
      expect(result.ok && result.scenario.queue.capacity).toBe(5);
    }
  });

  it('gives the position of a JSON syntax error', () => {
    expect(scenarioFromJsonText('{\n  "seed": 1,\n}', 'bad.json')).toEqual({
      ok: false,
      problems: ['bad.json:3:1: not valid JSON: expected a field name in double quotes, found "}"'],
    });
  });

  it('gives one line per schema problem, each naming its field', () => {
    const result = scenarioFromJsonText(
      JSON.stringify({ seed: -1, queue: { capacity: 'ten' }, colour: 'red' }),
      'bad.json',
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(3);
    expect(problems.some((p) => p.startsWith('bad.json: seed: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('bad.json: queue.capacity: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('bad.json: colour: is not a field we know'))).toBe(
      true,
    );
  });
});

describe('withOverrides', () => {
  it('replaces seed and duration only when given', () => {
    const result = scenarioFromPreset('reject', presets);
    if (!result.ok) throw new Error('preset should parse');
    const base = result.scenario;
    expect(withOverrides(base, {})).toEqual(base);
    const changed = withOverrides(base, { seed: 7, durationSec: 5 });
    expect(changed).toMatchObject({ seed: 7, durationSec: 5, name: 'Reject' });
    expect(base.seed).toBe(1);
  });
});
