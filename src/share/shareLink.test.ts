import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { PRESETS, presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { arbitraryScenario } from '../sim/testing/arbitraryScenario.ts';
import { encodeBase64Url } from './base64url.ts';
import { decodeShareQuery, encodeShareQuery } from './shareLink.ts';

function valid(input: unknown): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('encodeShareQuery', () => {
  it('writes a preset as it is in the short readable form', () => {
    const scenario = { ...presetScenario('drop-oldest'), seed: 7 };
    expect(encodeShareQuery(scenario, 'drop-oldest')).toBe('preset=drop-oldest&seed=7');
  });

  it('carries only what differs from the base', () => {
    const scenario = valid({ queue: { capacity: 12 } });
    const query = encodeShareQuery(scenario);
    expect(query.length).toBeLessThan(60);
    expect(decodeShareQuery(query)).toEqual({ ok: true, scenario, presetId: null });
  });
});

describe('decodeShareQuery', () => {
  it('restores every preset, with its seed', () => {
    for (const p of PRESETS) {
      const scenario = { ...presetScenario(p.id), seed: 42 };
      expect(decodeShareQuery(`?${encodeShareQuery(scenario, p.id)}`)).toEqual({
        ok: true,
        scenario,
        presetId: p.id,
      });
    }
  });

  it('restores a changed preset exactly', () => {
    const base = presetScenario('credit-window');
    const scenario: Scenario = {
      ...base,
      seed: 3,
      queue: { ...base.queue, capacity: 7 },
      consumers: { ...base.consumers, count: 3 },
    };
    const query = encodeShareQuery(scenario, 'credit-window');
    expect(query).toMatch(/^preset=credit-window&seed=3&s=/);
    expect(decodeShareQuery(query)).toEqual({ ok: true, scenario, presetId: 'credit-window' });
  });

  it('round-trips any valid scenario', () => {
    fc.assert(
      fc.property(arbitraryScenario, (input) => {
        const scenario = valid(input);
        expect(decodeShareQuery(encodeShareQuery(scenario))).toEqual({
          ok: true,
          scenario,
          presetId: null,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('explains damaged, hostile or foreign links by field', () => {
    const s = (value: unknown) => `v=1&s=${encodeBase64Url(JSON.stringify(value))}`;
    const cases: [string, string][] = [
      ['preset=nope', 'preset'],
      ['v=99', 'v'],
      ['v=x', 'v'],
      ['seed=-1', 'seed'],
      ['seed=99999999999', 'seed'],
      ['v=1&s=%%%', 's'],
      ['v=1&s=bm90IGpzb24', 's'],
      [s({ queue: { capacity: 1e300 } }), 'queue.capacity'],
      [s({ queue: { capacity: 'lots' } }), 'queue.capacity'],
      [s({ bogus: 1 }), 'bogus'],
      [`v=1&s=${encodeBase64Url('{"__proto__":{"polluted":true}}')}`, '__proto__'],
      [
        `v=1&s=${encodeBase64Url('{"queue":{"constructor":{"prototype":{"x":1}}}}')}`,
        'queue.constructor',
      ],
      ['x'.repeat(9000), ''],
    ];
    for (const [query, path] of cases) {
      const result = decodeShareQuery(query);
      expect(result.ok, query.slice(0, 60)).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(path);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a scenario part nested too deeply, in words', () => {
    const deep = `${'['.repeat(2000)}${']'.repeat(2000)}`;
    expect(decodeShareQuery(`v=1&s=${encodeBase64Url(`{"queue":${deep}}`)}`)).toEqual({
      ok: false,
      problems: [
        {
          path: 's',
          message: 'the scenario part of the link is nested too deeply (more than 64 levels)',
        },
      ],
    });
  });

  it('cuts a huge unknown field name short instead of repeating it', () => {
    const key = 'k'.repeat(5000);
    for (const value of [{ [key]: 1 }, { queue: { [key]: 1 } }]) {
      const result = decodeShareQuery(`v=1&s=${encodeBase64Url(JSON.stringify(value))}`);
      expect(result.ok).toBe(false);
      const path = result.ok ? '' : (result.problems[0]?.path ?? '');
      expect(path).toMatch(/^[a-z.]*k+…/);
      expect(path.length).toBeLessThan(100);
    }
  });

  it('turns any string into a scenario or problems, and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webQueryParameters(),
          fc.string().map((t) => `v=1&s=${t}`),
          fc.jsonValue().map((j) => `v=1&s=${encodeBase64Url(JSON.stringify(j))}`),
        ),
        (query) => {
          const result = decodeShareQuery(query);
          if (result.ok) expect(parseScenario(result.scenario).ok).toBe(true);
          else expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
