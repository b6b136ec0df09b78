import { describe, expect, it } from 'vitest';
import { decodeShareQuery } from '../../share/shareLink.ts';
import { parseScenario } from '../../sim/parseScenario.ts';
import type { Scenario } from '../../sim/scenario.ts';
import {
  answerUrl,
  exerciseUrl,
  queryHasScenario,
  readExerciseRoute,
  samePlace,
} from './exerciseLink.ts';

const page = 'https://example.org/tools/playground/index.html?preset=block#x';

describe('readExerciseRoute', () => {
  it('reads a built-in exercise', () => {
    expect(readExerciseRoute('?exercise=tipping-point')).toEqual({
      pack: { kind: 'built-in' },
      exerciseId: 'tipping-point',
    });
  });

  it('reads a pack at an address, with or without an exercise', () => {
    const url = 'https://example.org/packs/team.json';
    expect(readExerciseRoute(`?pack=${encodeURIComponent(url)}&exercise=one`)).toEqual({
      pack: { kind: 'url', url },
      exerciseId: 'one',
    });
    expect(readExerciseRoute(`pack=${encodeURIComponent(url)}`)).toEqual({
      pack: { kind: 'url', url },
      exerciseId: null,
    });
  });

  it('reads a pack loaded from a file', () => {
    expect(readExerciseRoute('?pack-file=team&exercise=one')).toEqual({
      pack: { kind: 'file', id: 'team' },
      exerciseId: 'one',
    });
  });

  it('is null for an ordinary playground link', () => {
    expect(readExerciseRoute('?preset=block&seed=4')).toBeNull();
    expect(readExerciseRoute('')).toBeNull();
  });

  it('cuts an absurdly long id instead of carrying it around', () => {
    const route = readExerciseRoute(`?exercise=${'a'.repeat(5000)}`);
    expect(route?.exerciseId).toHaveLength(100);
  });
});

describe('exerciseUrl', () => {
  it('replaces the query and drops the fragment', () => {
    expect(exerciseUrl(page, { pack: { kind: 'built-in' }, exerciseId: 'payments' })).toBe(
      'https://example.org/tools/playground/index.html?exercise=payments',
    );
  });

  it('puts the pack first, encoded, and round-trips through readExerciseRoute', () => {
    const route = {
      pack: { kind: 'url', url: 'https://x.org/p.json?a=1&b=2' },
      exerciseId: 'one',
    } as const;
    const url = new URL(exerciseUrl(page, route));
    expect(url.search).toBe('?pack=https%3A%2F%2Fx.org%2Fp.json%3Fa%3D1%26b%3D2&exercise=one');
    expect(readExerciseRoute(url.search)).toEqual(route);
  });

  it('writes a file pack and a pack’s list', () => {
    const url = exerciseUrl(page, { pack: { kind: 'file', id: 't' }, exerciseId: null });
    expect(new URL(url).search).toBe('?pack-file=t');
  });
});

describe('answerUrl', () => {
  it('carries the exercise and the scenario, which decodes to the same scenario', () => {
    const parsed = parseScenario({ consumers: { count: 3 }, seed: 4 });
    const scenario = (parsed.ok ? parsed.value : null) as Scenario;
    const url = new URL(answerUrl(page, { pack: { kind: 'built-in' }, exerciseId: 'x' }, scenario));
    expect(url.searchParams.get('exercise')).toBe('x');
    expect(queryHasScenario(url.search)).toBe(true);
    const decoded = decodeShareQuery(url.search);
    expect(decoded.ok && decoded.scenario).toEqual(scenario);
  });
});

describe('samePlace', () => {
  it('compares the pack and the exercise', () => {
    const a = { pack: { kind: 'url', url: 'a.json' }, exerciseId: 'x' } as const;
    expect(samePlace(a, { ...a })).toBe(true);
    expect(samePlace(a, { ...a, exerciseId: 'y' })).toBe(false);
    expect(samePlace(a, { pack: { kind: 'built-in' }, exerciseId: 'x' })).toBe(false);
  });
});
