/**
 * Builds the JSON Schema of a scenario file from the valibot schema and the field descriptions
 * (src/sim/scenarioDescriptions.ts), so editors can check scenario files and docs/scenario.md can
 * be generated from one place.
 *
 * @valibot/to-json-schema converts almost everything. What it cannot express, we keep as text
 * instead of dropping it: cross-field rules (lowWatermark below highWatermark, ...) become a
 * sentence in the field's description, and so does the unit, which scenario.ts states only in
 * each number's error message. Only standard keywords are written, so strict validators such as
 * Ajv accept the file.
 */
import {
  toJsonSchema,
  type JsonSchema,
  type OverrideActionContext,
  type OverrideSchemaContext,
} from '@valibot/to-json-schema';
import { SCENARIO_VERSION } from '../sim/scenario.ts';
import { asSentence } from '../text/sentence.ts';
import { SCENARIO_DESCRIPTIONS } from '../sim/scenarioDescriptions.ts';
import { describeScenarioSchema } from './describedScenarioSchema.ts';
import { getObject, getObjects, getString, isJsonObject, toJson, type JsonObject } from './json.ts';
import { KIND_NOTES, SECTION_NOTES } from './scenarioNotes.ts';

/** Every unit ends a description as this sentence, so the docs can put it in its own column. */
export const UNIT_SENTENCE = /\s*Unit: ([^.]+)\.$/;

// Scratch keywords that carry information from the converter hooks to the clean-up pass.
const UNIT = 'x-unit';
const RULES = 'x-rules';

/** Never inside these: they hold values, not schemas. */
const VALUE_KEYWORDS = new Set(['default', 'const', 'enum', 'examples']);

function addRule(node: object, rule: string): void {
  const previous: unknown = Reflect.get(node, RULES);
  Reflect.set(node, RULES, [...(Array.isArray(previous) ? previous : []), rule]);
}

/** scenario.ts ends each number's message with its unit in brackets: "… to 86400000 (ms)". */
function unitOf(schema: object): string | undefined {
  const message: unknown = Reflect.get(schema, 'message');
  return typeof message === 'string' ? /\(([^()]+)\)$/.exec(message)?.[1] : undefined;
}

function overrideSchema({ valibotSchema, jsonSchema }: OverrideSchemaContext): undefined {
  if (valibotSchema.type !== 'number') return undefined;
  const unit = unitOf(valibotSchema);
  if (unit) Reflect.set(jsonSchema, UNIT, unit);
  return undefined;
}

/**
 * A rule between two fields is forwarded by scenario.ts to the field a person should change, and
 * its message names the other one ("must be below highWatermark"): the field it does not name is
 * the one it belongs to.
 */
function ruleTarget(paths: unknown, message: string): string | undefined {
  if (!Array.isArray(paths)) return undefined;
  const keys = paths.map((p: unknown) => (Array.isArray(p) ? p.join('.') : ''));
  const unnamed = keys.filter((k) => k !== '' && !new RegExp(`\\b${k}\\b`).test(message));
  return unnamed.length === 1 ? unnamed[0] : undefined;
}

function overrideAction({ valibotAction, jsonSchema }: OverrideActionContext): JsonSchema | null {
  const message: unknown = Reflect.get(valibotAction, 'message');
  if (typeof message !== 'string') return null;
  if (valibotAction.type === 'check') {
    addRule(jsonSchema, asSentence(message));
    return jsonSchema;
  }
  if (valibotAction.type === 'partial_check') {
    const target = ruleTarget(Reflect.get(valibotAction, 'paths'), message);
    const property = target === undefined ? undefined : jsonSchema.properties?.[target];
    if (typeof property === 'object') addRule(property, asSentence(message));
    else addRule(jsonSchema, asSentence(message));
    return jsonSchema;
  }
  return null;
}

