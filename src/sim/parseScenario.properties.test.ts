/**
 * parseScenario on input that is deep, odd or nearly right: it answers with a scenario or with
 * problems in words, and never throws. Inputs are built as JSON text and read with JSON.parse, as
 * files and links are (so "__proto__" is an ordinary key, as it is there).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import { arbitraryScenario } from './testing/arbitraryScenario.ts';

/** Every field name the schema knows, and a few that objects know by themselves. */
const KEYS = [
  ...['version', 'name', 'seed', 'durationSec', 'workload', 'queue', 'feedback', 'retry'],
  ...['rateLimit', 'consumers', 'metrics', 'pattern', 'kind', 'ratePerSec', 'spacing'],
  ...['priorityWeights', 'keyCount', 'sizeBytes', 'min', 'max', 'capacity', 'whenFull'],
  ...['memoryBudgetBytes', 'restartDelayMs', 'maxAgeMs', 'conflateByKey', 'window', 'delayMs'],
  ...['maxAttempts', 'service', 'meanMs', 'autoscale', 'count', 'ordering', 'sampleIntervalMs'],
  ...['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '', 'ünïcødé 🚀'],
];

/** Values at the edges of what JSON can say. */
const oddValue = fc.oneof(
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 2 ** 53 + 2, -1, 0.1 + 0.2, 4_294_967_296),
  fc.constantFrom(null, true, false, '', '0', 'NaN', 'Infinity', '__proto__', 'steady'),
  fc.constantFrom([], [[]], {}, { kind: null }, [1, 2, 3, 4, 5, 6], 'x'.repeat(10_000)),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Objects whose keys are real field names, nested at random, with odd values at the leaves. */
const { node: scenarioShaped } = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    oddValue,
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 6 }),
    fc.array(tie('node'), { maxLength: 4 }),
  ),
}));

/** One chain of real field names (or lists) nested up to 1000 deep, ending in an odd value. */
const deepChain = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...KEYS), fc.constant(null)), {
      minLength: 1,
      maxLength: 1000,
    }),
    oddValue,
  )
  .map(([path, leaf]) =>
    path.reduceRight<unknown>((inner, key) => (key === null ? [inner] : { [key]: inner }), leaf),
  );

/** A valid scenario with one value, anywhere in it, swapped for an odd one. */
const nearlyValid = fc.tuple(arbitraryScenario, fc.nat(), oddValue).map(([scenario, pick, odd]) => {
  const copy = JSON.parse(JSON.stringify(scenario)) as Record<string, unknown>;
  const slots: [Record<string, unknown>, string][] = [];
  const walk = (o: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(o)) {
      slots.push([o, k]);
      if (v !== null && typeof v === 'object' && !Array.isArray(v))
        walk(v as Record<string, unknown>);
    }
  };
  walk(copy);
  const [owner, key] = slots[pick % slots.length] as [Record<string, unknown>, string];
  owner[key] = odd;
  return copy;
});

/** Parses the value as it arrives from a file or link, and checks the answer's shape. */
function answersPlainly(value: unknown): void {
  const input: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
  const result = parseScenario(input);
  if (result.ok) {
    // What it accepts, the engine can run.
    createSimulation(result.value, { eventCapacity: 0 }).run(5);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.path).toBe('string');
    expect(typeof p.message).toBe('string');
    expect(p.message).not.toBe('');
    expect(p.message).not.toMatch(/undefined|\[object /);
  }
}

describe('parseScenario on deep, odd and nearly valid input', () => {
  it('answers objects made of real field names at any depth, and never throws', () => {
    fc.assert(fc.property(scenarioShaped, answersPlainly), { numRuns: 400 });
  });

  it('answers a chain of fields and lists up to 1000 deep, and never throws', () => {
    fc.assert(fc.property(deepChain, answersPlainly), { numRuns: 150 });
  });

  it('answers a valid scenario with one odd value anywhere, and never throws', () => {
    fc.assert(fc.property(nearlyValid, answersPlainly), { numRuns: 400 });
  });
});
