import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SCENARIO_DESCRIPTIONS } from '../sim/scenarioDescriptions.ts';
import { ScenarioSchema } from '../sim/scenario.ts';
import { describeScenarioSchema } from './describedScenarioSchema.ts';
import { KIND_NOTES, SECTION_NOTES } from './scenarioNotes.ts';

/** The note scenarioNotes.ts gives the part at `key`: a section's, or a kind's ('retry:fixed'). */
function noteFor(key: string): string | undefined {
  if (Object.hasOwn(SECTION_NOTES, key)) return SECTION_NOTES[key];
  const at = key.lastIndexOf(':');
  const kinds = at < 0 ? undefined : KIND_NOTES[key.slice(0, at)];
  return kinds?.[key.slice(at + 1)];
}

/**
 * What is wrong between the schema and a set of descriptions: parts with no text or with two (a
 * description and a note), and descriptions of parts the schema does not have.
 */
function drift(descriptions: Readonly<Record<string, string>>) {
  const { parts, unused } = describeScenarioSchema(descriptions);
  const texts = (key: string) => [descriptions[key], noteFor(key)].filter((t) => t !== undefined);
  return {
    untold: parts.filter((key) => texts(key).length === 0),
    toldTwice: parts.filter((key) => texts(key).length > 1),
    unused,
  };
}

describe('the scenario schema and its descriptions', () => {
  it('give every field, kind and list item exactly one text, and no text to a missing field', () => {
    expect(drift(SCENARIO_DESCRIPTIONS)).toEqual({ untold: [], toldTwice: [], unused: [] });
  });

  it('find a field left without a description, and one described that does not exist', () => {
    const misspelt = Object.fromEntries(
      Object.entries(SCENARIO_DESCRIPTIONS).map(([key, text]) =>
        key === 'queue.capacity' ? ['queue.capasity', text] : [key, text],
      ),
    );
    const found = drift(misspelt);
    expect(found.untold).toContain('queue.capacity');
    expect(found.unused).toContain('queue.capasity');
  });

  it('tell the kinds of a choice apart: a field of one kind is not a field of another', () => {
    const { unused } = describeScenarioSchema({
      'feedback:credit.window': 'x',
      'feedback:watermark.window': 'x',
      'feedback.window': 'x',
    });
    expect(unused).toEqual(['feedback:watermark.window', 'feedback.window']);
  });

  it('list the kinds of each choice and the items of a list as parts, but not the kind fields', () => {
    const { parts } = describeScenarioSchema({});
    expect(parts).toEqual(
      expect.arrayContaining([
        'version',
        'workload.pattern',
        'workload.pattern:bursty',
        'workload.priorityWeights[]',
        'consumers.service:uniform.maxMs',
        'consumers.autoscale.coldStartMs',
      ]),
    );
    expect(parts.filter((key) => key.endsWith('.kind'))).toEqual([]);
  });
});

describe('the described schema', () => {
  const { schema } = describeScenarioSchema(SCENARIO_DESCRIPTIONS);

  it('parses every input as the schema without descriptions does', () => {
    const inputs = [
      {},
      { feedback: { kind: 'watermark', lowWatermark: 40 } },
      { workload: { pattern: { kind: 'ramp', risePerSec: -1 }, priorityWeights: [0, 0] } },
      { consumers: { service: { kind: 'uniform', minMs: 9, maxMs: 3 }, autoscale: {} } },
      { queue: { capacity: null, whenFull: 'drop-all', nope: 1 }, retry: { kind: 'fixed' } },
    ];
    for (const input of inputs) {
      const plain = v.safeParse(ScenarioSchema, input);
      const withText = v.safeParse(schema, input);
      expect(withText.output, JSON.stringify(input)).toEqual(plain.output);
      expect(withText.issues?.map((i) => i.message)).toEqual(plain.issues?.map((i) => i.message));
    }
  });
});
