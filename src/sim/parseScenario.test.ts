import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatProblems, parseScenario, type ScenarioProblem } from './parseScenario.ts';
import type { ScenarioInput } from './scenario.ts';

function problemsOf(input: unknown): ScenarioProblem[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error(`expected problems, got a valid scenario for ${String(input)}`);
  return result.problems;
}

/** A scenario that sets every field, most of them away from their defaults. */
const FULL: ScenarioInput = {
  version: 1,
  name: 'Everything set',
  seed: 42,
  durationSec: 12.5,
  workload: {
    pattern: { kind: 'step', baseRatePerSec: 10, stepRatePerSec: 90, atMs: 2000, durationMs: null },
    spacing: 'even',
    priorityWeights: [1, 2.5, 0],
    keyCount: 3,
    sizeBytes: { min: 100, max: 200 },
  },
  queue: {
    capacity: 0,
    whenFull: 'drop-lowest-priority',
    memoryBudgetBytes: 1_000_000,
    restartDelayMs: 0,
    maxAgeMs: 1500,
    conflateByKey: true,
  },
  feedback: {
    kind: 'watermark',
    highWatermark: 8,
    lowWatermark: 0,
    delayMs: 0,
    intervalMs: 1,
    decreaseFactor: 0.5,
    increasePerSec: 3,
    minRatePerSec: 0,
  },
  retry: {
    kind: 'exponential',
    baseDelayMs: 10,
    multiplier: 1.5,
    maxDelayMs: 100,
    jitter: false,
    maxAttempts: 1,
  },
  rateLimit: { ratePerSec: 0.5, burst: 1 },
  consumers: {
    count: 4,
    service: { kind: 'lognormal', meanMs: 0.001, sigma: 3 },
    ordering: 'per-key',
    autoscale: {
      min: 2,
      max: 100,
      scaleUpDepth: 1,
      scaleDownDepth: 0,
      intervalMs: 1,
      cooldownMs: 0,
      coldStartMs: 86_400_000,
    },
  },
  metrics: { sampleIntervalMs: 1, seriesLength: 10, deadlineMs: 250 },
};

describe('parseScenario: defaults', () => {
  it('turns {} into a complete scenario', () => {
    const result = parseScenario({});
    expect(result).toEqual({
      ok: true,
      value: {
        version: 1,
        name: 'Untitled scenario',
        seed: 1,
        durationSec: 60,
        workload: {
          pattern: { kind: 'steady', ratePerSec: 100 },
          spacing: 'poisson',
          priorityWeights: [1],
          keyCount: 8,
          sizeBytes: { min: 1024, max: 1024 },
        },
        queue: {
          capacity: 50,
          whenFull: 'reject',
          memoryBudgetBytes: null,
          restartDelayMs: 3000,
          maxAgeMs: null,
          conflateByKey: false,
          discipline: { kind: 'fifo' },
        },
        feedback: { kind: 'none' },
        retry: { kind: 'none' },
        rateLimit: null,
        consumers: {
          count: 1,
          service: { kind: 'exponential', meanMs: 20 },
          ordering: 'none',
          autoscale: null,
          skipAbandoned: false,
          refusalCostMs: 0,
          slowUnderLoad: null,
        },
        metrics: { sampleIntervalMs: 100, seriesLength: 600, deadlineMs: null },
        requester: {
          timeoutMs: null,
          retryBudget: null,
          circuitBreaker: null,
          propagateDeadline: false,
        },
        triggers: [],
      },
    });
  });

  it('fills the defaults of a chosen kind', () => {
    const result = parseScenario({ feedback: { kind: 'credit' }, retry: { kind: 'fixed' } });
    expect(result.ok && result.value.feedback).toEqual({ kind: 'credit', window: 20, delayMs: 50 });
    expect(result.ok && result.value.retry).toEqual({
      kind: 'fixed',
      delayMs: 100,
      maxAttempts: 5,
    });
  });

  it('keeps null where null means "no limit"', () => {
    const result = parseScenario({ queue: { capacity: null } });
    expect(result.ok && result.value.queue.capacity).toBeNull();
  });

  it('does not change its input', () => {
    const input = { queue: { capacity: 3 } };
    parseScenario(input);
    expect(input).toEqual({ queue: { capacity: 3 } });
  });
});

