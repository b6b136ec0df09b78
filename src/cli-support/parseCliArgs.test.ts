import { describe, expect, it } from 'vitest';
import { describeArgError, validateCliValues } from './parseCliArgs.ts';

describe('validateCliValues', () => {
  it('builds a run command with every option', () => {
    expect(
      validateCliValues({
        preset: 'drop-oldest',
        duration: '2.5',
        seed: '42',
        json: true,
        csv: 'out.csv',
      }),
    ).toEqual({
      ok: true,
      command: {
        kind: 'run',
        source: { kind: 'preset', id: 'drop-oldest' },
        durationSec: 2.5,
        seed: 42,
        json: true,
        csvPath: 'out.csv',
      },
    });
  });

  it('reads --max-events as a whole number, in digits, groups or exponent form', () => {
    for (const text of ['2000000000', '2_000_000_000', '2e9', '2E+9', '2.0e9']) {
      const result = validateCliValues({ preset: 'a', 'max-events': text });
      expect(result.ok && result.command.kind === 'run' && result.command.maxEvents, text).toBe(
        2e9,
      );
    }
    for (const text of ['0', '-5', '1.5', 'lots', '', '2e99', '1e9x']) {
      expect(validateCliValues({ preset: 'a', 'max-events': text })).toEqual({
        ok: false,
        problems: [
          `--max-events: must be a whole number of events from 1 to 1000000000000000, such as 2000000000 or 2e9 (got "${text}")`,
        ],
      });
    }
  });

  it('quotes what it was given escaped and shortened, so a message stays one short line', () => {
    const result = validateCliValues({ preset: 'a', seed: `\u001b[2J${'9'.repeat(1000)}` });
    expect(result).toEqual({
      ok: false,
      problems: [
        `--seed: must be a whole number from 0 to 4294967295 (got "\\u001b[2J${'9'.repeat(36)}… (1004 characters)")`,
      ],
    });
  });

  it('leaves out what was not given', () => {
    expect(validateCliValues({ scenario: 'mine.json' })).toEqual({
      ok: true,
      command: { kind: 'run', source: { kind: 'file', path: 'mine.json' }, json: false },
    });
  });

  it('lets --help and --list-presets win over everything else', () => {
    expect(validateCliValues({ help: true, seed: 'x' })).toEqual({
      ok: true,
      command: { kind: 'help' },
    });
    expect(validateCliValues({ 'list-presets': true })).toEqual({
      ok: true,
      command: { kind: 'list-presets' },
    });
  });

  it('needs exactly one of --preset and --scenario', () => {
    expect(validateCliValues({})).toEqual({
      ok: false,
      problems: ['--preset, --scenario: give one of them (see --help)'],
    });
    expect(validateCliValues({ preset: 'a', scenario: 'b.json' })).toEqual({
      ok: false,
      problems: ['--preset, --scenario: give one or the other, not both'],
    });
  });

  it('reports every out-of-range number, one line each, naming the flag', () => {
    const result = validateCliValues({ preset: 'a', duration: '0', seed: '-3' });
    expect(result).toEqual({
      ok: false,
      problems: [
        '--duration: must be a number of simulated seconds from 0.001 to 86400 (got "0")',
        '--seed: must be a whole number from 0 to 4294967295 (got "-3")',
      ],
    });
  });

  it.each(['abc', '', '1e9', 'Infinity', 'NaN', '0x10', '-1', '86400.5'])(
    'rejects --duration %j',
    (duration) => {
      expect(validateCliValues({ preset: 'a', duration }).ok).toBe(false);
    },
  );

  it.each(['1.5', '4294967296', '1e3', ' ', 'seven'])('rejects --seed %j', (seed) => {
    expect(validateCliValues({ preset: 'a', seed }).ok).toBe(false);
  });

  it.each([
    ['86400', 86400],
    ['0.001', 0.001],
    ['5', 5],
    ['.5', 0.5],
    ['1e2', 100],
  ])('accepts --duration %j', (duration, expected) => {
    const result = validateCliValues({ preset: 'a', duration });
    expect(result.ok && result.command.kind === 'run' && result.command.durationSec).toBe(expected);
  });

  it('reports a flag given twice', () => {
    expect(validateCliValues({ preset: 'b' }, ['preset', 'preset'])).toEqual({
      ok: false,
      problems: ['--preset: given more than once'],
    });
  });

  it('rejects empty names and paths', () => {
    expect(validateCliValues({ preset: ' ' }).ok).toBe(false);
    expect(validateCliValues({ scenario: '' }).ok).toBe(false);
    expect(validateCliValues({ preset: 'a', csv: '' }).ok).toBe(false);
  });
});

describe('describeArgError', () => {
  // The messages and codes strict parseArgs throws in Node 20 (this file is type-checked without Node
  // types, so it does not call parseArgs itself; cliProcess.test.ts runs the real thing).
  const nodeError = (code: string, message: string) =>
    Object.assign(new TypeError(message), { code });

  it('names an unknown flag and suggests the close one', () => {
    const unknown = (flag: string) =>
      describeArgError(nodeError('ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${flag}'`));
    expect(unknown('--seeds')).toBe('--seeds: not an option (did you mean --seed?)');
    expect(unknown('--pre')).toBe('--pre: not an option (did you mean --preset?)');
    expect(unknown('--frobnicate')).toBe('--frobnicate: not an option (see --help)');
    expect(unknown('-x')).toBe('-x: not an option (see --help)');
  });

  it('names a flag that misses its value or should have none', () => {
    const invalid = (message: string) =>
      describeArgError(nodeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message));
    expect(invalid("Option '--preset <value>' argument missing")).toBe('--preset: needs a value');
    expect(
      invalid(
        "Option '--duration' argument is ambiguous.\nDid you forget to specify the option argument for '--duration'?",
      ),
    ).toBe('--duration: needs a value (for one starting with "-", write --duration=VALUE)');
    expect(invalid("Option '--json' does not take an argument")).toBe('--json: takes no value');
  });

  it('points at a stray argument', () => {
    const message =
      "Unexpected argument 'drop-oldest'. This command does not take positional arguments";
    expect(describeArgError(nodeError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', message))).toBe(
      '"drop-oldest": unexpected argument (options start with --, see --help)',
    );
  });

  it('keeps only the first line of anything else', () => {
    expect(describeArgError(new Error('one\ntwo'))).toBe('one');
  });
});
