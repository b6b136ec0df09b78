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
  if (Array.isArray(input))
    return input.length === 0 ? 'an empty list' : `a list of ${input.length}`;
  return 'an object';
}

/** Turns valibot issues into one plain sentence per problem, each naming its field, each once. */
export function toProblems(issues: readonly v.BaseIssue<unknown>[]): ScenarioProblem[] {
  const seen = new Set<string>();
  return issues.map(describeIssue).filter((p) => {
    const id = `${p.path}\n${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function describeIssue(issue: v.BaseIssue<unknown>): ScenarioProblem {
  const path = v.getDotPath(issue) ?? '';
  if (issue.kind === 'schema' && (issue.type === 'strict_object' || issue.type === 'object')) {
    // valibot reports an unknown key as a value that was expected to be "never".
    if (issue.expected === 'never') return { path, message: 'is not a field we know' };
    return { path, message: `must be an object (got ${describeReceived(issue.input)})` };
  }
  // A cross-field check reports the whole object as its input; show the field's own value instead.
  const last = issue.path?.at(-1);
  const received = issue.type === 'partial_check' && last ? last.value : issue.input;
  return { path, message: `${issue.message} (got ${describeReceived(received)})` };
}

/** The scenario's only list-valued field; a list anywhere else is a mistake valibot would let pass. */
const LIST_FIELDS = new Set(['workload.priorityWeights']);

function findMisplacedLists(value: unknown, path: string, out: ScenarioProblem[]): void {
  if (Array.isArray(value)) {
    if (!LIST_FIELDS.has(path)) out.push({ path, message: 'must be an object (got a list)' });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value))
    findMisplacedLists(child, path ? `${path}.${key}` : key, out);
}

/** Validates untrusted input (a file, a link, a preset) and fills in every default. */
export function parseScenario(input: unknown): ParseResult<Scenario> {
  if (input === null || typeof input !== 'object') {
    return {
      ok: false,
      problems: [{ path: '', message: `must be an object (got ${describeReceived(input)})` }],
    };
  }
  const lists: ScenarioProblem[] = [];
  findMisplacedLists(input, '', lists);
  if (lists.length > 0) return { ok: false, problems: lists };
  const result = v.safeParse(ScenarioSchema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, problems: toProblems(result.issues) };
}

/** Formats problems one per line, `path: sentence`. */
export function formatProblems(problems: readonly ScenarioProblem[]): string {
  return problems.map((p) => `${p.path || '(scenario)'}: ${p.message}`).join('\n');
}
