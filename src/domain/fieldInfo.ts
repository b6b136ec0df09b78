/**
 * What the scenario schema says about one field: its one-line description and its unit. The schema
 * is the single source of truth for both, so a control's explanation never drifts from the docs.
 */
import * as v from 'valibot';
import { ScenarioSchema } from '../sim/scenario.ts';
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

/** For a `kind`-discriminated variant, the option whose kind matches the current value. */
function pickOption(node: Node, value: unknown): Node | undefined {
  if (node.type !== 'variant' || !Array.isArray(node.options)) return node;
  const kind = getAt(value, 'kind');
  return node.options.map(asNode).find((option) => {
    const entries = asNode(option?.entries) as Record<string, unknown> | undefined;
    const literal = asNode(entries?.['kind']) as { literal?: unknown } | undefined;
    return literal?.literal === kind;
  });
}

/** The schema node for `path`, choosing variant options by the kinds in `scenario`. */
function schemaAt(path: string, scenario: unknown): Node | undefined {
  let node: Node | undefined = asNode(ScenarioSchema);
  let value: unknown = scenario;
  for (const key of path.split('.')) {
    if (node === undefined) return undefined;
    const object: Node | undefined = pickOption(unwrap(node), value);
    const entries = asNode(object?.entries) as Record<string, unknown> | undefined;
    node = asNode(entries?.[key]);
    value = getAt(value, key);
  }
  return node === undefined ? undefined : unwrap(node);
}

/**
 * The schema speaks JSON ("…; null for no limit."), for scenario files. On the page the checkbox
 * beside the slider says that in words of its own, so the clause is left out.
 */
function forReaders(description: string): string {
  return description.replace(/;\s*null (?:for|to) [^.;]*\./, '.');
}

const cache = new Map<string, FieldInfo>();

/** Description and unit of the field at `path` (variant options chosen by the current scenario). */
export function fieldInfo(path: string, scenario: unknown): FieldInfo {
  const kinds = ['workload.pattern', 'feedback', 'retry', 'consumers.service']
    .map((p) => String(getAt(scenario, `${p}.kind`)))
    .join('/');
  const cacheKey = `${path}|${kinds}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const node = schemaAt(path, scenario);
  const description = node
    ? v.getDescription(node as Parameters<typeof v.getDescription>[0])
    : undefined;
  // scenario.ts ends each number's message with its unit in brackets: "… to 86400000 (ms)".
  const message = typeof node?.message === 'string' ? node.message : '';
  const unit = /\(([^()]+)\)$/.exec(message)?.[1];
  const info = { description: description && forReaders(description), unit };
  cache.set(cacheKey, info);
  return info;
}
