import { describe, expect, it } from 'vitest';
import { MAX_SEED, parseGameOptions, parseSeed, shareLink, withSeed } from './urlOptions.ts';

describe('parseGameOptions', () => {
  it('reads the seed and the speed', () => {
    expect(parseGameOptions('?seed=42&speed=8')).toEqual({ seed: 42, speed: 8, problems: [] });
  });

  it('leaves the seed to the page and the speed at 1 when the address names neither', () => {
    expect(parseGameOptions('')).toEqual({ seed: null, speed: 1, problems: [] });
  });

  it('reports bad values in a sentence and falls back', () => {
    const options = parseGameOptions('?seed=-3&speed=fast');
    expect(options.seed).toBeNull();
    expect(options.speed).toBe(1);
    expect(options.problems).toHaveLength(2);
    expect(options.problems[0]).toMatch(/seed “-3” is not a whole number/);
    expect(options.problems[1]).toMatch(/speed “fast” is not a number from 0.25 to 20/);
    expect(parseGameOptions('?speed=100').problems).toHaveLength(1);
    expect(parseGameOptions('?speed=').problems).toHaveLength(1);
  });

  it('quotes only the start of a huge value, with its length', () => {
    const huge = '9'.repeat(1_000_000);
    const { problems } = parseGameOptions(`?seed=${huge}&speed=${huge}`);
    expect(problems).toHaveLength(2);
    for (const problem of problems) {
      expect(problem).toContain(`“${'9'.repeat(24)}…” (1,000,000 characters)`);
      expect(problem.length).toBeLessThan(200);
    }
  });
});

describe('parseSeed', () => {
  it('accepts whole numbers in range and nothing else', () => {
    expect(parseSeed(' 7 ')).toBe(7);
    expect(parseSeed(String(MAX_SEED))).toBe(MAX_SEED);
    for (const bad of ['', '1.5', '1e3', '-1', String(MAX_SEED + 1), 'seven'])
      expect(parseSeed(bad)).toBeNull();
  });
});

describe('links', () => {
  it('sets the seed and keeps the other options in the address bar', () => {
    expect(withSeed('https://x.org/p/game.html?speed=2&seed=1', 9)).toBe(
      'https://x.org/p/game.html?speed=2&seed=9',
    );
  });

  it('shares the seed alone', () => {
    expect(shareLink('https://x.org/p/game.html?speed=2#top', 9)).toBe(
      'https://x.org/p/game.html?seed=9',
    );
  });
});
