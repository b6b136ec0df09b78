import { describe, expect, it } from 'vitest';
import { CARD_TERMS, findTerms, GLOSSARY, glossaryAnchor, glossaryEntry } from './glossary.ts';
import { domainTexts, unexplained } from './testing/glossaryCoverage.ts';

describe('the glossary', () => {
  it('has an entry for every term the strategies, explanations and knobs use', () => {
    const texts = domainTexts();
    expect(texts.length).toBeGreaterThan(50);
    expect(unexplained(texts)).toEqual([]);
  });

  it('finds the terms of the issue’s list in plain sentences, each to its own entry', () => {
    const ids = (text: string) => findTerms(text).map((u) => u.id);
    expect(ids('ρ is the utilisation; λ/cμ the load asked; μ the service rate.')).toEqual([
      'utilisation',
      'utilisation',
      'offered-load',
      'offered-load',
      'service-rate',
      'service-rate',
    ]);
    expect(ids('p50, p95 and p99 beat the average; Little’s law and goodput too.')).toEqual([
      'percentiles',
      'percentiles',
      'percentiles',
      'littles-law',
      'goodput',
    ]);
    expect(ids('A high-water mark, then drop the oldest; a retry storm, wasted work.')).toEqual([
      'watermarks',
      'drop-oldest',
      'metastable',
      'wasted-work',
    ]);
    // Parts of other words are not terms.
    expect(ids('Dropped reseeding prioritised')).toEqual([]);
  });

  it('links every entry to real places: its own anchor, and entries that exist', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of GLOSSARY) {
      expect(glossaryAnchor(e.id)).toMatch(/^glossary-[a-z0-9-]+$/);
      expect(e.definition.length, e.id).toBeGreaterThan(40);
      expect(e.definition, e.id).toMatch(/[.!]$/);
      for (const other of e.seeAlso ?? []) {
        expect(glossaryEntry(other), `${e.id} → ${other}`).toBeDefined();
        expect(other).not.toBe(e.id);
      }
      // Each of its forms is found, as a term of this entry and no other.
      for (const form of e.forms)
        expect(
          findTerms(`see ${form} here`).map((u) => u.id),
          form,
        ).toEqual([e.id]);
    }
    for (const [card, id] of Object.entries(CARD_TERMS))
      expect(glossaryEntry(id), card).toBeDefined();
  });
});
