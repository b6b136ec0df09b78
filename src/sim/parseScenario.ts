import * as v from 'valibot';
import { ScenarioSchema, type Scenario } from './scenario.ts';

/** One thing wrong with an input, at a dotted path such as `queue.capacity`. */
export interface ScenarioProblem {
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: ScenarioProblem[] };

function describeReceived(input: unknown): string {
  if (typeof input === 'string')
    return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'number' || typeof input === 'boolean' || input === null)
    return String(input);
  if (input === undefined) return 'nothing';
  return Array.isArray(input) ? 'a list' : 'an object';
}

/** Turns valibot issues into one plain sentence per problem, each naming its field. */
export function toProblems(issues: readonly v.BaseIssue<unknown>[]): ScenarioProblem[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '';
    if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined) {
      return { path, message: 'is not a field we know' };
    }
    // A cross-field check reports the whole object as its input; show the field's own value instead.
    const last = issue.path?.at(-1);
    const received = issue.type === 'partial_check' && last ? last.value : issue.input;
    return { path, message: `${issue.message} (got ${describeReceived(received)})` };
  });
}

/** Validates untrusted input (a file, a link, a preset) and fills in every default. */
export function parseScenario(input: unknown): ParseResult<Scenario> {
  const result = v.safeParse(ScenarioSchema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, problems: toProblems(result.issues) };
}

/** Formats problems one per line, `path: sentence`. */
export function formatProblems(problems: readonly ScenarioProblem[]): string {
  return problems.map((p) => `${p.path || '(scenario)'}: ${p.message}`).join('\n');
}
