import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { arbitraryScenario } from '../sim/testing/arbitraryScenario.ts';
import { decodeBase64Url, encodeBase64Url } from '../share/base64url.ts';
import { encodeShareQuery } from '../share/shareLink.ts';
import { STRATEGIES } from '../domain/strategies.ts';
import {
  comparisonFrom,
  comparisonOf,
  defaultComparison,
  SHARED_FIELDS,
  type Comparison,
} from './comparison.ts';
import { decodeCompareQuery, encodeCompareQuery, type DecodedComparison } from './compareLink.ts';

function valid(input: unknown): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

function expectRoundTrip(comparison: Comparison): void {
  expect(decodeCompareQuery(encodeCompareQuery(comparison))).toEqual({
    ok: true,
    comparison,
    fromLink: true,
  });
}

/** A decoded comparison must be something the page can run: 2–4 valid columns sharing a workload. */
function expectUsable(result: DecodedComparison): void {
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(typeof p.message).toBe('string');
    return;
  }
  const { columns } = result.comparison;
  expect(columns.length).toBeGreaterThanOrEqual(2);
  expect(columns.length).toBeLessThanOrEqual(4);
  for (const column of columns) {
    expect(parseScenario(column)).toEqual({ ok: true, value: column });
    for (const field of SHARED_FIELDS) expect(column[field]).toEqual(columns[0]?.[field]);
  }
}

const arbitraryComparison = fc
  .array(arbitraryScenario, { minLength: 2, maxLength: 4 })
  .map((inputs) => comparisonOf(inputs.map(valid)));

describe('encodeCompareQuery', () => {
  it('writes columns that are presets as they are by name alone', () => {
    const a = presetScenario('block');
    const b = { ...presetScenario('drop-oldest'), workload: a.workload };
    const params = new URLSearchParams(encodeCompareQuery(comparisonOf([a, b])));
    expect([...params.keys()]).toEqual(['compare', 'v', 'seed', 's', 'a', 'b']);
    expect(params.get('a')).toBe('block');
    expect(params.get('b')).toBe('drop-oldest');
    // The shared part is a share link: the workload and run length where they differ from the defaults.
    expect(JSON.parse(decodeBase64Url(params.get('s') ?? '') ?? '')).toEqual({
      durationSec: 30,
      workload: { pattern: { ratePerSec: 65 } },
    });
  });

  it('keeps the link short: the default comparison fits in a tweet', () => {
    expect(encodeCompareQuery(defaultComparison()).length).toBeLessThan(280);
  });
});

describe('decodeCompareQuery', () => {
  it('restores the default comparison, and the playground’s scenario beside its partner', () => {
    expectRoundTrip(defaultComparison());
    for (const strategy of STRATEGIES) {
      const scenario = { ...presetScenario(strategy.presetId), seed: 99 };
      expectRoundTrip(comparisonFrom(scenario));
    }
  });

  it('round-trips any comparison: the same columns, workload and seed', () => {
    fc.assert(fc.property(arbitraryComparison, expectRoundTrip), { numRuns: 150 });
  });

  it('opens the default comparison, without complaint, when the address has no comparison', () => {
    for (const query of ['', '?', 'utm_source=blog', '?sim=main']) {
      expect(decodeCompareQuery(query)).toEqual({
        ok: true,
        comparison: defaultComparison(),
        fromLink: false,
      });
    }
  });

  it('explains damaged, hostile or foreign links, column by column', () => {
    const good = encodeCompareQuery(defaultComparison());
    const swap = (name: string, value: string) => {
      const params = new URLSearchParams(good);
      params.set(name, value);
      return params.toString();
    };
    const drop = (name: string) => {
      const params = new URLSearchParams(good);
      params.delete(name);
      return params.toString();
    };
    const onlyA = new URLSearchParams(good);
    onlyA.delete('b');
    onlyA.delete('c');
    const diff = (value: unknown) => encodeBase64Url(JSON.stringify(value));
    const cases: [string, string | null, string][] = [
      [swap('compare', '2'), null, 'compare'],
      [swap('compare', 'x'), null, 'compare'],
      [swap('seed', '-1'), null, 'seed'],
      [swap('v', '9'), null, 'v'],
      [swap('s', '%%%'), null, 's'],
      [swap('s', diff({ workload: { keyCount: 0 } })), null, 'workload.keyCount'],
      [swap('b', 'no-such-preset'), 'B', 'preset'],
      [swap('b', 'block.%%%'), 'B', ''],
      [swap('c', `block.${diff({ queue: { capacity: 'lots' } })}`), 'C', 'queue.capacity'],
      [swap('a', `.${encodeBase64Url('{"__proto__":{"polluted":true}}')}`), 'A', '__proto__'],
      [swap('c', `.${diff({ bogus: 1 })}`), 'C', 'bogus'],
      [drop('b'), 'B', ''],
      [onlyA.toString(), null, ''],
      [`${drop('c')}&d=block`, 'C', ''],
      ['a='.repeat(9000), null, ''],
    ];
    for (const [query, column, path] of cases) {
      const result = decodeCompareQuery(query);
      expect(result.ok, query.slice(0, 80)).toBe(false);
      if (!result.ok)
        expect(result.problems, query.slice(0, 80)).toContainEqual(
          expect.objectContaining({ column, path }),
        );
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cuts huge field names short in every column’s problems', () => {
    const token = `.${encodeBase64Url(JSON.stringify({ ['k'.repeat(2500)]: 1 }))}`;
    const result = decodeCompareQuery(`compare=1&a=${token}&b=${token}&c=${token}&d=${token}`);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.column)).toEqual(['A', 'B', 'C', 'D']);
    for (const p of problems) {
      expect(p.path).toMatch(/^k+…/);
      expect(p.path.length).toBeLessThan(100);
    }
  });

  it('turns any string into a comparison or problems, and never throws', () => {
    const good = encodeCompareQuery(defaultComparison());
    const param = fc.constantFrom('compare', 'v', 'seed', 's', 'a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.webQueryParameters(),
          fc.webUrl({ withQueryParameters: true }).map((u) => new URL(u).search),
          // A good link with one parameter replaced by anything.
          fc.tuple(param, fc.string()).map(([name, value]) => {
            const params = new URLSearchParams(good);
            params.set(name, value);
            return params.toString();
          }),
          // Columns of any preset name and any JSON.
          fc
            .array(
              fc.tuple(
                fc.constantFrom('', 'block', 'drop-oldest', 'tcp-window', 'nope', '__proto__'),
                fc.jsonValue(),
              ),
              { maxLength: 5 },
            )
            .map((columns) =>
              [
                'compare=1',
                ...columns.map(
                  ([preset, json], i) =>
                    `${'abcde'[i]}=${preset}.${encodeBase64Url(JSON.stringify(json))}`,
                ),
              ].join('&'),
            ),
          // Share links of valid scenarios as columns, with shared parts that may disagree.
          fc.array(arbitraryScenario, { minLength: 1, maxLength: 5 }).map((inputs) =>
            [
              'compare=1',
              ...inputs.map((input, i) => {
                const share = new URLSearchParams(encodeShareQuery(valid(input)));
                return `${'abcde'[i]}=.${share.get('s') ?? ''}`;
              }),
            ].join('&'),
          ),
        ),
        (query) => expectUsable(decodeCompareQuery(query)),
      ),
      { numRuns: 600 },
    );
  });
});
