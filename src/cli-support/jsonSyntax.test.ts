import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './jsonSyntax.ts';

describe('findJsonSyntaxError', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of [
      '{}',
      '[]',
      ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}} \n',
      '0',
      '"text"',
    ]) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonSyntaxError(text)).toBeNull();
    }
  });

  it('points at the first error, with line and column', () => {
    expect(findJsonSyntaxError('{\n  "seed": 1,\n  "name": }')).toEqual({
      line: 3,
      column: 11,
      message: 'expected a value, found "}"',
    });
    expect(findJsonSyntaxError('{"a": 1,}')).toMatchObject({
      line: 1,
      column: 9,
      message: 'expected a field name in double quotes, found "}"',
    });
    expect(findJsonSyntaxError('{"a" 1}')).toMatchObject({ column: 6 });
    expect(findJsonSyntaxError('[1 2]')).toMatchObject({
      message: "expected ',' or ']', found \"2\"",
    });
  });

  it('reports unfinished files, bad strings and trailing text', () => {
    expect(findJsonSyntaxError('{"a": 1')).toMatchObject({
      column: 8,
      message: "expected ',' or '}', found the end of the file",
    });
    expect(findJsonSyntaxError('{"a')).toMatchObject({
      column: 2,
      message: 'a string is never closed',
    });
    expect(findJsonSyntaxError('"a\\x"')).toMatchObject({ column: 3 });
    expect(findJsonSyntaxError('{} {}')).toMatchObject({
      column: 4,
      message: 'expected nothing more after the JSON value, found "{"',
    });
    expect(findJsonSyntaxError("{'a': 1}")).toMatchObject({ column: 2 });
  });

  // Its old limit, 10,000 levels, was above Node's stack: 6,000 brackets threw a RangeError.
  it('stops at a depth far below any stack limit, and says so', () => {
    expect(findJsonSyntaxError('['.repeat(100_000))).toMatchObject({
      column: 1002,
      message: 'too deeply nested',
    });
  });

  it('agrees with JSON.parse on a sample of broken texts', () => {
    for (const text of ['', '01', '-', '1.', '.5', 'tru', '[,]', '{"a":1,,}', 'NaN', '"\t"']) {
      expect(() => JSON.parse(text)).toThrow();
      expect(findJsonSyntaxError(text)).not.toBeNull();
    }
  });
});
