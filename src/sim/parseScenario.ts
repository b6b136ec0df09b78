import * as v from 'valibot';
import { ScenarioSchema, type Scenario } from './scenario.ts';
import { quoted, shortened } from '../text/echo.ts';

/** One thing wrong with an input, at a dotted path such as `queue.capacity`. */
export interface ScenarioProblem {
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: ScenarioProblem[] };

/** Text quoted in a problem is cut here: a problem line names a value, it does not reprint it. */
const QUOTE_MAX = 40;

/**
 * valibot takes a list for an object (a list is an object to JavaScript), so before validating,
 * every list but the one list field is swapped for a symbol: no schema accepts a symbol, so each
 * field then says what it expects ("must be true or false (got a list)"), and the symbol's
 * description keeps the list's length for the message. JSON and stored values never hold symbols.
 */
const LIST = 'list of ';
const LIST_FIELDS = new Set(['workload.priorityWeights', 'triggers', 'downstream']);
/** Deeper than any field of the schema: valibot never looks further, so neither does the swap. */
const SWAP_DEPTH = 8;

function swapLists(value: unknown, path: string, depth: number): unknown {
  if (value === null || typeof value !== 'object' || depth > SWAP_DEPTH) return value;
  if (Array.isArray(value) && !LIST_FIELDS.has(path)) return Symbol(`${LIST}${value.length}`);
  let copy: Record<string, unknown> | unknown[] | null = null;
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    const swapped = swapLists(child, path ? `${path}.${key}` : key, depth + 1);
    if (swapped === child) continue;
    copy ??= Array.isArray(value) ? [...value] : { ...value };
    // defineProperty, so that an own "__proto__" key stays a key and never becomes a prototype.
    Object.defineProperty(copy, key, { value: swapped, enumerable: true, writable: true });
  }
  return copy ?? value;
}

function describeReceived(input: unknown): string {
  if (typeof input === 'string')
    return input.length > QUOTE_MAX
      ? quoted(JSON.stringify(input).slice(1, -1), ['"', '"'], QUOTE_MAX)
      : JSON.stringify(input);
  if (typeof input === 'number' || typeof input === 'boolean' || input === null)
    return String(input);
  if (input === undefined) return 'nothing';
  if (typeof input === 'symbol' && input.description?.startsWith(LIST)) {
    const length = input.description.slice(LIST.length);
    return length === '0' ? 'an empty list' : `a list of ${length}`;
  }
  if (Array.isArray(input))
    return input.length === 0 ? 'an empty list' : `a list of ${input.length}`;
  return 'an object';
}

/**
 * Turns valibot issues into one plain sentence per problem, each naming its field, each once.
 * `schema` is the one the issues came from, where a message looks up what a field takes.
 */
export function toProblems(
  issues: readonly v.BaseIssue<unknown>[],
  schema: v.GenericSchema = ScenarioSchema,
): ScenarioProblem[] {
  const seen = new Set<string>();
  return issues
    .map((issue) => describeIssue(issue, schema as unknown as Schema))
    .filter((p) => {
      const id = `${p.path}\n${p.message}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}

/** The parts of valibot's schema objects this module reads to find a field's schema. */
interface Schema {
  type: string;
  wrapped?: Schema;
  entries?: Record<string, Schema>;
  options?: readonly Schema[];
  key?: string;
  item?: Schema;
}
type PathItem = { key: unknown; input: unknown; value: unknown };

/** The schema of the field at the end of an issue's path, found by walking the scenario's schema. */
function schemaAt(root: Schema, items: readonly PathItem[]): Schema | undefined {
  let schema: Schema | undefined = root;
  for (const { key, input } of items) {
    schema = unwrap(schema).inner;
    if (schema?.options && schema.key !== undefined) schema = variantOption(schema, input);
    schema = schema?.entries?.[String(key)] ?? schema?.item;
  }
  return schema;
}

/** The option of a variant whose kind `input` names. */
function variantOption(variant: Schema, input: unknown): Schema | undefined {
  const tag = variant.key ?? '';
  const kind: unknown = (input as Record<string, unknown>)[tag];
  return variant.options?.find((option) => {
    const literal = option.entries?.[tag];
    return literal !== undefined && v.is(literal as unknown as v.GenericSchema, kind);
  });
}

/** A field's schema without its optional and nullable wrappers, and whether it takes null. */
function unwrap(schema: Schema | undefined): { inner: Schema | undefined; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  while (inner?.wrapped) {
    if (inner.type === 'nullable' || inner.type === 'nullish') nullable = true;
    inner = inner.wrapped;
  }
  return { inner, nullable };
}

/** What a field takes, as a noun: "a whole number from 1 to 100000000 (bytes)", "an object, or null". */
function expectedOf(schema: Schema | undefined): string | null {
  const { inner, nullable } = unwrap(schema);
  if (inner === undefined) return null;
  // The object schemas carry no message of their own; describeIssue words them.
  const message =
    inner.entries && !inner.options
      ? 'must be an object'
      : (v.safeParse(inner as unknown as v.GenericSchema, undefined).issues?.[0]?.message ?? '');
  if (!message.startsWith('must be ')) return null;
  return `${message.slice('must be '.length)}${nullable ? ', or null' : ''}`;
}

function describeIssue(issue: v.BaseIssue<unknown>, root: Schema): ScenarioProblem {
  const items = (issue.path ?? []) as readonly PathItem[];
  const path = items.map((item) => shortened(String(item.key), QUOTE_MAX)).join('.');
  const last = items.at(-1);
  // A cross-field check reports the whole object as its input; show the field's own value instead.
  const got = ` (got ${describeReceived(issue.type === 'partial_check' && last ? last.value : issue.input)})`;
  const orNull = unwrap(schemaAt(root, items)).nullable ? ', or null' : '';

  if (issue.type === 'strict_object' || issue.type === 'object') {
    // valibot reports an unknown key as a value that was expected to be "never",
    if (issue.expected === 'never') {
      // A long name is already cut short, with its length, in the path.
      return { path, message: 'is not a field we know' };
    }
    // a required field left out by the key it expected ('"max"'),
    if (issue.expected?.startsWith('"')) {
      const what = expectedOf(schemaAt(root, items));
      return { path, message: what ? `is missing: ${what}` : 'is missing' };
    }
    // and anything else as not an object.
    return { path, message: `must be an object${orNull}${got}` };
  }
  // A kind that is missing or unknown is reported at the kind: '"none"|"watermark"|"credit"'.
  if (issue.type === 'variant' && issue.expected !== 'Object') {
    const kinds = (issue.expected?.match(/[^"|() ]+/g) ?? []).join(', ');
    return issue.input === undefined
      ? { path, message: `is missing: one of ${kinds}` }
      : { path, message: `must be one of: ${kinds}${got}` };
  }
  return { path, message: `${issue.message}${orNull}${got}` };
}

/** Validates untrusted input (a file, a link, a preset) and fills in every default. */
export function parseScenario(input: unknown): ParseResult<Scenario> {
  const result = v.safeParse(ScenarioSchema, swapLists(input, '', 0));
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, problems: toProblems(result.issues) };
}

/** Formats problems one per line, `path: sentence`. */
export function formatProblems(problems: readonly ScenarioProblem[]): string {
  return problems.map((p) => `${p.path || '(scenario)'}: ${p.message}`).join('\n');
}
