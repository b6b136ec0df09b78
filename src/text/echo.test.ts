import { describe, expect, it } from 'vitest';
import { formatCount, nameList, quoted, shortened } from './echo.ts';

describe('echoing outside text', () => {
  it('quotes a short value whole', () => {
    expect(quoted('fast')).toBe('“fast”');
    expect(quoted('fast', ['"', '"'])).toBe('"fast"');
  });

  it('cuts a long value to its start, an ellipsis and its length', () => {
    const megabyte = '9'.repeat(1_000_000);
    expect(quoted(megabyte)).toBe(`“${'9'.repeat(24)}…” (1,000,000 characters)`);
    expect(shortened('x'.repeat(30), 4)).toBe('xxxx… (30 characters)');
  });

  it('never cuts a character in half', () => {
    const emoji = `${'a'.repeat(23)}😀😀`;
    expect(quoted(emoji)).toBe(`“${'a'.repeat(23)}…” (27 characters)`);
  });

  it('names a few of a long list and counts the rest', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `p${i}`);
    expect(nameList(names)).toBe('p0, p1, p2, p3, p4 and 19,995 more');
    expect(nameList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(nameList(['only'])).toBe('only');
    expect(nameList(['x'.repeat(1000), 'b'])).toBe(`${'x'.repeat(24)}… (1,000 characters) and b`);
  });

  it('writes counts with thousands separators', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(19_995)).toBe('19,995');
    expect(formatCount(1_000_000)).toBe('1,000,000');
  });
});
