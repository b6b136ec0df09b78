/**
 * A pack nested thousands of levels deep once overflowed the stack while its syntax error was
 * located, so a `?pack=` address serving one left "Loading the exercise pack…" up forever.
 */
import { describe, expect, it } from 'vitest';
import { jsonFileKind } from './packKind.ts';
import { packFromText, packFromUrl } from './packSource.ts';

const deepPacks = [
  `{"format": "backpressure-exercises", "exercises": [${'['.repeat(10_000)}`,
  `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
];

describe('a pack nested too deeply', () => {
  it('is refused in words, as text', () => {
    for (const text of deepPacks) {
      expect(packFromText(text, 'deep.json', null)).toMatchObject({
        ok: false,
        kind: 'invalid',
        problems: [{ path: '', message: 'is nested too deeply (more than 64 levels)' }],
      });
      expect(() => jsonFileKind(text)).not.toThrow();
    }
  });

  it('is refused in words, from an address', async () => {
    const fetch = async () => new Response(deepPacks[0], { status: 200 });
    const load = await packFromUrl('deep.json', { fetch, base: 'https://example.org/' });
    expect(load).toMatchObject({
      ok: false,
      problems: [{ message: 'is nested too deeply (more than 64 levels)' }],
    });
  });
});
