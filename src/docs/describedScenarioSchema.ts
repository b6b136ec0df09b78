/**
 * The scenario schema with each field's description attached again as valibot metadata, at the spot
 * where scenario.ts carried it before the descriptions moved to src/sim/scenarioDescriptions.ts
 * (that file says why). The JSON Schema converter then writes exactly what it wrote before.
 *
 * On the way it lists every part of a scenario that can carry a text (fields, the kinds of a
 * choice, the items of a list) and every description that names none of them, so a test and the
 * generator can tell when the schema and the descriptions have drifted apart.
 */
import * as v from 'valibot';
import { ScenarioSchema } from '../sim/scenario.ts';
import { fieldKey, itemKey, kindKey } from '../sim/scenarioDescriptions.ts';

type Schema = v.GenericSchema;
type PipeItem = v.PipeItem<unknown, unknown, v.BaseIssue<unknown>>;

/** What this walk reads of a schema. valibot types each kind of schema apart; the walk meets them all. */
interface SchemaView {
  type: string;
  message?: unknown;
  default?: unknown;
  /** optional, nullable */
  wrapped?: Schema;
  /** objects */
  entries?: Record<string, Schema>;
  /** a variant's discriminator */
  key?: string;
  /** variants */
  options?: Schema[];
  /** arrays */
  item?: Schema;
  /** literals */
  literal?: unknown;
  pipe?: readonly [Schema, ...PipeItem[]];
}

const view = (schema: Schema): SchemaView => schema as unknown as SchemaView;

/** valibot's constructors, typed loosely: the walk rebuilds schemas it only knows at run time. */
const make = {
  optional: v.optional as unknown as (wrapped: Schema, fallback: unknown) => Schema,
  nullable: v.nullable as unknown as (wrapped: Schema, fallback: unknown) => Schema,
  strictObject: v.strictObject as unknown as (
    entries: Record<string, Schema>,
    message: unknown,
  ) => Schema,
  variant: v.variant as unknown as (key: string, options: Schema[], message: unknown) => Schema,
  array: v.array as unknown as (item: Schema, message: unknown) => Schema,
  pipe: v.pipe as unknown as (root: Schema, ...items: PipeItem[]) => Schema,
};

export interface DescribedScenarioSchema {
  /** For the JSON Schema only: parseScenario keeps using the schema without descriptions. */
  schema: Schema;
  /** The key of every field, kind and list item, in the schema's order; not the `kind` fields. */
  parts: string[];
  /** Keys of `descriptions` that name no part. */
  unused: string[];
}

export function describeScenarioSchema(
  descriptions: Readonly<Record<string, string>>,
): DescribedScenarioSchema {
  const parts: string[] = [];

  /** The part at `key`, with its own description (if it has one) after everything else. */
  function described(schema: Schema, key: string, discriminator?: string): Schema {
    parts.push(key);
    const inner = withDescribedParts(schema, key, discriminator);
    return Object.hasOwn(descriptions, key)
      ? make.pipe(inner, v.description(descriptions[key] ?? ''))
      : inner;
  }

  /** A field: its description goes on the value inside optional and nullable, as in scenario.ts. */
  function field(schema: Schema, key: string): Schema {
    const { type, wrapped, default: fallback } = view(schema);
    if (type === 'optional' && wrapped) return make.optional(field(wrapped, key), fallback);
    if (type === 'nullable' && wrapped) return make.nullable(field(wrapped, key), fallback);
    return described(schema, key);
  }

  /** One kind of a choice, keyed by the value of its discriminator. */
  function option(schema: Schema, key: string, discriminator: string): Schema {
    const kind = view(schema).entries?.[discriminator];
    const literal = kind && view(kind).literal;
    return described(schema, kindKey(key, String(literal)), discriminator);
  }

  /** The schema with the parts inside it described; the same object when it has none. */
  function withDescribedParts(schema: Schema, key: string, discriminator?: string): Schema {
    const s = view(schema);
    if (s.pipe) {
      const [root, ...actions] = s.pipe;
      const rebuilt = withDescribedParts(root, key, discriminator);
      return rebuilt === root ? schema : make.pipe(rebuilt, ...actions);
    }
    if (s.type === 'strict_object' && s.entries) {
      const entries = Object.fromEntries(
        Object.entries(s.entries).map(([name, entry]) => [
          name,
          name === discriminator ? entry : field(entry, fieldKey(key, name)),
        ]),
      );
      return make.strictObject(entries, s.message);
    }
    if (s.type === 'variant' && s.key !== undefined && s.options) {
      const by = s.key;
      return make.variant(
        by,
        s.options.map((o) => option(o, key, by)),
        s.message,
      );
    }
    if (s.type === 'array' && s.item) return make.array(described(s.item, itemKey(key)), s.message);
    return schema;
  }

  const schema = withDescribedParts(ScenarioSchema, '');
  const known = new Set(parts);
  const unused = Object.keys(descriptions).filter((key) => !known.has(key));
  return { schema, parts, unused };
}