describe('parseScenario: problems name the field and say what is wrong', () => {
  it('rejects a negative capacity', () => {
    expect(problemsOf({ queue: { capacity: -3 } })).toEqual([
      {
        path: 'queue.capacity',
        message: 'must be a whole number from 0 to 1000000 (messages), or null (got -3)',
      },
    ]);
  });

  it('rejects a field it does not know, at any depth', () => {
    expect(problemsOf({ queue: { cap: 1 } })).toEqual([
      { path: 'queue.cap', message: 'is not a field we know' },
    ]);
    expect(problemsOf({ speed: 1 })).toEqual([
      { path: 'speed', message: 'is not a field we know' },
    ]);
  });

  it('rejects an unknown kind and lists the known ones', () => {
    expect(problemsOf({ feedback: { kind: 'magic' } })).toEqual([
      {
        path: 'feedback.kind',
        message: 'must be one of: none, watermark, credit (got "magic")',
      },
    ]);
    expect(problemsOf({ consumers: { service: {} } })).toEqual([
      {
        path: 'consumers.service.kind',
        message: 'is missing: one of constant, exponential, uniform, lognormal',
      },
    ]);
  });

  it('rejects a field that belongs to another kind', () => {
    expect(problemsOf({ feedback: { kind: 'credit', highWatermark: 3 } })).toEqual([
      { path: 'feedback.highWatermark', message: 'is not a field we know' },
    ]);
  });

  it('puts a cross-field problem on the field to change, with its value', () => {
    expect(
      problemsOf({ feedback: { kind: 'watermark', lowWatermark: 30, highWatermark: 30 } }),
    ).toEqual([{ path: 'feedback.lowWatermark', message: 'must be below highWatermark (got 30)' }]);
    expect(
      problemsOf({ consumers: { service: { kind: 'uniform', minMs: 50, maxMs: 10 } } }),
    ).toEqual([
      {
        path: 'consumers.service.maxMs',
        message: 'must not be below the shortest processing time (minMs) (got 10)',
      },
    ]);
    expect(problemsOf({ workload: { sizeBytes: { min: 500, max: 100 } } })).toEqual([
      { path: 'workload.sizeBytes.max', message: 'must not be below min (got 100)' },
    ]);
    expect(problemsOf({ consumers: { autoscale: { min: 5, max: 2 } } })).toEqual([
      { path: 'consumers.autoscale.max', message: 'must not be below min (got 2)' },
    ]);
  });

  it('checks the defaults against a cross-field rule too', () => {
    // lowWatermark defaults to 10, so a high watermark of 5 is a problem on lowWatermark.
    expect(problemsOf({ feedback: { kind: 'watermark', highWatermark: 5 } })).toEqual([
      { path: 'feedback.lowWatermark', message: 'must be below highWatermark (got 10)' },
    ]);
  });

  it.each([
    ['NaN', NaN, 'NaN'],
    ['Infinity', Infinity, 'Infinity'],
    ['-Infinity', -Infinity, '-Infinity'],
    ['a string', '5', '"5"'],
    ['a boolean', true, 'true'],
    ['null', null, 'null'],
  ])('rejects %s where a number belongs', (_label, value, shown) => {
    expect(problemsOf({ durationSec: value })).toEqual([
      { path: 'durationSec', message: `must be a number from 0.001 to 86400 (s) (got ${shown})` },
    ]);
  });

  it('rejects a fraction where a whole number belongs', () => {
    expect(problemsOf({ workload: { keyCount: 2.5 } })).toEqual([
      { path: 'workload.keyCount', message: 'must be a whole number from 1 to 10000 (got 2.5)' },
    ]);
  });

  it('reports every problem, not just the first', () => {
    const problems = problemsOf({ seed: -1, queue: { capacity: 'lots' }, metrics: { nope: 1 } });
    expect(problems.map((p) => p.path).sort()).toEqual(['metrics.nope', 'queue.capacity', 'seed']);
  });

  it('indexes into lists', () => {
    expect(problemsOf({ workload: { priorityWeights: [1, -2] } })).toEqual([
      {
        path: 'workload.priorityWeights.1',
        message: 'must be a number from 0 to 1000 (got -2)',
      },
    ]);
  });

  it('rejects a newer or older version', () => {
    expect(problemsOf({ version: 2 })).toEqual([{ path: 'version', message: 'must be 1 (got 2)' }]);
  });

  // JSON.parse makes "__proto__" an ordinary own key; it must neither pass nor reach a prototype.
  it('rejects "__proto__" from JSON.parse as an unknown field', () => {
    expect(problemsOf(JSON.parse('{"__proto__": {"seed": 3}}'))).toEqual([
      { path: '__proto__', message: 'is not a field we know' },
    ]);
    expect(problemsOf(JSON.parse('{"queue": {"__proto__": {"capacity": 1}}}'))).toEqual([
      { path: 'queue.__proto__', message: 'is not a field we know' },
    ]);
    expect(({} as Record<string, unknown>)['seed']).toBeUndefined();
  });

  it('formats problems one per line, path first', () => {
    const text = formatProblems(problemsOf({ seed: -1, queue: { cap: 1 } }));
    expect(text.split('\n')).toEqual([
      'seed: must be a whole number from 0 to 4294967295 (got -1)',
      'queue.cap: is not a field we know',
    ]);
  });
});

