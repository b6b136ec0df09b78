/**
 * End to end: runs the real CLI (`tsx cli/sim.ts`) in a child process, for the behaviour only a whole
 * process shows: exit codes, what goes to stdout and stderr, no stack traces. Each spawn costs about a
 * second, so there are few cases and they run concurrently.
 */
import { formatCount } from '../text/echo.ts';
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { BUILT_IN_PACK } from '../exercises/builtInPack.ts';
import type { Summary } from '../sim/types.ts';

interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

const TSX = 'node_modules/.bin/tsx';
// A ceiling, not a timing: each spawn takes about a second, several on a busy machine.
const TIMEOUT_MS = 60_000;

const sim = (...args: string[]) => command('cli/sim.ts', args);
const checkExercises = (...args: string[]) => command('cli/checkExercises.ts', args);

async function command(script: string, args: string[]): Promise<ExecResult> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [script, ...args],
      { timeout: TIMEOUT_MS, env: { ...process.env, SIM_DEBUG: '' } },
      (error: { code?: unknown } | null, stdout: string, stderr: string) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A file with these contents, in a fresh temporary folder. */
async function tempFile(name: string, contents: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(`${tmpdir()}/sim-cli-`);
  const file = `${dir}/${name}`;
  await writeFile(file, contents);
  return file;
}

/** Nothing a terminal would act on: no escape character, no C1 control, no bidi override. */
function expectNothingRaw(text: string): void {
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/[\u001b\u0007\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
}

/** Bad input must read as a sentence, never as a stack trace. */
function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/Error:/);
}

