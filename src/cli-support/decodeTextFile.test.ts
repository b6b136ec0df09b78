import { describe, expect, it } from 'vitest';
import { decodeTextFile } from './decodeTextFile.ts';

const text = '{"name": "Café ✓ 😀"}';

function utf16(value: string, bigEndian: boolean): Uint8Array {
  const bytes = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (bigEndian) bytes.push(unit >> 8, unit & 0xff);
    else bytes.push(unit & 0xff, unit >> 8);
  }
  return new Uint8Array(bytes);
}

describe('decodeTextFile', () => {
  it('reads UTF-8, with or without its byte-order mark', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeTextFile(bytes)).toBe(text);
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(text);
  });

  it('reads UTF-16 by its byte-order mark, little and big endian', () => {
    expect(decodeTextFile(utf16(text, false))).toBe(text);
    expect(decodeTextFile(utf16(text, true))).toBe(text);
  });

  it('turns bytes that are not UTF-8 into U+FFFD rather than failing', () => {
    expect(decodeTextFile(new Uint8Array([0x7b, 0xff, 0x7d]))).toBe('{\ufffd}');
  });

  it('reads an empty file as empty text', () => {
    expect(decodeTextFile(new Uint8Array())).toBe('');
  });
});
