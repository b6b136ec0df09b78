/**
 * `npm run check-exercises -- [--mark] [PACK.json]`: validates an exercise pack and proves each exercise.
 * This file is only the Node shell (arguments, the file, exit codes); the work is in
 * src/exercises/checkExercisesCommand.ts, which is unit-tested.
 *
 * Exit codes: 0 all proven, 1 a proof failed, 2 bad input (one line per problem on stderr), 3 the
 * output could not be written, and 1 with one line for a bug (no stack trace unless SIM_DEBUG is set).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeTextFile } from '../src/cli-support/decodeTextFile.ts';
import { echo, terminalLine, terminalLines } from '../src/cli-support/terminalText.ts';
import {
  EXIT_BAD_PACK,
  EXIT_OUTPUT_FAILED,
  USAGE,
  packFileTooLarge,
  runCheckExercises,
  type PackSource,
} from '../src/exercises/checkExercisesCommand.ts';
import { MAX_PACK_TEXT } from '../src/exercises/parsePack.ts';
import { fileError, readInputFile } from './readInputFile.ts';

/**
 * Every line is escaped on its way out, a line break inside it too: a pack's title, a window's
 * label or a quoted value could hold terminal controls or try to forge a line.
 */
const out = (line: string) => process.stdout.write(`${terminalLine(line)}\n`);
const err = (line: string) => process.stderr.write(`${terminalLine(line)}\n`);
/** The usage text, the program's own lines, after the problem (from the input) if there is one. */
const usage = (stream: NodeJS.WriteStream, problem?: string) =>
  stream.write(
    `${problem === undefined ? '' : `${terminalLine(problem)}\n\n`}${terminalLines(USAGE)}\n`,
  );

function main(argv: readonly string[]): number {
  let values: { help?: boolean; mark?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { help: { type: 'boolean', short: 'h' }, mark: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    usage(process.stderr, error instanceof Error ? error.message : String(error));
    return EXIT_BAD_PACK;
  }
  if (values.help) {
    usage(process.stdout);
    return 0;
  }
  if (positionals.length > 1) {
    usage(process.stderr, `Give at most one pack file (got ${positionals.length}).`);
    return EXIT_BAD_PACK;
  }
  let source: PackSource = null;
  const path = positionals[0];
  if (values.mark && path === undefined) {
    usage(
      process.stderr,
      '--mark writes into a pack file: give the file (the built-in pack needs no mark).',
    );
    return EXIT_BAD_PACK;
  }
  if (path !== undefined) {
    const label = echo(path, 120);
    // At most the largest pack the page takes, read so that /dev/zero or a FIFO stops there.
    const file = readInputFile(path, MAX_PACK_TEXT);
    if (!file.ok) {
      err(
        file.tooLarge
          ? `${label}: ${packFileTooLarge(file.bytes)}`
          : `${label}: cannot read the pack: ${fileError(file.error)}`,
      );
      return EXIT_BAD_PACK;
    }
    source = { text: decodeTextFile(file.bytes), label };
  }
  return runCheckExercises(
    source,
    { out, err },
    values.mark ? saveInto(path as string) : undefined,
  );
}

/** Writes the marked pack beside the file, then moves it over: a failed write leaves the file whole. */
function saveInto(path: string) {
  return (text: string): string | null => {
    const next = `${path}.marking`;
    try {
      writeFileSync(next, text, 'utf8');
      renameSync(next, path);
      return null;
    } catch (error) {
      return fileError(error, true);
    }
  };
}

// `... | head` closes the pipe early; that is the reader's choice, not an error. Any other failure
// to write standard output (a full disk) is an output failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`check-exercises: cannot write the output: ${fileError(error, true)}\n`);
  process.exit(EXIT_OUTPUT_FAILED);
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const detail = process.env.SIM_DEBUG && error instanceof Error ? error.stack : String(error);
  process.stderr.write(`${terminalLines(`check-exercises: internal error: ${detail}`)}\n`);
  process.exitCode = 1;
}
