/** The CLI's --help text and its --list-presets lines. */
import { EXIT } from './exitCodes.ts';
import { DEFAULT_MAX_EVENTS, DURATION_MAX_SEC, SEED_MAX } from './parseCliArgs.ts';

export const HELP_TEXT = `Runs a backpressure scenario headless and prints what happened.

Usage:
  npm run sim -- --preset NAME [options]
  npm run sim -- --scenario FILE.json [options]
  npm run sim -- --list-presets

Options:
  --preset NAME       run a built-in scenario (see --list-presets)
  --scenario FILE     run a scenario from a JSON file (fields left out take their defaults)
  --duration SECONDS  simulated seconds to run, up to ${DURATION_MAX_SEC} (default: the scenario's durationSec)
  --seed N            seed of the random numbers, 0 to ${SEED_MAX} (default: the scenario's seed)
  --json              print one JSON object instead of the readable summary
  --csv FILE          also write the time series to FILE as CSV
  --max-events N      run even if the run is expected to take more than N events of
                      simulation (default: ${DEFAULT_MAX_EVENTS}, a minute or two)
  --list-presets      list the built-in scenarios, one a line, name first
  -h, --help          show this help

A run expected to take more than a few seconds shows a progress bar on stderr, when stderr is a
terminal. Scenario files may be up to 1 MB, in UTF-8 or (with a byte-order mark) UTF-16.

Exit codes:
  ${EXIT.done} done
  ${EXIT.internalError} internal error (a bug; SIM_DEBUG=1 shows the stack trace)
  ${EXIT.badInput} bad input, or a run over --max-events (one line per problem on stderr)
  ${EXIT.outputFailed} the output could not be written (--csv, standard output); the scenario was fine`;

/** One line per preset: the id, padded so the titles line up, then the title. */
export function formatPresetList(presets: readonly { id: string; title: string }[]): string[] {
  const width = Math.max(0, ...presets.map((p) => p.id.length));
  return presets.map((p) => `${p.id.padEnd(width)}  ${p.title}`);
}
