/**
 * The scenario file: what "Export scenario" writes and "Import scenario" reads. Pure, so the format
 * and its checks are tested without a browser. Reading never throws; every problem names its field.
 */
import { readJsonText, tooDeepMessage } from '../cli-support/readJsonText.ts';
import { parseScenario, type ParseResult, type ScenarioProblem } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';

/** Far more than any scenario needs (a full one is about 2 KB); bigger files are not read at all. */
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

/**
 * The file's text: the whole scenario with every default filled in, so it reads as documentation and
 * keeps meaning the same if a default changes later. No "$schema" field: the schema forbids unknown
 * fields, so editors associate the schema by the `.scenario.json` ending instead.
 */
export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** A problem for a file over the size limit, or null; checked before the file is read. */
export function checkScenarioFileSize(bytes: number): ScenarioProblem | null {
  return bytes <= MAX_SCENARIO_FILE_BYTES ? null : scenarioFileTooLarge(bytes);
}

/**
 * The problem of a file over the size limit; `bytes` is null when its size is not known (a stream
 * the CLI stopped reading at the limit).
 */
export function scenarioFileTooLarge(bytes: number | null): ScenarioProblem {
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
  const size = bytes === null ? `more than ${mb(MAX_SCENARIO_FILE_BYTES)}` : mb(bytes);
  return {
    path: '',
    message: `is too large to be a scenario (${size}; a scenario file is at most ${mb(MAX_SCENARIO_FILE_BYTES)})`,
  };
}

/** A scenario file's text as a valid scenario, or what is wrong with it, field by field. */
export function scenarioFromFileText(text: string): ParseResult<Scenario> {
  const read = readJsonText(text);
  if (read.ok) return parseScenario(read.value);
  const { problem } = read;
  const message =
    problem.kind === 'too-deep'
      ? tooDeepMessage(problem.limit)
      : problem.kind === 'syntax'
        ? `is not valid JSON (line ${problem.line}, column ${problem.column}: ${problem.message})`
        : 'is not valid JSON (it could not be read)';
  return { ok: false, problems: [{ path: '', message }] };
}