describe.concurrent('the sim CLI, as a process', () => {
  it('lists the presets, id first', { timeout: TIMEOUT_MS }, async () => {
    const { code, stdout } = await sim('--list-presets');
    expect(code).toBe(0);
    const ids = stdout
      .trimEnd()
      .split('\n')
      .map((line) => line.split(/\s+/)[0]);
    expect(ids).toContain('drop-oldest');
    expect(ids.length).toBeGreaterThan(5);
  });

  it('prints one JSON summary that conserves messages', { timeout: TIMEOUT_MS }, async () => {
    const { code, stdout, stderr } = await sim(
      '--preset',
      'drop-oldest',
      '--duration',
      '5',
      '--json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const s = JSON.parse(stdout) as Summary & { durationSec: number };
    expect(s.durationSec).toBe(5);
    expect(s.produced).toBeGreaterThan(0);
    expect(s.produced).toBe(
      s.delivered +
        s.dropped.total +
        s.waiting +
        s.inService +
        s.retryWaiting +
        s.rateDelayed +
        s.heldByProducer,
    );
  });

  it(
    'rejects an unknown preset with one line and exit code 2',
    { timeout: TIMEOUT_MS },
    async () => {
      const { code, stdout, stderr } = await sim('--preset', 'drop-odlest');
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toContain('drop-oldest'); // the suggestion
      expectNoStackTrace(stderr);
    },
  );

  it('names the field of each problem in a scenario file', { timeout: TIMEOUT_MS }, async () => {
    const dir = await mkdtemp(`${tmpdir()}/sim-cli-`);
    const file = `${dir}/bad.json`;
    await writeFile(
      file,
      JSON.stringify({ queue: { capacity: -5, whenFull: 'explode' }, consumers: { count: 0 } }),
    );
    const { code, stderr } = await sim('--scenario', file);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const field of ['queue.capacity', 'queue.whenFull', 'consumers.count']) {
      expect(lines.filter((line) => line.includes(`${field}:`))).toHaveLength(1);
    }
    expectNoStackTrace(stderr);
  });

  it('names an unknown flag', { timeout: TIMEOUT_MS }, async () => {
    const { code, stderr } = await sim('--preset', 'reject', '--seeds', '3');
    expect(code).toBe(2);
    expect(stderr).toBe('--seeds: not an option (did you mean --seed?)\n');
  });

  // Before readJsonText: "sim: internal error: RangeError: Maximum call stack size exceeded", exit 1.
  it(
    'refuses a file nested too deeply with one line and exit code 2',
    { timeout: TIMEOUT_MS },
    async () => {
      const file = await tempFile('deep.json', '['.repeat(8000));
      const { code, stdout, stderr } = await sim('--scenario', file);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`${file}: is nested too deeply (more than 64 levels)\n`);
    },
  );

  // Before: /dev/zero was read until the memory ran out (16.8 GB in a minute).
  it.skipIf(!existsSync('/dev/zero'))(
    'stops reading an endless file at the limit, exit code 2',
    { timeout: TIMEOUT_MS },
    async () => {
      const { code, stderr } = await sim('--scenario', '/dev/zero');
      expect(code).toBe(2);
      expect(stderr).toBe(
        '/dev/zero: is too large to be a scenario (more than 1.0 MB; a scenario file is at most 1.0 MB)\n',
      );
    },
  );

  it(
    'prints a name with terminal controls escaped, forging no line',
    { timeout: TIMEOUT_MS },
    async () => {
      const name = 'ok\u001b[31m red\u202e\nSeed                  999';
      const file = await tempFile('name.json', JSON.stringify({ name, durationSec: 1 }));
      const plainFile = await tempFile(
        'plain.json',
        JSON.stringify({ name: 'ok', durationSec: 1 }),
      );
      const plain = await sim('--scenario', plainFile);
      const { code, stdout } = await sim('--scenario', file);
      expect(code).toBe(0);
      expectNothingRaw(stdout);
      expect(stdout).toContain('ok\\u001b[31m red\\u202e\\nSeed');
      expect(stdout.split('\n')).toHaveLength(plain.stdout.split('\n').length);
      expect(stdout.match(/^Seed/gm)).toHaveLength(1);
    },
  );

  it('names a huge unknown key in one short line', { timeout: TIMEOUT_MS }, async () => {
    const key = `\u001b]0;owned\u0007${'k'.repeat(900_000)}`;
    const file = await tempFile('key.json', JSON.stringify({ queue: { [key]: 1 } }));
    const { code, stderr } = await sim('--scenario', file);
    expect(code).toBe(2);
    expectNothingRaw(stderr);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.length).toBeLessThan(300);
    expect(stderr).toContain(`… (${formatCount(key.length)} characters): is not a field we know`);
  });

  it(
    'reads a UTF-16 file with a byte-order mark, as the page does',
    { timeout: TIMEOUT_MS },
    async () => {
      const text = JSON.stringify({ name: 'Café', durationSec: 1 });
      const bytes = new Uint8Array(2 + 2 * text.length);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
        bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
      }
      const { code, stdout, stderr } = await sim('--scenario', await tempFile('utf16.json', bytes));
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Scenario +Café$/m);
    },
  );

  // Before: exit code 2, "bad input", though the run had gone fine.
  it.skipIf(!existsSync('/dev/full'))(
    'exits with code 3 when the CSV cannot be written after the run, the summary printed',
    { timeout: TIMEOUT_MS },
    async () => {
      const { code, stdout, stderr } = await sim(
        '--preset',
        'drop-oldest',
        '--duration',
        '1',
        '--csv',
        '/dev/full',
      );
      expect(code).toBe(3);
      expect(stdout).toMatch(/^Delivered/m);
      expect(stderr).toBe(
        '--csv: cannot write /dev/full: the disk is full (the run itself finished; its summary is on standard output)\n',
      );
    },
  );

  it(
    'refuses a run over --max-events, saying how long it would take',
    { timeout: TIMEOUT_MS },
    async () => {
      const { code, stdout, stderr } = await sim(
        '--preset',
        'drop-oldest',
        '--duration',
        '86400',
        '--max-events',
        '1000',
      );
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(
        /^--max-events: this run would take (about [\d.]+ (s|min|hours|days)|under a second) here \(about [\d.]+ million events, over the limit of 1,000\); pass --max-events \d+ to run it anyway, or a shorter --duration\n$/,
      );
    },
  );

  it(
    'check-exercises: refuses a pack nested too deeply or endless, exit code 2',
    { timeout: TIMEOUT_MS },
    async () => {
      const deep = await checkExercises(
        await tempFile('deep.json', '{"exercises":' + '['.repeat(8000)),
      );
      expect(deep.code).toBe(2);
      expect(deep.stderr).toMatch(
        /deep\.json: \(pack\): is nested too deeply \(more than 64 levels\)\n$/,
      );
      if (existsSync('/dev/zero')) {
        const endless = await checkExercises('/dev/zero');
        expect(endless.code).toBe(2);
        expect(endless.stderr).toBe(
          '/dev/zero: is too large to be an exercise pack (more than 5.0 MB; a pack file is at most 5.0 MB)\n',
        );
      }
    },
  );

  it('check-exercises: escapes what it quotes from a pack', { timeout: TIMEOUT_MS }, async () => {
    const pack = structuredClone(BUILT_IN_PACK);
    pack.exercises = pack.exercises.slice(0, 1);
    pack.exercises[0]!.knobs = ['\u001b[2Jqueue.capacity\u202e'];
    const { code, stderr } = await checkExercises(
      await tempFile('pack.json', JSON.stringify(pack)),
    );
    expect(code).toBe(2);
    expectNothingRaw(stderr);
    expect(stderr).toContain('\\u001b[2Jqueue.capacity\\u202e');
  });
});
