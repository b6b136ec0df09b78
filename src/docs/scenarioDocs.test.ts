import { describe, expect, it } from 'vitest';
// Read through Vite rather than node:fs: this folder is type-checked with the app, without Node types.
import committedSchema from '../../public/scenario.schema.json?raw';
import committedDocs from '../../docs/scenario.md?raw';
import { parseScenario } from '../sim/parseScenario.ts';
import { getObject, getObjects, getString, isJsonObject, type JsonObject } from './json.ts';
import { DOCS_FILE, SCHEMA_FILE, generateScenarioFiles } from './scenarioFiles.ts';
import { buildScenarioJsonSchema, kindOf } from './scenarioJsonSchema.ts';

const schema = buildScenarioJsonSchema();

/** Every field schema in the tree, with its dotted path and whether its object requires it. */
function* fields(
  node: JsonObject,
  path = '',
): Generator<{ path: string; node: JsonObject; required: boolean }> {
  const objects = [node, ...getObjects(node, 'anyOf'), ...getObjects(node, 'oneOf')];
  for (const object of objects) {
    const properties = getObject(object, 'properties') ?? {};
    const required = object['required'];
    for (const [key, child] of Object.entries(properties)) {
      if (!isJsonObject(child)) continue;
      const childPath = path ? `${path}.${key}` : key;
      yield {
        path: childPath,
        node: child,
        required: Array.isArray(required) && required.includes(key),
      };
      yield* fields(child, childPath);
    }
  }
}

describe('committed generated files', () => {
  const generated = generateScenarioFiles();

  it(`${SCHEMA_FILE} is up to date`, () => {
    expect(committedSchema, 'run npm run schema').toBe(generated[SCHEMA_FILE]);
  });

  it(`${DOCS_FILE} is up to date`, () => {
    expect(committedDocs, 'run npm run schema').toBe(generated[DOCS_FILE]);
  });
});

describe('the JSON Schema', () => {
  it('names its draft and has a title', () => {
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(getString(schema, 'title')).toBeTruthy();
  });

  it('requires nothing but kinds and both ends of a size range', () => {
    const required = [...fields(schema)].filter((f) => f.required).map((f) => f.path);
    expect(new Set(required)).toEqual(
      new Set([
        'workload.pattern.kind',
        'workload.sizeBytes.min',
        'workload.sizeBytes.max',
        'feedback.kind',
        'retry.kind',
        'consumers.service.kind',
        'queue.discipline.kind',
      ]),
    );
  });

  it('describes every field except the kind discriminators', () => {
    for (const f of fields(schema)) {
      if (f.path.endsWith('.kind')) continue;
      expect(getString(f.node, 'description'), f.path).toBeTruthy();
    }
  });

  it('has the same defaults as parseScenario', () => {
    const parsed = parseScenario({});
    if (!parsed.ok) throw new Error('defaults do not parse');
    const properties = getObject(schema, 'properties') ?? {};
    for (const [key, node] of Object.entries(properties)) {
      if (!isJsonObject(node)) continue;
      // A section's default is {} or a bare kind; parsing that default gives the full section.
      const fromSchema = parseScenario({ [key]: node['default'] });
      expect(fromSchema.ok && fromSchema.value[key as keyof typeof parsed.value], key).toEqual(
        parsed.value[key as keyof typeof parsed.value],
      );
    }
    const queue = getObject(
      getObject(properties['queue'] as JsonObject, 'properties') ?? {},
      'capacity',
    );
    expect(queue?.['default']).toBe(parsed.value.queue.capacity);
  });

  it('keeps units and cross-field rules as sentences', () => {
    const byPath = new Map([...fields(schema)].map((f) => [f.path, f.node]));
    expect(getString(byPath.get('queue.restartDelayMs') ?? {}, 'description')).toMatch(
      /Unit: ms\.$/,
    );
    expect(getString(byPath.get('queue.capacity') ?? {}, 'description')).toMatch(
      /Unit: messages\.$/,
    );
    expect(getString(byPath.get('feedback.lowWatermark') ?? {}, 'description')).toMatch(
      /Must be below highWatermark\./,
    );
    expect(
      getString(byPath.get('consumers.autoscale.scaleDownDepth') ?? {}, 'description'),
    ).toMatch(/Must be below scaleUpDepth\./);
    expect(getString(byPath.get('workload.priorityWeights') ?? {}, 'description')).toMatch(
      /Must have at least one weight above 0\./,
    );
  });

  it('uses only standard keywords', () => {
    expect(JSON.stringify(schema)).not.toMatch(/"x-/);
  });

  it('describes every kind', () => {
    for (const f of fields(schema)) {
      for (const branch of getObjects(f.node, 'oneOf')) {
        expect(kindOf(branch), f.path).toBeTruthy();
        expect(getString(branch, 'description'), `${f.path}: ${kindOf(branch) ?? ''}`).toBeTruthy();
      }
    }
  });
});

describe('docs/scenario.md', () => {
  const docs = generateScenarioFiles()[DOCS_FILE];

  it('has a table for each section and kind', () => {
    for (const heading of [
      '## Top level',
      '## workload',
      '#### workload.pattern: bursty',
      '## queue',
      '### feedback: watermark',
      '### retry: exponential',
      '## rateLimit',
      '## consumers',
      '#### consumers.service: lognormal',
      '### consumers.autoscale',
      '## metrics',
    ])
      expect(docs).toContain(`\n${heading}\n`);
    expect(docs).toContain('| field | meaning | unit | default | range |');
  });

  it('lists a field with its meaning, unit, default and range', () => {
    expect(docs).toContain(
      '| `queue.capacity` | How many messages may wait, not counting those being processed; null for no limit. The machine holds at most 200,000 waiting messages: one more, and the consumer process runs out of memory. | messages | `50` | whole number, 0 to 1,000,000, or `null` |',
    );
    expect(docs).toContain(
      '| `retry.jitter` | Full jitter: wait a random time between 0 and the backoff, so retries do not arrive together. |  | `true` | `true` or `false` |',
    );
  });

  it('mentions every field', () => {
    for (const f of fields(schema)) {
      if (f.path.endsWith('.kind')) continue;
      expect(docs, f.path).toContain(`| \`${f.path}\` |`);
    }
  });
});
