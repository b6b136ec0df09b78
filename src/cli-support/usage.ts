/** The CLI's --help text and its --list-presets lines. */
import { DURATION_MAX_SEC, SEED_MAX } from './parseCliArgs.ts';

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
  --list-presets      list the built-in scenarios, one a line, name first
  -h, --help          show this help

Exit codes: 0 done, 2 bad input (one line per problem on stderr), 1 internal error.`;

/** One line per preset: the id, padded so the titles line up, then the title. */
export function formatPresetList(presets: readonly { id: string; title: string }[]): string[] {
  const width = Math.max(0, ...presets.map((p) => p.id.length));
  return presets.map((p) => `${p.id.padEnd(width)}  ${p.title}`);
}
