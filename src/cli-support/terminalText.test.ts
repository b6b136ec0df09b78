import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_LINE,
  echo,
  escapeControls,
  shortenText,
  terminalLine,
  terminalLines,
} from './terminalText.ts';

describe('escapeControls', () => {
  it.each([
    ['a line break that forges a line', 'ok\nsim: all clear', 'ok\\nsim: all clear'],
    ['a carriage return that overwrites', 'bad\rgood', 'bad\\rgood'],
    ['an escape sequence that recolours', '\u001b[31mred\u001b[0m', '\\u001b[31mred\\u001b[0m'],
    ['a C1 control', 'a\u009bb', 'a\\u009bb'],
    ['a right-to-left override', 'abc\u202edef', 'abc\\u202edef'],
    ['an isolate and a mark', '\u2066x\u2069\u200f', '\\u2066x\\u2069\\u200f'],
    ['a zero-width space and a byte-order mark', 'a\u200bb\ufeff', 'a\\u200bb\\ufeff'],
    ['a line separator', 'a\u2028b', 'a\\u2028b'],
    ['an unpaired surrogate', 'a\ud800b', 'a\\ud800b'],
    ['a tab and DEL', '\tx\u007f', '\\tx\\u007f'],
  ])('escapes %s', (_what, text, shown) => {
    expect(escapeControls(text)).toBe(shown);
  });

  it('leaves ordinary text alone, accents, symbols and emoji included', () => {
    const text = 'Café — drop the oldest ✓ ✗ 😀 日本語 “quoted”';
    expect(escapeControls(text)).toBe(text);
  });

  it('leaves nothing a terminal would act on, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(escapeControls(text)).not.toMatch(
          // eslint-disable-next-line no-control-regex -- control characters are the point
          /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/,
        );
      }),
    );
  });
});

describe('shortenText and echo', () => {
  it('shortens a long value to an ellipsis and its length', () => {
    expect(shortenText('x'.repeat(10_000_000), 10)).toBe('xxxxxxxxxx… (10000000 characters)');
    expect(shortenText('short', 10)).toBe('short');
  });

  it('never splits a character made of two code units', () => {
    expect(shortenText(`abc${'😀'.repeat(5)}`, 4)).toBe('abc… (13 characters)');
  });

  it('escapes and shortens a value for a message', () => {
    expect(echo('\u001b]0;owned\u0007 and more', 10)).toBe(
      '\\u001b]0;owned\\u0007… (19 characters)',
    );
  });
});

describe('terminalLine', () => {
  it('keeps a line one line, whatever breaks a value in it holds', () => {
    expect(terminalLine('Scenario  ok\nSeed      999')).toBe('Scenario  ok\\nSeed      999');
  });
});

describe('terminalLines', () => {
  it('keeps the line breaks of the output and escapes each line', () => {
    expect(terminalLines('Scenario  a\u001bb\nSeed      1')).toBe(
      'Scenario  a\\u001bb\nSeed      1',
    );
  });

  it('cuts a line past the longest any output has', () => {
    const line = terminalLines(`key: ${'k'.repeat(MAX_LINE * 10)}`);
    expect(line.length).toBeLessThan(MAX_LINE + 40);
    expect(line).toMatch(/… \(10005 characters\)$/);
  });

  it('keeps JSON output valid JSON, meaning the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        const json = JSON.stringify({ scenario: name, produced: 5 }, null, 2);
        expect(JSON.parse(terminalLines(json))).toEqual({ scenario: name, produced: 5 });
      }),
      { numRuns: 300 },
    );
  });
});
