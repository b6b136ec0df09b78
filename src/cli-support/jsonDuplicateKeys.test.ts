import { describe, expect, it } from 'vitest';
import { findDuplicateKey } from './jsonDuplicateKeys.ts';

describe('findDuplicateKey', () => {
  it('finds a key given twice in one object, with the object’s path', () => {
    expect(findDuplicateKey('{"a": 1, "a": 2}')).toEqual({ path: '', key: 'a' });
    expect(
      findDuplicateKey('{"exercises": [{"id": "x"}, {"id": "y", "goals": [], "goals": [1]}]}'),
    ).toEqual({ path: 'exercises.1', key: 'goals' });
    expect(findDuplicateKey('{"s": {"q": {"cap": 1, "cap": 2}}}')).toEqual({
      path: 's.q',
      key: 'cap',
    });
  });

  it('tells keys from values, escapes from quotes, and objects apart', () => {
    expect(findDuplicateKey('{"a": "a", "b": {"a": 1}, "c": [{"a": 1}, {"a": 2}]}')).toBeNull();
    expect(findDuplicateKey('{"x\\"y": 1, "x\\u0022y": 2}')).toEqual({ path: '', key: 'x"y' });
    expect(findDuplicateKey('{"a": "}, \\"a\\": {", "b": 2}')).toBeNull();
    expect(findDuplicateKey('[1, 2, 3]')).toBeNull();
  });

  it('stays linear and iterative on deep or long text', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    expect(findDuplicateKey(deep)).toBeNull();
    const many = `{${Array.from({ length: 20_000 }, (_, i) => `"k${i}": ${i}`).join(',')}}`;
    expect(findDuplicateKey(many)).toBeNull();
  });
});