describe('parseScenario: inputs of the wrong shape', () => {
  it.each([null, 5, 'text', undefined])('says a scenario must be an object (%s)', (input) => {
    for (const p of problemsOf(input)) {
      expect(p.path).toBe('');
      expect(p.message).toMatch(/must be an object/);
    }
  });

  it('says a section must be an object', () => {
    expect(problemsOf({ queue: 5 })).toEqual([
      { path: 'queue', message: expect.stringMatching(/must be an object/) as unknown },
    ]);
  });

  it('does not accept a list as a scenario or a section', () => {
    expect(parseScenario([]).ok).toBe(false);
    expect(parseScenario({ queue: [] }).ok).toBe(false);
  });

  it('reports each field once', () => {
    expect(problemsOf({ queue: { capacity: -3.5 } })).toHaveLength(1);
  });
});

describe('parseScenario: each message names what the field takes', () => {
  // One row per kind of field, with the wrong kinds of value a hand-written file has.
  it.each([
    // whole numbers, numbers, and those that also take null
    [
      { consumers: { count: [1, 2] } },
      'consumers.count',
      'must be a whole number from 1 to 100 (workers) (got a list of 2)',
    ],
    [
      { consumers: { count: {} } },
      'consumers.count',
      'must be a whole number from 1 to 100 (workers) (got an object)',
    ],
    [
      { durationSec: [] },
      'durationSec',
      'must be a number from 0.001 to 86400 (s) (got an empty list)',
    ],
    [
      { queue: { capacity: [] } },
      'queue.capacity',
      'must be a whole number from 0 to 1000000 (messages), or null (got an empty list)',
    ],
    [
      { queue: { maxAgeMs: 'soon' } },
      'queue.maxAgeMs',
      'must be a number from 1 to 86400000 (ms), or null (got "soon")',
    ],
    // true or false
    [
      { queue: { conflateByKey: [true] } },
      'queue.conflateByKey',
      'must be true or false (got a list of 1)',
    ],
    [
      { queue: { conflateByKey: 'yes' } },
      'queue.conflateByKey',
      'must be true or false (got "yes")',
    ],
    [
      { retry: { kind: 'exponential', jitter: 1 } },
      'retry.jitter',
      'must be true or false (got 1)',
    ],
    // text, a choice, the version
    [{ name: ['a'] }, 'name', 'must be text (got a list of 1)'],
    [
      { workload: { spacing: [] } },
      'workload.spacing',
      'must be one of: poisson, even (got an empty list)',
    ],
    [{ version: [1] }, 'version', 'must be 1 (got a list of 1)'],
    // sections, and sections that take null
    [{ queue: [] }, 'queue', 'must be an object (got an empty list)'],
    [
      { workload: { sizeBytes: [1, 2] } },
      'workload.sizeBytes',
      'must be an object (got a list of 2)',
    ],
    [{ rateLimit: [] }, 'rateLimit', 'must be an object, or null (got an empty list)'],
    [{ consumers: { autoscale: 5 } }, 'consumers.autoscale', 'must be an object, or null (got 5)'],
    // kinds
    [
      { workload: { pattern: [] } },
      'workload.pattern',
      'must be an object whose kind is steady, bursty, ramp, step or sine (got an empty list)',
    ],
    [
      { workload: { pattern: {} } },
      'workload.pattern.kind',
      'is missing: one of steady, bursty, ramp, step, sine',
    ],
    [{ retry: { kind: 3 } }, 'retry.kind', 'must be one of: none, fixed, exponential (got 3)'],
    // required fields
    [
      { workload: { sizeBytes: { min: 5 } } },
      'workload.sizeBytes.max',
      'is missing: a whole number from 1 to 100000000 (bytes)',
    ],
    [
      { workload: { sizeBytes: { max: 5 } } },
      'workload.sizeBytes.min',
      'is missing: a whole number from 1 to 100000000 (bytes)',
    ],
    // the one list
    [
      { workload: { priorityWeights: {} } },
      'workload.priorityWeights',
      'must be a list of numbers (got an object)',
    ],
    [
      { workload: { priorityWeights: [[1]] } },
      'workload.priorityWeights.0',
      'must be a number from 0 to 1000 (got a list of 1)',
    ],
  ])('%j', (input, path, message) => {
    expect(problemsOf(input)).toEqual([{ path, message }]);
  });

  it('accepts the one list field as a list, and nests nothing else', () => {
    const result = parseScenario({ workload: { priorityWeights: [3, 1] } });
    expect(result.ok && result.value.workload.priorityWeights).toEqual([3, 1]);
  });

  it('quotes a long text value shortened, with its length', () => {
    expect(problemsOf({ seed: 'x'.repeat(1_000_000) })).toEqual([
      {
        path: 'seed',
        message: `must be a whole number from 0 to 4294967295 (got "${'x'.repeat(40)}…" (1,000,000 characters))`,
      },
    ]);
  });

  it('shortens a long unknown field name in the path, and says how long it is', () => {
    const name = 'k'.repeat(100_000);
    expect(problemsOf({ queue: { [name]: 1 } })).toEqual([
      {
        path: `queue.${'k'.repeat(40)}… (100,000 characters)`,
        message: 'is not a field we know',
      },
    ]);
  });
});

