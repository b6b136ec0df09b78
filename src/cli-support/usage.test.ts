import { describe, expect, it } from 'vitest';
import { CLI_OPTIONS } from './parseCliArgs.ts';
import { HELP_TEXT, formatPresetList } from './usage.ts';

describe('HELP_TEXT', () => {
  it('mentions every option', () => {
    for (const name of Object.keys(CLI_OPTIONS)) expect(HELP_TEXT).toContain(`--${name}`);
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
