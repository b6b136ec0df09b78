/**
 * What the page says about one field: its one-line description (from scenarioDescriptions.ts) and
 * its unit (from the schema's range message). The docs take both from the same places, so a
 * control's explanation never drifts from the docs.
 */
import { ScenarioSchema } from '../sim/scenario.ts';
import { fieldKey, kindKey, scenarioDescription } from '../sim/scenarioDescriptions.ts';
import { getAt } from './path.ts';

export interface FieldInfo {
  description: string | undefined;
  unit: string | undefined;
}

type Node = {
  type?: unknown;
  wrapped?: unknown;
  entries?: unknown;
  options?: unknown;
  pipe?: unknown;
  message?: unknown;
};

function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null ? (value as Node) : undefined;
}

/** Looks through optional/nullable wrappers to the schema that describes the value. */
function unwrap(node: Node): Node {
  let current = node;
  for (;;) {
    const inner =
      current.type === 'optional' || current.type === 'nullable'
        ? asNode(current.wrapped)
        : undefined;
    if (inner === undefined) return current;
    current = inner;
  }
}

/**
 * For a `kind`-discriminated variant, the option whose kind matches the current value, and that
 * kind; any other node stands for itself.
 */
function pickOption(node: Node, value: unknown): { option: Node | undefined; kind?: string } {
  if (node.type !== 'variant' || !Array.isArray(node.options)) return { option: node };
  const kind = getAt(value, 'kind');
  const option = node.options.map(asNode).find((candidate) => {
    const entries = asNode(candidate?.entries) as Record<string, unknown> | undefined;
    const literal = asNode(entries?.['kind']) as { literal?: unknown } | undefined;
    return literal?.literal === kind;
  });
  return { option, kind: String(kind) };
}

/**
 * The schema node for `path`, choosing variant options by the kinds in `scenario`, and the key of
 * its description.
 */
function schemaAt(path: string, scenario: unknown): { node: Node; key: string } | undefined {
  let node: Node | undefined = asNode(ScenarioSchema);
  let value: unknown = scenario;
  let key = '';
  for (const name of path.split('.')) {
    if (node === undefined) return undefined;
    const list = unwrap(node) as Node & { item?: unknown };
    // A list's item (a pipeline's stage, `downstream.0`): described once for every item, `downstream[]`.
    if (list.type === 'array' && /^\d+$/.test(name)) {
      node = asNode(list.item);
      value = getAt(value, name);
      key = `${key}[]`;
      continue;
    }
    const { option, kind } = pickOption(list, value);
    if (kind !== undefined) key = kindKey(key, kind);
    const entries = asNode(option?.entries) as Record<string, unknown> | undefined;
    node = asNode(entries?.[name]);
    value = getAt(value, name);
    key = fieldKey(key, name);
  }
  return node === undefined ? undefined : { node: unwrap(node), key };
}

/**
 * The schema speaks JSON ("…; null for no limit."), for scenario files. On the page the checkbox
 * beside the slider says that in words of its own, so the clause is left out.
 */
function forReaders(description: string): string {
  return description.replace(/;\s*null (?:for|to) [^.;]*\./, '.');
}

const cache = new Map<string, FieldInfo>();
const FIRST_STAGE_KINDS = [
  'workload.pattern',
  'feedback',
  'retry',
  'consumers.service',
  'queue.discipline',
];
const LATER_STAGE_KINDS = ['link', 'consumers.service', 'queue.discipline'];

/** Description and unit of the field at `path` (variant options chosen by the current scenario). */
export function fieldInfo(path: string, scenario: unknown): FieldInfo {
  // Every kind-tagged section: the same path means a different field under another kind.
  // A later stage's field (`downstream.0.…`) goes by that stage's own kinds.
  const stage = /^downstream\.\d+\./.exec(path)?.[0] ?? '';
  const sections = stage === '' ? FIRST_STAGE_KINDS : LATER_STAGE_KINDS;
  const kinds = sections.map((p) => String(getAt(scenario, `${stage}${p}.kind`))).join('/');
  const cacheKey = `${path}|${kinds}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const found = schemaAt(path, scenario);
  const description = found && scenarioDescription(found.key);
  // scenario.ts ends each number's message with its unit in brackets: "… to 86400000 (ms)".
  const message = typeof found?.node.message === 'string' ? found.node.message : '';
  const unit = /\(([^()]+)\)$/.exec(message)?.[1];
  const info = { description: description && forReaders(description), unit };
  cache.set(cacheKey, info);
  return info;
}
