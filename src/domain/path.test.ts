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

describe('paths through a list (a pipeline’s stages)', () => {
  const root = { downstream: [{ queue: { capacity: 10 } }, { queue: { capacity: 20 } }] };

  it('read an item by its index, and nothing past the end or by a name', () => {
    expect(getAt(root, 'downstream.1.queue.capacity')).toBe(20);
    expect(getAt(root, 'downstream.2.queue.capacity')).toBeUndefined();
    expect(getAt(root, 'downstream.length')).toBeUndefined();
    expect(hasPath(root, 'downstream.0.queue.capacity')).toBe(true);
    expect(hasPath(root, 'downstream.5.queue')).toBe(false);
    expect(hasPath(root, 'downstream.length')).toBe(false);
  });

  it('write an item in a copy of the list, sharing the other items', () => {
    const next = setAt(root, 'downstream.1.queue.capacity', 40);
    expect(Array.isArray(next.downstream)).toBe(true);
    expect(next.downstream.map((d) => d.queue.capacity)).toEqual([10, 40]);
    expect(root.downstream[1]?.queue.capacity).toBe(20);
    expect(next.downstream[0]).toBe(root.downstream[0]);
  });
});
