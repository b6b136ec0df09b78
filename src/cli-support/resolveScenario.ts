/**
 * From a preset name or a file's text to a validated scenario, or to one line per problem, each naming
 * the field. Reading the file is the caller's job (cli/sim.ts); everything here is pure.
 */
import { formatProblems, parseScenario } from '../sim/parseScenario.ts';
import type { Scenario, ScenarioInput } from '../sim/scenario.ts';
import { didYouMean } from './closeNames.ts';
import { readJsonText, tooDeepMessage } from './readJsonText.ts';
import { echo } from './terminalText.ts';

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/** The part of a preset this module needs. */
export interface PresetLike {
  id: string;
  scenario: ScenarioInput;
}

function validate(input: unknown, prefix: string): ScenarioResult {
  const parsed = parseScenario(input);
  if (parsed.ok) return { ok: true, scenario: parsed.value };
  // One line per problem, each formatted alone: a key with a line break in it stays in its line.
  return {
    ok: false,
    problems: parsed.problems.map((p) => `${prefix}${formatProblems([p])}`),
  };
}

export function scenarioFromPreset(id: string, presets: readonly PresetLike[]): ScenarioResult {
  const preset = presets.find((p) => p.id === id);
  if (!preset) {
    const hint = didYouMean(
      id,
      presets.map((p) => p.id),
    );
    return {
      ok: false,
      problems: [`--preset: no preset is called "${echo(id, 40)}"${hint}; see --list-presets`],
    };
  }
  // Presets are checked by their own tests, but a broken one should still read as a plain message.
  return validate(preset.scenario, `preset ${id}: `);
}

/** Parses a scenario file's text; `label` (the path) prefixes every problem line. */
export function scenarioFromJsonText(text: string, label: string): ScenarioResult {
  const read = readJsonText(text);
  if (read.ok) return validate(read.value, `${label}: `);
  const { problem } = read;
  switch (problem.kind) {
    case 'too-deep':
      return { ok: false, problems: [`${label}: ${tooDeepMessage(problem.limit)}`] };
    case 'syntax':
      return {
        ok: false,
        problems: [
          `${label}:${problem.line}:${problem.column}: not valid JSON: ${problem.message}`,
        ],
      };
    case 'unreadable':
      return { ok: false, problems: [`${label}: not valid JSON: ${problem.message}`] };
  }
}

/** The scenario with the command line's --seed and --duration applied. */
export function withOverrides(
  scenario: Scenario,
  overrides: { seed?: number; durationSec?: number },
): Scenario {
  return {
    ...scenario,
    seed: overrides.seed ?? scenario.seed,
    durationSec: overrides.durationSec ?? scenario.durationSec,
  };
}
