/**
 * Renders docs/scenario.md from the scenario's JSON Schema: an introduction, then one table per
 * section and per kind. Pure (no file system), so a test can compare it with the committed page.
 */
import {
  getNumber,
  getObject,
  getObjects,
  getString,
  type JsonObject,
  type JsonValue,
} from './json.ts';
import { UNIT_SENTENCE, kindOf } from './scenarioJsonSchema.ts';
import { SCENARIO_INTRO } from './scenarioIntro.ts';

interface Row {
  field: string;
  meaning: string;
  unit: string;
  default: string;
  range: string;
}

/** A section that gets its own heading: an object, an object or null, or a choice of kinds. */
function isCompound(node: JsonObject): boolean {
  return (
    objectPart(node) !== undefined ||
    getObjects(node, 'oneOf').length > 0 ||
    kindsOfItems(node) !== undefined
  );
}

/** The items of a list whose every item is one of several kinds (the triggers), if it is one. */
function kindsOfItems(node: JsonObject): JsonObject | undefined {
  const items = node['type'] === 'array' ? getObject(node, 'items') : undefined;
  return items !== undefined && getObjects(items, 'oneOf').length > 0 ? items : undefined;
}

/** The object schema inside a field, looking through a nullable wrapper. */
function objectPart(node: JsonObject): JsonObject | undefined {
  if (getObject(node, 'properties')) return node;
  return getObjects(node, 'anyOf').find((b) => getObject(b, 'properties') !== undefined);
}

/** 1000000 → 1,000,000; small numbers and fractions stay as they are. */
function formatNumber(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) < 10_000) return String(n);
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const code = (value: JsonValue): string => `\`${JSON.stringify(value)}\``;

/** a, b or c */
function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

/** What values a field takes, in words. */
function rangeOf(node: JsonObject): string {
  const nonNull = getObjects(node, 'anyOf').find((b) => b['type'] !== 'null');
  if (nonNull) return `${rangeOf(nonNull)}, or \`null\``;
  if (getObjects(node, 'oneOf').length > 0) return 'one of the kinds below';
  if ('const' in node) return `exactly ${code(node['const'] ?? null)}`;
  const options = node['enum'];
  if (Array.isArray(options)) return listOf(options.map(code));

  const min = getNumber(node, 'minimum');
  const max = getNumber(node, 'maximum');
  const between =
    min !== undefined && max !== undefined ? `${formatNumber(min)} to ${formatNumber(max)}` : '';
  switch (node['type']) {
    case 'boolean':
      return '`true` or `false`';
    case 'integer':
      return `whole number, ${between}`;
    case 'number':
      return between || 'number';
    case 'string': {
      const maxLength = getNumber(node, 'maxLength');
      return maxLength === undefined ? 'text' : `text, up to ${maxLength} characters`;
    }
    case 'array': {
      const items = getObject(node, 'items');
      const noun =
        items?.['type'] === 'number' || items?.['type'] === 'integer' ? 'numbers' : 'items';
      const fewest = getNumber(node, 'minItems') ?? 0;
      const most = getNumber(node, 'maxItems');
      const count =
        most === undefined ? `at least ${fewest} ${noun}` : `${fewest} to ${most} ${noun}`;
      return items ? `${count}, each ${rangeOf(items)}` : count;
    }
    case 'object':
      return 'object, see below';
    default:
      return '';
  }
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}

function headingFor(path: string, kind?: string): string {
  return kind === undefined ? path : `${path}: ${kind}`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function rowFor(path: string, node: JsonObject, required: boolean): Row {
  const description = getString(node, 'description') ?? '';
  const unit = UNIT_SENTENCE.exec(description)?.[1] ?? '';
  let meaning = description.replace(UNIT_SENTENCE, '');
  if (isCompound(node)) meaning += ` See [${path}](#${slug(headingFor(path))}).`;
  let defaultText = 'default' in node ? code(node['default'] ?? null) : '';
  if (!defaultText && required) defaultText = 'required';
  return {
    field: `\`${path}\``,
    meaning: meaning.trim(),
    unit,
    default: defaultText,
    range: rangeOf(node),
  };
}

function table(rows: Row[]): string {
  const lines = [
    '| field | meaning | unit | default | range |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) => `| ${[r.field, r.meaning, r.unit, r.default, r.range].map(escapeCell).join(' | ')} |`,
    ),
  ];
  return lines.join('\n');
}

/** The table of one object's fields, then a section for each field that has fields of its own. */
function renderObject(
  path: string,
  object: JsonObject,
  level: number,
  skip: string[] = [],
): string[] {
  const properties = getObject(object, 'properties') ?? {};
  const requiredValue = object['required'];
  const required = Array.isArray(requiredValue) ? requiredValue : [];
  const prefix = path === '' ? '' : `${path}.`;
  const fields = Object.entries(properties).filter(
    (entry): entry is [string, JsonObject] =>
      typeof entry[1] === 'object' && !skip.includes(entry[0]),
  );
  const out = [
    table(fields.map(([key, node]) => rowFor(prefix + key, node, required.includes(key)))),
  ];
  for (const [key, node] of fields) {
    if (isCompound(node)) out.push(...renderSection(prefix + key, node, level));
  }
  return out;
}

/**
 * A heading, its description, and either its table or one table per kind. A list of kinds (the
 * triggers) is described as its items, `path[]`.
 */
function renderSection(path: string, node: JsonObject, level: number): string[] {
  const hashes = '#'.repeat(level);
  const out = [`${hashes} ${headingFor(path)}`];
  const description = getString(node, 'description');
  if (description) out.push(description);
  const object = objectPart(node);
  if (object) {
    out.push(...renderObject(path, object, level + 1));
    return out;
  }
  const items = kindsOfItems(node);
  if (items !== undefined) {
    path = `${path}[]`;
    node = items;
    const itemDescription = getString(items, 'description');
    if (itemDescription) out.push(itemDescription);
  }
  const kinds = getObjects(node, 'oneOf');
  out.push(
    `Set \`${path}.kind\` to one of: ${listOf(kinds.map((k) => `\`${kindOf(k) ?? '?'}\``))}.`,
  );
  for (const branch of kinds) {
    const kind = kindOf(branch) ?? '?';
    out.push(`${hashes}# ${headingFor(path, kind)}`);
    const branchDescription = getString(branch, 'description');
    if (branchDescription) out.push(branchDescription);
    const fields = Object.keys(getObject(branch, 'properties') ?? {}).filter((k) => k !== 'kind');
    if (fields.length === 0) out.push('No other fields.');
    else out.push(...renderObject(path, branch, level + 2, ['kind']));
  }
  return out;
}

/** The whole page, ending in one newline. */
export function renderScenarioDocs(schema: JsonObject): string {
  const parts = [...SCENARIO_INTRO, '## Top level', ...renderObject('', schema, 2)];
  return `${parts.join('\n\n')}\n`;
}
