import { describe, expect, it } from 'vitest';
import { getAt, hasPath, setAt } from './path.ts';

describe('getAt', () => {
  it('reads nested values and gives undefined past a missing step', () => {
    expect(getAt({ a: { b: 2 } }, 'a.b')).toBe(2);
    expect(getAt({ a: null }, 'a.b')).toBeUndefined();
  });
});

describe('hasPath', () => {
  it('is true for a key holding null and false under a null parent', () => {
    expect(hasPath({ q: { capacity: null } }, 'q.capacity')).toBe(true);
    expect(hasPath({ rateLimit: null }, 'rateLimit.burst')).toBe(false);
  });
});

describe('setAt', () => {
  it('copies along the path and shares untouched branches', () => {
    const root = { a: { b: 1, c: { d: 1 } }, e: { f: 1 } };
    const next = setAt(root, 'a.b', 2);
    expect(next.a.b).toBe(2);
    expect(root.a.b).toBe(1);
    expect(next.e).toBe(root.e);
    expect(next.a.c).toBe(root.a.c);
  });

  it('creates missing objects', () => {
    expect(setAt({ x: null } as Record<string, unknown>, 'x.y', 3)).toEqual({ x: { y: 3 } });
  });
});
