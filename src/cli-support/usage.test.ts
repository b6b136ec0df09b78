import { describe, expect, it } from 'vitest';
import { EXIT } from './exitCodes.ts';
import { CLI_OPTIONS, DEFAULT_MAX_EVENTS } from './parseCliArgs.ts';
import { HELP_TEXT, formatPresetList } from './usage.ts';

describe('HELP_TEXT', () => {
  it('mentions every option', () => {
    for (const name of Object.keys(CLI_OPTIONS)) expect(HELP_TEXT).toContain(`--${name}`);
  });

  it('lists every exit code with what it means', () => {
    for (const code of Object.values(EXIT))
      expect(HELP_TEXT).toMatch(new RegExp(`\\b${code} [a-z]`));
    expect(HELP_TEXT).toContain(String(DEFAULT_MAX_EVENTS));
  });
});

describe('formatPresetList', () => {
  it('puts the id first and lines the titles up', () => {
    expect(
      formatPresetList([
        { id: 'block', title: 'Block the producer' },
        { id: 'drop-oldest', title: 'Drop the oldest' },
      ]),
    ).toEqual(['block        Block the producer', 'drop-oldest  Drop the oldest']);
  });
});
