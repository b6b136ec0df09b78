import { describe, expect, it } from 'vitest';
// Read through Vite rather than node:fs: this folder is type-checked with the app, without Node types.
import committed from '../../public/exercises.schema.json?raw';
import { getObject, getObjects, type JsonObject } from '../docs/json.ts';
import { METRIC_IDS, METRICS } from './metrics.ts';
import { buildPackJsonSchema, PACK_SCHEMA_FILE, packSchemaFileText } from './packJsonSchema.ts';

const schema = buildPackJsonSchema();
const exercise =
  getObject(getObject(getObject(schema, 'properties') ?? {}, 'exercises') ?? {}, 'items') ?? {};
const exerciseFields = getObject(exercise, 'properties') ?? {};
const goalVariants = getObjects(
  getObject(getObject(exerciseFields, 'goals') ?? {}, 'items') ?? {},
  'oneOf',
);

describe('the pack JSON Schema', () => {
  it(`${PACK_SCHEMA_FILE} is up to date`, () => {
    expect(committed, 'run npm run schema').toBe(packSchemaFileText());
  });

  it('requires the fields a pack must have', () => {
    expect(schema['required']).toEqual(['format', 'version', 'id', 'title', 'exercises']);
    expect(exercise['required']).toEqual([
      'id',
      'title',
      'story',
      'start',
      'knobs',
      'goals',
      'durationSec',
      'hints',
      'solution',
      'explanation',
    ]);
  });

  it('points the start at the embedded scenario schema', () => {
    expect(getObject(exerciseFields, 'start')?.['$ref']).toBe('#/$defs/scenario');
    const scenario = getObject(getObject(schema, '$defs') ?? {}, 'scenario') as JsonObject;
    expect(getObject(scenario, 'properties')).toHaveProperty('workload');
  });

  it('has one goal variant per metric, with a window only where one can be measured', () => {
    const metrics = goalVariants.map(
      (g) => getObject(getObject(g, 'properties') ?? {}, 'metric')?.['const'],
    );
    expect(metrics).toEqual(METRIC_IDS);
    for (const variant of goalVariants) {
      const properties = getObject(variant, 'properties') ?? {};
      const id = getObject(properties, 'metric')?.['const'] as (typeof METRIC_IDS)[number];
      expect('window' in properties, id).toBe(METRICS[id].windowed);
      expect('reason' in properties, id).toBe(METRICS[id].takesReason);
    }
  });

  it('states in words the rules it cannot express', () => {
    const window = getObject(getObject(schema, '$defs') ?? {}, 'window') ?? {};
    expect(getObject(getObject(window, 'properties') ?? {}, 'toSec')?.['description']).toMatch(
      /Must be after fromSec/,
    );
  });
});
