import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, findTooDeep, readJsonText } from './readJsonText.ts';

/** How deep a parsed value nests: 0 for a plain value, 1 for `[]` or `{}`. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Object.values(value as object);
  return 1 + Math.max(0, ...children.map(depthOf));
}

const lists = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const objects = (levels: number) => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;

describe('readJsonText', () => {
  it('reads what JSON.parse reads, without a byte-order mark', () => {
    expect(readJsonText('{"a": [1, "x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
    expect(readJsonText('\ufeff[]')).toEqual({ ok: true, value: [] });
  });

  it('says where the syntax fails', () => {
    expect(readJsonText('{\n  "a": }')).toEqual({
      ok: false,
      problem: { kind: 'syntax', line: 2, column: 8, message: 'expected a value, found "}"' },
    });
  });

  it('takes nesting up to the limit, and refuses one level more', () => {
    for (const text of [lists(MAX_JSON_DEPTH), objects(MAX_JSON_DEPTH)])
      expect(readJsonText(text).ok).toBe(true);
    for (const text of [lists(MAX_JSON_DEPTH + 1), objects(MAX_JSON_DEPTH + 1)])
      expect(readJsonText(text)).toEqual({
        ok: false,
        problem: { kind: 'too-deep', limit: MAX_JSON_DEPTH },
      });
  });

  // The crash this guards against: the syntax finder and the checks after JSON.parse recurse.
  it.each([
    ['valid lists', lists(200_000)],
    ['valid objects', objects(200_000)],
    ['lists never closed', '['.repeat(200_000)],
    ['objects never closed', '{"a":'.repeat(200_000)],
  ])('answers for %s 200,000 deep, without a stack overflow', (_what, text) => {
    expect(readJsonText(text)).toEqual({
      ok: false,
      problem: { kind: 'too-deep', limit: MAX_JSON_DEPTH },
    });
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ a: '[[[[{{{{'.repeat(100), b: '\\"[[[[' + '['.repeat(500) });
    expect(readJsonText(text).ok).toBe(true);
  });

  it('counts as deep as the value really nests, for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 7 }), (value, limit) => {
        const text = JSON.stringify(value);
        expect(findTooDeep(text, limit) >= 0).toBe(depthOf(value) > limit);
      }),
      { numRuns: 500 },
    );
  });
});
