/**
 * `npm run check-exercises -- [PACK.json]`: validates an exercise pack and proves each exercise.
 * This file is only the Node shell (arguments, the file, exit codes); the work is in
 * src/exercises/checkExercisesCommand.ts, which is unit-tested.
 *
 * Exit codes: 0 all proven, 1 a proof failed, 2 bad input (one line per problem on stderr), and 1
 * with one line for a bug (no stack trace unless SIM_DEBUG is set).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  EXIT_BAD_PACK,
  USAGE,
  runCheckExercises,
  type PackSource,
} from '../src/exercises/checkExercisesCommand.ts';

/** Node's error codes say what went wrong with a file more plainly than its messages. */
function fileError(error: unknown): string {
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : '';
  const plain: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'a folder on the path is a file',
  };
  return plain[code] ?? (error instanceof Error ? error.message : String(error));
}

function main(argv: readonly string[]): number {
  let values: { help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return EXIT_BAD_PACK;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`Give at most one pack file (got ${positionals.length}).\n\n${USAGE}\n`);
    return EXIT_BAD_PACK;
  }
  let source: PackSource = null;
  const path = positionals[0];
  if (path !== undefined) {
    try {
      source = { text: readFileSync(path, 'utf8'), label: path };
    } catch (error) {
      process.stderr.write(`${path}: cannot read the pack: ${fileError(error)}\n`);
      return EXIT_BAD_PACK;
    }
  }
  return runCheckExercises(source, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}

// `... | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const detail = process.env.SIM_DEBUG && error instanceof Error ? error.stack : String(error);
  process.stderr.write(`check-exercises: internal error: ${detail}\n`);
  process.exitCode = 1;
}
