import { describe, expect, it } from 'vitest';
import { DOWNLOAD_WORDS, FOR_DEVELOPERS } from './downloadWords.ts';

describe('the words beside the downloads', () => {
  it('say what each file is for on the page, with no command among them (try 6a)', () => {
    // A reader from a blog post read "…or run with npm run sim" and could not tell what it meant.
    for (const d of Object.values(DOWNLOAD_WORDS)) {
      expect(d.what).not.toMatch(/npm|command line|CLI/i);
      expect(d.what.length).toBeGreaterThan(10);
    }
    expect(DOWNLOAD_WORDS.scenario.what).toMatch(/Import/);
  });

  it('keep the command for developers, on a line that says it is theirs', () => {
    expect(FOR_DEVELOPERS.lead).toBe('For developers:');
    expect(FOR_DEVELOPERS.command).toMatch(/^npm run sim -- --scenario /);
    expect(`${FOR_DEVELOPERS.before} ${FOR_DEVELOPERS.after}`).toMatch(/terminal.*README/);
  });
});
