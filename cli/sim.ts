/**
 * `npm run sim`: runs a scenario headless and prints its summary. This file is only the Node shell
 * (arguments, files, streams, the clock, exit codes); the checking and formatting live in
 * src/cli-support so they are unit-tested and shared with the browser.
 *
 * Exit codes (src/cli-support/exitCodes.ts): 0 done, 1 a bug (one line, no stack trace unless
 * SIM_DEBUG is set), 2 bad input or a run over --max-events (one line per problem on stderr),
 * 3 the run finished but its output could not be written.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { decodeTextFile } from '../src/cli-support/decodeTextFile.ts';
import { EXIT } from '../src/cli-support/exitCodes.ts';
import {
  CLI_OPTIONS,
  DEFAULT_MAX_EVENTS,
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
import { runInChunks, type Pace } from '../src/cli-support/runInChunks.ts';
import { progressLine, shouldShowProgress, tooMuchWorkLine } from '../src/cli-support/runPace.ts';
import { seriesToCsv } from '../src/cli-support/seriesCsv.ts';
import { echo, terminalLine } from '../src/cli-support/terminalText.ts';
import { HELP_TEXT, formatPresetList } from '../src/cli-support/usage.ts';
import { MAX_SCENARIO_FILE_BYTES, scenarioFileTooLarge } from '../src/share/scenarioFile.ts';
import { createSimulation } from '../src/sim/engine.ts';
import { estimateWork } from '../src/sim/estimateWork.ts';
import { PRESETS } from '../src/sim/presets.ts';
import { PIPELINE_PRESETS } from '../src/sim/pipelinePresets.ts';

/** Every preset the CLI knows: the page's, and the pipelines the page does not draw yet. */
const ALL_PRESETS = [...PRESETS, ...PIPELINE_PRESETS];
import type { Scenario } from '../src/sim/scenario.ts';
import { fileError, readInputFile } from './readInputFile.ts';

/** Thrown for problems the user can fix; each line is printed as is. */
class BadInput extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

/** Thrown when the output cannot be written: the run itself was fine. */
class OutputFailed extends Error {}

/** How often the bar is redrawn. */
const REDRAW_MS = 100;
/** Processor time spent measuring the pace before refusing a run over --max-events (at most ten times as much wall time). */
const MEASURE_MS = 300;

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

function loadScenario(command: RunCommand): ScenarioResult {
  const { source } = command;
  if (source.kind === 'preset') return scenarioFromPreset(source.id, ALL_PRESETS);
  const label = echo(source.path, 120);
  // At most what the page imports, read so that /dev/zero or a FIFO stops at the limit.
  const file = readInputFile(source.path, MAX_SCENARIO_FILE_BYTES);
  if (file.ok) return scenarioFromJsonText(decodeTextFile(file.bytes), label);
  if (file.tooLarge)
    return { ok: false, problems: [`${label}: ${scenarioFileTooLarge(file.bytes).message}`] };
  return { ok: false, problems: [`--scenario: cannot read ${label}: ${fileError(file.error)}`] };
}

/**
 * Lines for the terminal, each escaped (a line break inside one too), so nothing from the input
 * reaches it raw and no value can forge a line.
 */
function print(stream: NodeJS.WriteStream, lines: readonly string[]): void {
  stream.write(`${lines.map(terminalLine).join('\n')}\n`);
}

/** The progress bar on stderr, when stderr is a terminal and the run is long. */
class ProgressBar {
  private shown = false;
  private drawnAt = -Infinity;

  update(pace: Pace): void {
    if (!this.shown && !shouldShowProgress(process.stderr.isTTY, pace)) return;
    const now = performance.now();
    if (now - this.drawnAt < REDRAW_MS) return;
    this.shown = true;
    this.drawnAt = now;
    // \r and "erase to the end of the line": the bar redraws itself in place.
    process.stderr.write(`\r${progressLine(pace.fraction, pace.remainingMs)}\u001b[K`);
  }

  clear(): void {
    if (this.shown) process.stderr.write('\r\u001b[K');
    this.shown = false;
  }
}

