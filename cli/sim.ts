/**
 * `npm run sim`: runs a scenario headless and prints its summary. This file is only the Node shell
 * (arguments, files, streams, exit codes); the checking and formatting live in src/cli-support so
 * they are unit-tested and shared with the browser.
 *
 * Exit codes: 0 done, 2 bad input (one line per problem on stderr), 1 a bug (one line, no stack trace
 * unless SIM_DEBUG is set).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  CLI_OPTIONS,
  describeArgError,
  validateCliValues,
} from '../src/cli-support/parseCliArgs.ts';
import type { CliArgsResult, RunCommand } from '../src/cli-support/parseCliArgs.ts';
import { formatSummary, summaryJson } from '../src/cli-support/formatSummary.ts';
import {
  scenarioFromJsonText,
  scenarioFromPreset,
  withOverrides,
} from '../src/cli-support/resolveScenario.ts';
import type { ScenarioResult } from '../src/cli-support/resolveScenario.ts';
import { seriesToCsv } from '../src/cli-support/seriesCsv.ts';
import { HELP_TEXT, formatPresetList } from '../src/cli-support/usage.ts';
import { createSimulation } from '../src/sim/engine.ts';
import { PRESETS } from '../src/sim/presets.ts';

const BAD_INPUT = 2;

/** Thrown for problems the user can fix; each line is printed as is. */
class BadInput extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

function readArgs(argv: readonly string[]): CliArgsResult {
  try {
    const { values, tokens } = parseArgs({
      args: [...argv],
      options: CLI_OPTIONS,
      strict: true,
      allowPositionals: false,
      tokens: true,
    });
    const given = tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : []));
    return validateCliValues(values, given);
  } catch (error) {
    return { ok: false, problems: [describeArgError(error)] };
  }
}

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

function loadScenario(command: RunCommand): ScenarioResult {
  const { source } = command;
  if (source.kind === 'preset') return scenarioFromPreset(source.id, PRESETS);
  let text: string;
  try {
    text = readFileSync(source.path, 'utf8');
  } catch (error) {
    return { ok: false, problems: [`--scenario: cannot read ${source.path}: ${fileError(error)}`] };
  }
  return scenarioFromJsonText(text, source.path);
}

function run(command: RunCommand): void {
  const loaded = loadScenario(command);
  if (!loaded.ok) throw new BadInput(loaded.problems);
  const overrides: { seed?: number; durationSec?: number } = {};
  if (command.seed !== undefined) overrides.seed = command.seed;
  if (command.durationSec !== undefined) overrides.durationSec = command.durationSec;
  const scenario = withOverrides(loaded.scenario, overrides);

  // Find out now, not after a long run, that the CSV cannot be written.
  if (command.csvPath !== undefined) writeCsv(command.csvPath, '');

  // eventCapacity 0: no animation events are recorded, which is what makes headless runs fast.
  const sim = createSimulation(scenario, { eventCapacity: 0 });
  sim.run(scenario.durationSec * 1000);

  const summary = sim.summary();
  const info = {
    scenarioName: scenario.name,
    seed: scenario.seed,
    durationSec: scenario.durationSec,
  };
  const output = command.json
    ? JSON.stringify(summaryJson(summary, info), null, 2)
    : formatSummary(summary, info).join('\n');
  process.stdout.write(`${output}\n`);

  if (command.csvPath !== undefined) writeCsv(command.csvPath, seriesToCsv(sim.series));
}

function writeCsv(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new BadInput([`--csv: cannot write ${path}: ${fileError(error)}`]);
  }
}

function main(argv: readonly string[]): number {
  const parsed = readArgs(argv);
  if (!parsed.ok) throw new BadInput(parsed.problems);
  const { command } = parsed;
  if (command.kind === 'help') process.stdout.write(`${HELP_TEXT}\n`);
  else if (command.kind === 'list-presets')
    process.stdout.write(`${formatPresetList(PRESETS).join('\n')}\n`);
  else run(command);
  return 0;
}

// `npm run sim -- ... | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  // exitCode rather than process.exit(), so output piped to a slow reader is not cut short.
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof BadInput) {
    process.stderr.write(`${error.problems.join('\n')}\n`);
    process.exitCode = BAD_INPUT;
  } else {
    const detail = process.env.SIM_DEBUG && error instanceof Error ? error.stack : String(error);
    process.stderr.write(`sim: internal error: ${detail}\n`);
    process.exitCode = 1;
  }
}
