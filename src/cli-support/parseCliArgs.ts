/**
 * The CLI's arguments, checked: Node's `parseArgs` splits the command line (in cli/sim.ts), and this
 * module turns what it found into either a command to run or one plain line per problem. No Node APIs
 * here, so it is unit-tested directly.
 */
import { didYouMean } from './closeNames.ts';
import { echo } from './terminalText.ts';

/** The option table handed to `parseArgs`; numbers arrive as text and are checked below. */
export const CLI_OPTIONS = {
  preset: { type: 'string' },
  scenario: { type: 'string' },
  duration: { type: 'string' },
  seed: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'string' },
  'max-events': { type: 'string' },
  'list-presets': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type CliOptionName = keyof typeof CLI_OPTIONS;
const OPTION_FLAGS = Object.keys(CLI_OPTIONS).map((name) => `--${name}`);

/** What `parseArgs` returns as `values` for CLI_OPTIONS. */
export interface RawCliValues {
  preset?: string | undefined;
  scenario?: string | undefined;
  duration?: string | undefined;
  seed?: string | undefined;
  json?: boolean | undefined;
  csv?: string | undefined;
  'max-events'?: string | undefined;
  'list-presets'?: boolean | undefined;
  help?: boolean | undefined;
}

export type ScenarioSource = { kind: 'preset'; id: string } | { kind: 'file'; path: string };

export interface RunCommand {
  kind: 'run';
  source: ScenarioSource;
  /** Simulated seconds; absent means the scenario's own durationSec. */
  durationSec?: number;
  /** Replaces the scenario's seed when present. */
  seed?: number;
  json: boolean;
  /** Where to write the time series as CSV. */
  csvPath?: string;
  /** The most work (events) a run may be expected to take; absent means DEFAULT_MAX_EVENTS. */
  maxEvents?: number;
}

export type CliCommand = { kind: 'help' } | { kind: 'list-presets' } | RunCommand;

export type CliArgsResult = { ok: true; command: CliCommand } | { ok: false; problems: string[] };

// The same limits as the scenario's durationSec and seed, so an override is never out of range.
export const DURATION_MIN_SEC = 0.001;
export const DURATION_MAX_SEC = 86_400;
export const SEED_MAX = 4_294_967_295;
/**
 * Runs expected to take more events than this are refused unless --max-events allows them: about
 * a minute or two at the core's pace (a few million events a second), where a day at a million
 * messages a second would be hours.
 */
export const DEFAULT_MAX_EVENTS = 500_000_000;
const MAX_EVENTS_MAX = 1e15;

const DECIMAL = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Digits, perhaps in groups (500_000_000), or a mantissa and exponent (5e8). */
const COUNT = /^(\d+(_\d+)*|\d+(\.\d+)?[eE]\+?\d+)$/;
const WHOLE = /^\d+$/;

/** A value from the command line, quoted for a message: escaped and, if long, shortened. */
function quoted(text: string): string {
  return `"${echo(text, 40)}"`;
}

function parseDuration(text: string, problems: string[]): number | undefined {
  const value = DECIMAL.test(text.trim()) ? Number(text) : Number.NaN;
  if (value >= DURATION_MIN_SEC && value <= DURATION_MAX_SEC) return value;
  problems.push(
    `--duration: must be a number of simulated seconds from ${DURATION_MIN_SEC} to ${DURATION_MAX_SEC} (got ${quoted(text)})`,
  );
  return undefined;
}

function parseSeed(text: string, problems: string[]): number | undefined {
  const value = WHOLE.test(text.trim()) ? Number(text) : Number.NaN;
  if (value <= SEED_MAX) return value;
  problems.push(`--seed: must be a whole number from 0 to ${SEED_MAX} (got ${quoted(text)})`);
  return undefined;
}

function parseMaxEvents(text: string, problems: string[]): number | undefined {
  const value = COUNT.test(text.trim()) ? Number(text.trim().replaceAll('_', '')) : Number.NaN;
  if (Number.isInteger(value) && value >= 1 && value <= MAX_EVENTS_MAX) return value;
  problems.push(
    `--max-events: must be a whole number of events from 1 to ${MAX_EVENTS_MAX}, such as 2000000000 or 2e9 (got ${quoted(text)})`,
  );
  return undefined;
}

/**
 * Checks the values `parseArgs` found. `given` lists the option names in the order they appeared
 * (from parseArgs tokens), so a flag given twice is reported rather than silently last-one-wins.
 */
export function validateCliValues(
  values: RawCliValues,
  given: readonly string[] = [],
): CliArgsResult {
  // Asking for help or the list always works, whatever else is on the line.
  if (values.help) return { ok: true, command: { kind: 'help' } };
  if (values['list-presets']) return { ok: true, command: { kind: 'list-presets' } };

  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of given) {
    if (seen.has(name)) problems.push(`--${name}: given more than once`);
    seen.add(name);
  }

  const { preset, scenario } = values;
  let source: ScenarioSource | undefined;
  if (preset !== undefined && scenario !== undefined) {
    problems.push('--preset, --scenario: give one or the other, not both');
  } else if (preset !== undefined) {
    if (preset.trim() === '') problems.push('--preset: needs a preset name (see --list-presets)');
    else source = { kind: 'preset', id: preset.trim() };
  } else if (scenario !== undefined) {
    if (scenario.trim() === '') problems.push('--scenario: needs the path of a JSON file');
    else source = { kind: 'file', path: scenario };
  } else {
    problems.push('--preset, --scenario: give one of them (see --help)');
  }

  const durationSec =
    values.duration === undefined ? undefined : parseDuration(values.duration, problems);
  const seed = values.seed === undefined ? undefined : parseSeed(values.seed, problems);
  const maxEvents =
    values['max-events'] === undefined ? undefined : parseMaxEvents(values['max-events'], problems);
  if (values.csv !== undefined && values.csv.trim() === '') {
    problems.push('--csv: needs the path of the file to write');
  }

  if (problems.length > 0 || source === undefined) return { ok: false, problems };
  const command: RunCommand = { kind: 'run', source, json: values.json === true };
  if (durationSec !== undefined) command.durationSec = durationSec;
  if (seed !== undefined) command.seed = seed;
  if (values.csv !== undefined) command.csvPath = values.csv;
  if (maxEvents !== undefined) command.maxEvents = maxEvents;
  return { ok: true, command };
}

/**
 * Turns an error thrown by strict `parseArgs` (unknown option, missing value, stray argument) into
 * one line that names the flag. Node's own messages are long and suggest `--` tricks no one needs.
 */
export function describeArgError(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^'\s]+)/.exec(message)?.[1];
  const argument = /'([^']*)'/.exec(message)?.[1];

  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = flag ?? argument ?? '?';
      const hint = didYouMean(
        name.startsWith('--') ? name : `--${name.replace(/^-+/, '')}`,
        OPTION_FLAGS,
      );
      return `${echo(name, 40)}: not an option${hint || ' (see --help)'}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (flag && message.includes('does not take an argument')) return `${flag}: takes no value`;
      // "ambiguous": the next word starts with "-", as in `--seed -1`.
      if (flag && message.includes('ambiguous'))
        return `${flag}: needs a value (for one starting with "-", write ${flag}=VALUE)`;
      if (flag) return `${flag}: needs a value`;
      return message;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `${quoted(argument ?? '')}: unexpected argument (options start with --, see --help)`;
    default:
      return message.split('\n')[0] ?? message;
  }
}
