/**
 * End to end: runs the real CLI (`tsx cli/sim.ts`) in a child process, for the behaviour only a whole
 * process shows: exit codes, what goes to stdout and stderr, no stack traces. Each spawn costs about a
 * second, so there are few cases and they run concurrently.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Summary } from '../sim/types.ts';

interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

const TSX = 'node_modules/.bin/tsx';
const TIMEOUT_MS = 30_000;

async function sim(...args: string[]): Promise<ExecResult> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['cli/sim.ts', ...args],
      { timeout: TIMEOUT_MS, env: { ...process.env, SIM_DEBUG: '' } },
      (error: { code?: unknown } | null, stdout: string, stderr: string) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
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
      s.delivered + s.dropped.total + s.waiting + s.inService + s.retryWaiting + s.heldByProducer,
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
});