/** Folds the scratch keywords into descriptions and tidies what the converter leaves. */
function finish(node: JsonObject): void {
  for (const [key, value] of Object.entries(node)) {
    if (VALUE_KEYWORDS.has(key)) continue;
    if (isJsonObject(value)) finish(value);
    else if (Array.isArray(value)) value.filter(isJsonObject).forEach(finish);
  }

  const rules = node[RULES];
  const unit = getString(node, UNIT);
  const parts = [
    getString(node, 'description'),
    ...(Array.isArray(rules) ? rules.filter((r) => typeof r === 'string') : []),
    unit === undefined ? undefined : `Unit: ${unit}.`,
  ].filter((p) => p !== undefined);
  if (parts.length > 0) node['description'] = parts.join(' ');
  delete node[RULES];
  delete node[UNIT];

  // A nullable field becomes anyOf [the field, null]; editors show the outer description.
  const branches = getObjects(node, 'anyOf');
  const inner = branches.find((b) => b['type'] !== 'null');
  const innerDescription = inner && getString(inner, 'description');
  if (
    inner &&
    innerDescription !== undefined &&
    branches.length === 2 &&
    !('description' in node)
  ) {
    node['description'] = innerDescription;
    delete inner['description'];
  }

  const required = node['required'];
  if (Array.isArray(required) && required.length === 0) delete node['required'];
}

/**
 * The schema of the field at a dotted path, through properties and nullable wrappers; a name
 * ending in `[]` stands for the items of that list (scenarioDescriptions.ts's itemKey).
 */
function fieldAt(root: JsonObject, path: string): JsonObject | undefined {
  let node: JsonObject | undefined = root;
  for (const part of path.split('.')) {
    if (!node) return undefined;
    const items = part.endsWith('[]');
    const key = items ? part.slice(0, -2) : part;
    const objectNode: JsonObject | undefined =
      getObject(node, 'properties') !== undefined
        ? node
        : getObjects(node, 'anyOf').find((b) => getObject(b, 'properties') !== undefined);
    node = objectNode && getObject(getObject(objectNode, 'properties') ?? {}, key);
    if (items) node = node && getObject(node, 'items');
  }
  return node;
}

/** Sections and kinds have no description in scenarioDescriptions.ts; they get ours. */
function addNotes(root: JsonObject): void {
  for (const [path, note] of Object.entries(SECTION_NOTES)) {
    const field = fieldAt(root, path);
    if (!field) throw new Error(`scenarioNotes: no field ${path} in the scenario schema`);
    if (!('description' in field)) field['description'] = note;
  }
  for (const [path, notes] of Object.entries(KIND_NOTES)) {
    const branches = getObjects(fieldAt(root, path) ?? {}, 'oneOf');
    for (const [kind, note] of Object.entries(notes)) {
      const branch = branches.find((b) => kindOf(b) === kind);
      if (!branch)
        throw new Error(`scenarioNotes: no kind ${kind} at ${path} in the scenario schema`);
      if (!('description' in branch)) branch['description'] = note;
    }
  }
}

/** The value of the `kind` discriminator of one variant. */
export function kindOf(branch: JsonObject): string | undefined {
  const kind = getObject(getObject(branch, 'properties') ?? {}, 'kind');
  const value = kind?.['const'];
  return typeof value === 'string' ? value : undefined;
}

export function buildScenarioJsonSchema(): JsonObject {
  const described = describeScenarioSchema(SCENARIO_DESCRIPTIONS);
  if (described.unused.length > 0) {
    const names = described.unused.join(', ');
    throw new Error(`scenarioDescriptions: no field ${names} in the scenario schema`);
  }
  const converted = toJson(
    toJsonSchema(described.schema, {
      target: 'draft-07',
      // Anything new that cannot be converted should fail loudly here, not vanish from the docs.
      errorMode: 'throw',
      overrideSchema,
      overrideAction,
    }),
  );
  if (!isJsonObject(converted)) throw new Error('to-json-schema did not return an object');
  finish(converted);
  addNotes(converted);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Backpressure Playground scenario',
    description: `A scenario for the Backpressure Playground, format version ${SCENARIO_VERSION}. A field left out takes its default.`,
    ...converted,
  };
}