describe('parseScenario: deeply nested values', () => {
  /** `levels` objects or lists inside one another, built without recursion. */
  function nested(levels: number, kind: 'object' | 'list'): unknown {
    let value: unknown = 1;
    for (let i = 0; i < levels; i++) value = kind === 'object' ? { a: value } : [value];
    return value;
  }

  // A link or a stored value arrives as objects, not text, so readJsonText's limit is not there.
  it.each(['object', 'list'] as const)(
    'answers for %s nesting 100,000 deep, without a stack overflow',
    (kind) => {
      for (const where of [
        { queue: nested(100_000, kind) },
        { x: nested(100_000, kind) },
        nested(100_000, kind),
      ]) {
        const result = parseScenario(where);
        expect(result.ok).toBe(false);
      }
      expect(problemsOf({ queue: { capacity: nested(100_000, kind) } })).toEqual([
        {
          path: 'queue.capacity',
          message: `must be a whole number from 0 to 1000000 (messages), or null (got ${kind === 'list' ? 'a list of 1' : 'an object'})`,
        },
      ]);
    },
  );
});

describe('parseScenario: round trip', () => {
  it('accepts a scenario that sets every field', () => {
    const result = parseScenario(FULL);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('gives the same scenario after a trip through JSON', () => {
    const once = parseScenario(FULL);
    if (!once.ok) throw new Error(formatProblems(once.problems));
    const twice = parseScenario(JSON.parse(JSON.stringify(once.value)));
    expect(twice).toEqual(once);
    // Every field survived: nothing was undefined or dropped by JSON.
    expect(JSON.parse(JSON.stringify(once.value))).toEqual(once.value);
  });

  it('gives the same scenario after a trip through JSON from defaults', () => {
    const once = parseScenario({});
    if (!once.ok) throw new Error(formatProblems(once.problems));
    expect(parseScenario(JSON.parse(JSON.stringify(once.value)))).toEqual(once);
  });
});

describe('parseScenario: any JSON value', () => {
  it('returns a scenario or problems, and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = parseScenario(input);
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(typeof p.path).toBe('string');
          expect(typeof p.message).toBe('string');
          expect(p.message).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on objects shaped like a scenario', () => {
    // Random values at the real field names reach deeper than random JSON does.
    const section = (keys: string[]) =>
      fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
    const scenarioLike = fc.record(
      {
        seed: fc.jsonValue({ maxDepth: 1 }),
        queue: section(['capacity', 'whenFull', 'maxAgeMs', 'conflateByKey', 'x']),
        feedback: fc.oneof(
          section(['kind', 'window', 'highWatermark', 'lowWatermark']),
          fc.record({ kind: fc.constantFrom('none', 'watermark', 'credit', 'bogus') }),
        ),
        consumers: section(['count', 'service', 'autoscale', 'ordering']),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(scenarioLike, (input) => {
        const result = parseScenario(input);
        expect(result.ok || result.problems.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
