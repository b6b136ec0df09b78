/**
 * The JSON Schema of an exercise pack file (public/exercises.schema.json), built from the valibot
 * schema the playground validates with, so editors complete and check pack files as they are
 * written. The starting scenario points at the scenario's own schema, embedded under
 * `$defs.scenario`, so the file stands alone.
 *
 * What JSON Schema cannot express (a window's end after its start, no window on a peak metric, and
 * everything parsePack checks across fields) is kept as a sentence in the field's description.
 * Only the command line and the tests import this module: it pulls in @valibot/to-json-schema,
 * which the page does not need.
 */
import {
  toJsonSchema,
  type JsonSchema,
  type OverrideActionContext,
  type OverrideSchemaContext,
} from '@valibot/to-json-schema';
import {
  getObject,
  getObjects,
  getString,
  isJsonObject,
  toJson,
  type JsonObject,
} from '../docs/json.ts';
import { asSentence } from '../text/sentence.ts';
import { METRICS, type MetricId } from './metrics.ts';
import { buildScenarioJsonSchema } from '../docs/scenarioJsonSchema.ts';
import {
  PACK_FORMAT,
  PACK_VERSION,
  PackSchema,
  SolutionSchema,
  StartSchema,
  WindowSchema,
  WrongSettingsSchema,
} from './packSchema.ts';

export const PACK_SCHEMA_FILE = 'public/exercises.schema.json';

/** A scratch keyword carrying rules from the converter hooks to the clean-up pass. */
const RULES = 'x-rules';
const VALUE_KEYWORDS = new Set(['default', 'const', 'enum', 'examples']);

function overrideSchema({ valibotSchema }: OverrideSchemaContext): JsonSchema | undefined {
  // A piped schema reaches this hook as the schema at the head of its pipe.
  if (valibotSchema === StartSchema.pipe[0]) return { $ref: '#/$defs/scenario' };
  if (valibotSchema === SolutionSchema.pipe[0]) return { type: 'object' };
  if (valibotSchema === WrongSettingsSchema.pipe[0]) return { type: 'object' };
  return undefined;
}

/**
 * The field a cross-field rule belongs to: packSchema.ts forwards each rule to the field a person
 * should change, and its message names the other ones ("must be after fromSec").
 */
function ruleTarget(paths: unknown, message: string): string | undefined {
  if (!Array.isArray(paths)) return undefined;
  const keys = paths.map((p: unknown) => (Array.isArray(p) ? p.join('.') : ''));
  const unnamed = keys.filter((k) => k !== '' && !new RegExp(`\\b${k}\\b`).test(message));
  return unnamed.length === 1 ? unnamed[0] : undefined;
}

function overrideAction({ valibotAction, jsonSchema }: OverrideActionContext) {
  if (valibotAction.type !== 'check' && valibotAction.type !== 'partial_check') return null;
  const message: unknown = Reflect.get(valibotAction, 'message');
  if (typeof message !== 'string') return null;
  const target = ruleTarget(Reflect.get(valibotAction, 'paths'), message);
  const property = target === undefined ? undefined : jsonSchema.properties?.[target];
  const holder = typeof property === 'object' ? property : jsonSchema;
  const previous: unknown = Reflect.get(holder, RULES);
  Reflect.set(holder, RULES, [...(Array.isArray(previous) ? previous : []), asSentence(message)]);
  return jsonSchema;
}

/** Folds the scratch rules into descriptions, depth first. */
function finish(node: JsonObject): void {
  for (const [key, value] of Object.entries(node)) {
    if (VALUE_KEYWORDS.has(key)) continue;
    if (isJsonObject(value)) finish(value);
    else if (Array.isArray(value)) value.filter(isJsonObject).forEach(finish);
  }
  const rules = node[RULES];
  if (Array.isArray(rules)) {
    const description = getString(node, 'description');
    const texts = rules.filter((r) => typeof r === 'string');
    node['description'] = [description, ...texts].filter((t) => t !== undefined).join(' ');
  }
  delete node[RULES];
  const required = node['required'];
  if (Array.isArray(required) && required.length === 0) delete node['required'];
}

/** The scenario's schema as a definition: the same file, without its own header. */
function scenarioDefinition(): JsonObject {
  const scenario = buildScenarioJsonSchema();
  delete scenario['$schema'];
  return scenario;
}

/**
 * The goals on metrics that cannot be measured in a window get no `window` field at all, so an
 * editor flags one; the valibot schema refuses it with a sentence saying why.
 */
function dropWindowsOfPeakMetrics(root: JsonObject): void {
  const exercise = getObject(
    getObject(getObject(root, 'properties') ?? {}, 'exercises') ?? {},
    'items',
  );
  const goals = getObject(
    getObject(getObject(exercise ?? {}, 'properties') ?? {}, 'goals') ?? {},
    'items',
  );
  for (const variant of getObjects(goals ?? {}, 'oneOf')) {
    const properties = getObject(variant, 'properties');
    const metric = getObject(properties ?? {}, 'metric')?.['const'];
    if (
      properties &&
      typeof metric === 'string' &&
      metric in METRICS &&
      !METRICS[metric as MetricId].windowed
    )
      delete properties['window'];
  }
}

export function buildPackJsonSchema(): JsonObject {
  const converted = toJson(
    toJsonSchema(PackSchema, {
      target: 'draft-07',
      errorMode: 'throw',
      overrideSchema,
      overrideAction,
      definitions: { window: WindowSchema },
    }),
  );
  if (!isJsonObject(converted)) throw new Error('to-json-schema did not return an object');
  finish(converted);
  dropWindowsOfPeakMetrics(converted);
  const defs = isJsonObject(converted['$defs']) ? converted['$defs'] : {};
  delete converted['$defs'];
  delete converted['$schema'];
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Backpressure Playground exercise pack',
    description: `An exercise pack for the Backpressure Playground: "format": "${PACK_FORMAT}", version ${PACK_VERSION}. See docs/workshop.md. The playground checks more than this schema can say: each start and solution is a valid scenario, knobs are fields of the start, windows end within durationSec, ids and seeds are not repeated, and the solution changes only knobs.`,
    ...converted,
    $defs: { ...defs, scenario: scenarioDefinition() },
  };
}

/** The file's text, as `npm run schema` writes it and the drift test expects it. */
export function packSchemaFileText(): string {
  return `${JSON.stringify(buildPackJsonSchema(), null, 2)}\n`;
}
