import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACK } from './builtInPack.ts';
import { runCheckExercises } from './checkExercisesCommand.ts';
import { parsePackText } from './parsePack.ts';
import { packFingerprint, proofMark, proofStatus } from './packProof.ts';

const pack = BUILT_IN_PACK as unknown as Record<string, unknown>;

describe('the proof mark', () => {
  it('fingerprints the contents, not their spacing or key order', () => {
    const reordered = Object.fromEntries(Object.entries(pack).reverse());
    expect(packFingerprint(reordered)).toBe(packFingerprint(pack));
    expect(packFingerprint(JSON.parse(JSON.stringify(pack, null, 4)))).toBe(packFingerprint(pack));
    expect(packFingerprint(pack)).toMatch(/^[0-9a-f]{16}$/);
    expect(packFingerprint({ ...pack, title: `${String(pack['title'])}!` })).not.toBe(
      packFingerprint(pack),
    );
  });

  it('says a pack is proven only with the mark of its current contents', () => {
    const marked = { ...pack, proof: proofMark(pack) };
    expect(proofStatus(marked)).toBe('proven');
    expect(proofStatus(pack)).toBe('unmarked');
    expect(proofStatus({ ...marked, title: 'Changed later' })).toBe('changed');
    expect(proofStatus({ ...pack, proof: { tool: 'something-else', fingerprint: '0' } })).toBe(
      'unmarked',
    );
    expect(proofStatus(null)).toBe('unmarked');
  });

  it('is read with the pack, and a malformed mark is refused with its field named', () => {
    const marked = JSON.stringify({ ...pack, proof: proofMark(pack) });
    const parsed = parsePackText(marked);
    expect(parsed.ok && parsed.value.proof).toBe('proven');
    const plain = parsePackText(JSON.stringify(pack));
    expect(plain.ok && plain.value.proof).toBe('unmarked');
    const bad = parsePackText(
      JSON.stringify({ ...pack, proof: { tool: 'check-exercises', fingerprint: 'xyz' } }),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]?.path).toBe('proof.fingerprint');
  });
});

describe('check-exercises and the mark', () => {
  it('prints the mark for a proven pack file, which then makes the pack read as proven', () => {
    const one = { ...pack, exercises: [(pack['exercises'] as unknown[])[0]] };
    const out: string[] = [];
    const code = runCheckExercises(
      { text: JSON.stringify(one), label: 'one.json' },
      { out: (l) => out.push(l), err: () => {} },
    );
    expect(code).toBe(0);
    const line = out.find((l) => l.startsWith('  "proof": '));
    expect(line).toBeDefined();
    const mark = JSON.parse((line as string).slice('  "proof": '.length)) as unknown;
    expect(proofStatus({ ...one, proof: mark })).toBe('proven');

    const again: string[] = [];
    runCheckExercises(
      { text: JSON.stringify({ ...one, proof: mark }), label: 'one.json' },
      { out: (l) => again.push(l), err: () => {} },
    );
    expect(again.at(-1)).toBe('The pack carries its proof mark, and the mark matches it.');
  }, 60_000);
});
