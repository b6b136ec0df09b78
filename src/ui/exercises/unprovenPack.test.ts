import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACK } from '../../exercises/builtInPack.ts';
import { proofMark } from '../../exercises/packProof.ts';
import { packFromText } from './packSource.ts';
import { unprovenText } from './UnprovenPackNote.tsx';

const text = (pack: unknown) => JSON.stringify(pack);

describe('a pack whose goals were not checked', () => {
  it('loads with a word about it from a file or an address, unless it carries its proof mark', () => {
    const plain = packFromText(text(BUILT_IN_PACK), 'team.json', null);
    const marked = packFromText(
      text({ ...BUILT_IN_PACK, proof: proofMark(BUILT_IN_PACK) }),
      'team.json',
      null,
    );
    const changed = packFromText(
      text({ ...BUILT_IN_PACK, title: 'Ours now', proof: proofMark(BUILT_IN_PACK) }),
      'https://example.org/pack.json',
      { kind: 'url', url: 'https://example.org/pack.json' },
    );
    if (!plain.ok || !marked.ok || !changed.ok) throw new Error('the packs should load');
    expect(unprovenText(plain.pack, plain.ref)).toMatch(
      /^This pack’s goals were not checked by its author’s tooling .* it may be the pack, not you/,
    );
    expect(unprovenText(marked.pack, marked.ref)).toBeNull();
    expect(unprovenText(changed.pack, changed.ref)).toMatch(/^This pack was changed after/);
    // The built-in pack is proven by the playground's own tests.
    expect(unprovenText(plain.pack, { kind: 'built-in' })).toBeNull();
  });
});