/** Refuses a run expected to be more work than allowed, saying how long it would take here. */
function checkWork(command: RunCommand, scenario: Scenario): void {
  const maxEvents = command.maxEvents ?? DEFAULT_MAX_EVENTS;
  const { work } = estimateWork(scenario);
  if (work <= maxEvents) return;
  // This machine's pace, measured on the start of the run, turns events into time. Processor
  // time rather than wall time: on a busy machine the wall clock says more about the others.
  const sim = createSimulation(scenario, { eventCapacity: 0 });
  const startedAt = clock();
  let msPerWork = 0;
  const finished = runInChunks(
    sim,
    scenario.durationSec * 1000,
    workUpTo(scenario),
    cpuClock,
    (p) => {
      msPerWork = p.msPerWork;
      return p.elapsedMs < MEASURE_MS && clock() - startedAt < 10 * MEASURE_MS;
    },
  );
  // An estimate far off the mark: the run was short after all.
  if (finished) return;
  throw new BadInput([tooMuchWorkLine(work, maxEvents, msPerWork)]);
}

const clock = () => performance.now();
const cpuClock = () => process.cpuUsage().user / 1000;

const workUpTo =
  (scenario: Scenario) =>
  (ms: number): number =>
    ms <= 0 ? 0 : estimateWork({ ...scenario, durationSec: ms / 1000 }).work;

function run(command: RunCommand): void {
  const loaded = loadScenario(command);
  if (!loaded.ok) throw new BadInput(loaded.problems);
  const overrides: { seed?: number; durationSec?: number } = {};
  if (command.seed !== undefined) overrides.seed = command.seed;
  if (command.durationSec !== undefined) overrides.durationSec = command.durationSec;
  const scenario = withOverrides(loaded.scenario, overrides);
  checkWork(command, scenario);

  // Find out now, not after a long run, that the CSV cannot be written.
  if (command.csvPath !== undefined) writeCsv(command.csvPath, '', false);

  // eventCapacity 0: no animation events are recorded, which is what makes headless runs fast.
  const sim = createSimulation(scenario, { eventCapacity: 0 });
  const bar = new ProgressBar();
  runInChunks(sim, scenario.durationSec * 1000, workUpTo(scenario), clock, (pace) =>
    bar.update(pace),
  );
  bar.clear();

  const summary = sim.summary();
  const info = {
    scenarioName: scenario.name,
    seed: scenario.seed,
    durationSec: scenario.durationSec,
  };
  // JSON escapes line breaks within its strings, so its own lines are the only ones.
  const output = command.json
    ? JSON.stringify(summaryJson(summary, info), null, 2).split('\n')
    : formatSummary(summary, info);
  print(process.stdout, output);

  if (command.csvPath !== undefined)
    writeCsv(command.csvPath, seriesToCsv(sim.series, sim.pipeline?.series), true);
}

function writeCsv(path: string, text: string, afterRun: boolean): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    const done = afterRun ? ' (the run itself finished; its summary is on standard output)' : '';
    throw new OutputFailed(
      `--csv: cannot write ${echo(path, 120)}: ${fileError(error, true)}${done}`,
    );
  }
}

function main(argv: readonly string[]): number {
  const parsed = readArgs(argv);
  if (!parsed.ok) throw new BadInput(parsed.problems);
  const { command } = parsed;
  if (command.kind === 'help') print(process.stdout, HELP_TEXT.split('\n'));
  else if (command.kind === 'list-presets') print(process.stdout, formatPresetList(ALL_PRESETS));
  else run(command);
  return EXIT.done;
}

// `npm run sim -- ... | head` closes the pipe early; that is the reader's choice, not an error.
// Any other failure to write standard output (a full disk) is an output failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.done);
  process.stderr.write(`sim: cannot write the output: ${fileError(error, true)}\n`);
  process.exit(EXIT.outputFailed);
});

try {
  // exitCode rather than process.exit(), so output piped to a slow reader is not cut short.
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof BadInput) {
    print(process.stderr, error.problems);
    process.exitCode = EXIT.badInput;
  } else if (error instanceof OutputFailed) {
    print(process.stderr, [error.message]);
    process.exitCode = EXIT.outputFailed;
  } else {
    const detail = process.env.SIM_DEBUG && error instanceof Error ? error.stack : String(error);
    print(process.stderr, `sim: internal error: ${detail}`.split('\n'));
    process.exitCode = EXIT.internalError;
  }
}
