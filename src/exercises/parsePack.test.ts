import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACK, type PackFile } from './builtInPack.ts';
import { formatPackProblems, parsePack, parsePackText, type PackProblem } from './parsePack.ts';
import { DEFAULT_SEEDS, PACK_FORMAT } from './packSchema.ts';

/** A small valid pack, written out in full so each test can break one thing. */
function minimalPack(): PackFile {
  return {
    format: PACK_FORMAT,
    version: 1,
    id: 'tiny',
    title: 'Tiny pack',
    exercises: [
      {
        id: 'bound-it',
        title: 'Bound it',
        story: 'The queue grows.',
        start: {
          workload: { pattern: { kind: 'steady', ratePerSec: 70 } },
          queue: { capacity: null },
        },
        knobs: ['queue.capacity', 'queue.whenFull'],
        goals: [
          { metric: 'queueDepthMax', compare: 'at-most', value: 30 },
          {
            metric: 'dropped',
            reason: 'rejected',
            compare: 'at-most',
            value: 0,
            window: { fromSec: 0, toSec: 1, label: 'in the first second' },
          },
        ],
        durationSec: 5,
        hints: ['Give it a limit.'],
        solution: { queue: { capacity: 20 } },
        explanation: 'A bound keeps the queue short.',
      },
    ],
  };
}

/** The pack with `edit` applied to a deep copy. */
function edited(edit: (pack: Record<string, unknown> & PackFile) => void): unknown {
  const pack = structuredClone(minimalPack()) as Record<string, unknown> & PackFile;
  edit(pack);
  return pack;
}

function problemsOf(input: unknown): PackProblem[] {
  const result = parsePack(input);
  if (result.ok) throw new Error('expected problems, got a valid pack');
  return result.problems;
}

/** The one problem at `path`; fails if there is none. */
function problemAt(input: unknown, path: string): string {
  const problems = problemsOf(input);
  const found = problems.find((p) => p.path === path);
  if (!found) throw new Error(`no problem at ${path}; got:\n${formatPackProblems(problems)}`);
  return found.message;
}

describe('parsePack: valid packs', () => {
  it('accepts the minimal pack and fills in the defaults', () => {
    const result = parsePack(minimalPack());
    if (!result.ok) throw new Error(formatPackProblems(result.problems));
    const [exercise] = result.value.exercises;
    expect(exercise?.seeds).toEqual([...DEFAULT_SEEDS]);
    expect(result.value.description).toBe('');
    // The start is a complete scenario: a field the pack left out has its default.
    expect(exercise?.start.consumers.count).toBe(1);
    expect(exercise?.solution.queue.capacity).toBe(20);
    expect(exercise?.solution.queue.whenFull).toBe('reject');
  });

  it('accepts the built-in pack', () => {
    const result = parsePack(BUILT_IN_PACK);
    if (!result.ok) throw new Error(formatPackProblems(result.problems));
    expect(result.value.exercises.map((e) => e.id)).toEqual(
      BUILT_IN_PACK.exercises.map((e) => e.id),
    );
  });

  it('applies a solution that switches a kind with the new kind’s defaults', () => {
    const result = parsePack(
      edited((p) => {
        const ex = p.exercises[0]!;
        ex.knobs = ['retry'];
        ex.start.retry = { kind: 'fixed', delayMs: 50 };
        ex.solution = { retry: { kind: 'exponential', baseDelayMs: 300 } };
      }),
    );
    if (!result.ok) throw new Error(formatPackProblems(result.problems));
    expect(result.value.exercises[0]?.solution.retry).toEqual({
      kind: 'exponential',
      baseDelayMs: 300,
      multiplier: 2,
      maxDelayMs: 10_000,
      jitter: true,
      maxAttempts: 5,
    });
  });

  it('accepts a $schema field for editors', () => {
    expect(parsePack(edited((p) => (p.$schema = './exercises.schema.json'))).ok).toBe(true);
  });
});

describe('parsePack: the file as a whole', () => {
  it('refuses what is not an object', () => {
    for (const input of [null, 3, 'pack', [], undefined])
      expect(problemsOf(input)[0]?.path).toBe('');
  });

  it('recognises a scenario file loaded by mistake', () => {
    expect(problemAt({ workload: {}, queue: {} }, 'format')).toMatch(/scenario file/);
  });

  it('names a wrong format', () => {
    expect(
      problemAt(
        edited((p) => ((p as Record<string, unknown>).format = 'other')),
        'format',
      ),
    ).toBe('must be "backpressure-exercises" (got "other")');
  });

  it('refuses a newer version with a way forward, and a nonsense version plainly', () => {
    expect(
      problemAt(
        edited((p) => ((p as Record<string, unknown>).version = 2)),
        'version',
      ),
    ).toMatch(/reads exercise packs up to version 1: update the playground/);
    expect(
      problemAt(
        edited((p) => ((p as Record<string, unknown>).version = '1')),
        'version',
      ),
    ).toMatch(/whole number/);
  });

  it('names unknown fields at every level', () => {
    expect(
      problemAt(
        edited((p) => (p['extra'] = 1)),
        'extra',
      ),
    ).toBe('is not a field we know');
    expect(
      problemAt(
        edited((p) => ((p.exercises[0] as unknown as Record<string, unknown>)['hint'] = 'x')),
        'exercises.0.hint',
      ),
    ).toBe('is not a field we know');
  });

  it('needs at least one exercise, and at most a hundred', () => {
    expect(
      problemAt(
        edited((p) => (p.exercises = [])),
        'exercises',
      ),
    ).toMatch(/1 to 100 exercises/);
    const many = edited((p) => (p.exercises = Array.from({ length: 101 }, () => p.exercises[0]!)));
    expect(problemAt(many, 'exercises')).toMatch(/1 to 100 exercises/);
  });

  it('refuses a text nested too deeply with one problem, valid JSON or not', () => {
    const deep = `{"exercises": [${'['.repeat(10_000)}`;
    for (const text of [deep, `${'['.repeat(10_000)}${']'.repeat(10_000)}`])
      expect(parsePackText(text)).toEqual({
        ok: false,
        problems: [{ path: '', message: 'is nested too deeply (more than 64 levels)' }],
      });
  });

  it('parses text, with line and column for bad JSON and a byte-order mark allowed', () => {
    expect(parsePackText(`\ufeff${JSON.stringify(minimalPack())}`).ok).toBe(true);
    const bad = parsePackText('{\n  "format": "backpressure-exercises",\n  "version": 1,,\n}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]?.message).toMatch(/line 3, column 16/);
  });

  it('refuses a key given twice in one object, which JSON would silently keep only once', () => {
    const text = JSON.stringify(minimalPack()).replace('"title":', '"title":"First","title":');
    const result = parsePackText(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]?.message).toBe(
        'has the key “title” twice (JSON would keep only the last): remove one',
      );
  });
});

describe('parsePack: each field of an exercise', () => {
  const at = (path: string, edit: (ex: PackFile['exercises'][number]) => void) =>
    problemAt(
      edited((p) => edit(p.exercises[0]!)),
      `exercises.0.${path}`,
    );

  it('checks the id, title, story, hints and explanation', () => {
    expect(at('id', (ex) => (ex.id = 'Bound It'))).toMatch(
      /lowercase letters, digits and single dashes/,
    );
    expect(at('title', (ex) => (ex.title = ''))).toMatch(/1 to 80 characters/);
    expect(at('story', (ex) => (ex.story = 'x'.repeat(4001)))).toMatch(/1 to 4000 characters/);
    expect(at('hints', (ex) => (ex.hints = []))).toBe(
      'must list 1 to 10 hints (got an empty list)',
    );
    expect(at('hints', (ex) => (ex.hints = Array<string>(11).fill('Look.')))).toBe(
      'must list 1 to 10 hints (got a list of 11)',
    );
    expect(at('hints.0', (ex) => (ex.hints = [5 as unknown as string]))).toMatch(/text/);
    expect(at('explanation', (ex) => delete (ex as Partial<typeof ex>).explanation)).toBe(
      'is required',
    );
  });

  it('re-paths the starting scenario’s problems under the exercise', () => {
    expect(at('start.queue.capacity', (ex) => (ex.start.queue = { capacity: -1 }))).toBe(
      'must be a whole number from 0 to 1000000 (messages), or null (got -1)',
    );
    expect(
      at(
        'start.workload.pattern.kind',
        (ex) => (ex.start.workload = { pattern: { kind: 'x' as 'steady' } }),
      ),
    ).toMatch(/steady, bursty/);
    expect(at('start', (ex) => ((ex as { start: unknown }).start = 'none'))).toMatch(/object/);
  });

  it('checks the duration and the seeds', () => {
    expect(at('durationSec', (ex) => (ex.durationSec = 0))).toMatch(/from 1 to 3600/);
    expect(at('durationSec', (ex) => (ex.durationSec = 1e308))).toMatch(/from 1 to 3600/);
    expect(at('seeds', (ex) => (ex.seeds = []))).toMatch(/1 to 100 seeds/);
    expect(at('seeds.1', (ex) => (ex.seeds = [1, 2.5]))).toMatch(/whole number/);
    expect(at('seeds.2', (ex) => (ex.seeds = [4, 5, 4]))).toBe(
      'repeats seed 4; each seed is checked once',
    );
  });

  it('checks goals: metric, comparison, threshold, reason and window', () => {
    const goal = (g: unknown) => (ex: PackFile['exercises'][number]) =>
      ((ex as { goals: unknown[] }).goals = [g]);
    expect(at('goals.0.metric', goal({ metric: 'speed', compare: 'below', value: 1 }))).toMatch(
      /must be one of: dropped, droppedFraction, .* \(got "speed"\)/,
    );
    expect(at('goals.0.compare', goal({ metric: 'latencyP99', compare: '<', value: 1 }))).toMatch(
      /below, at-most, at-least, above/,
    );
    expect(at('goals.0.value', goal({ metric: 'latencyP99', compare: 'below', value: -5 }))).toBe(
      'must be a number from 0 to 86400000 (ms) (got -5)',
    );
    expect(
      at('goals.0.value', goal({ metric: 'utilization', compare: 'at-least', value: 85 })),
    ).toMatch(/from 0 to 1 \(a share\)/);
    expect(
      at('goals.0.value', goal({ metric: 'dropped', compare: 'at-most', value: 0.5 })),
    ).toMatch(/whole number/);
    expect(
      at(
        'goals.0.reason',
        goal({ metric: 'dropped', reason: 'lost', compare: 'at-most', value: 0 }),
      ),
    ).toMatch(/rejected, evicted-oldest/);
    expect(
      at(
        'goals.0.reason',
        goal({ metric: 'latencyP99', reason: 'oom', compare: 'below', value: 1 }),
      ),
    ).toBe('is not a field we know');
    const windowed = (window: unknown) =>
      goal({ metric: 'delivered', compare: 'at-least', value: 1, window });
    expect(at('goals.0.window.toSec', windowed({ fromSec: 3, toSec: 2 }))).toMatch(
      /must be after fromSec/,
    );
    expect(at('goals.0.window.toSec', windowed({ fromSec: 1, toSec: 9 }))).toMatch(
      /at most the exercise’s durationSec, 5/,
    );
    expect(
      at(
        'goals.0.window',
        goal({
          metric: 'queueDepthMax',
          compare: 'below',
          value: 1,
          window: { fromSec: 0, toSec: 1 },
        }),
      ),
    ).toMatch(/cannot be measured in a window/);
    expect(at('goals', (ex) => (ex.goals = []))).toMatch(/1 to 20 goals/);
  });

  it('checks knobs against the start', () => {
    expect(at('knobs.0', (ex) => (ex.knobs = ['queue.cap']))).toMatch(/queue has no field "cap"/);
    expect(at('knobs.0', (ex) => (ex.knobs = ['rateLimit.ratePerSec']))).toMatch(
      /rateLimit is null there\); open "rateLimit"/,
    );
    expect(at('knobs.0', (ex) => (ex.knobs = ['retry.kind']))).toMatch(
      /open the whole section "retry"/,
    );
    expect(at('knobs.0', (ex) => (ex.knobs = ['seed']))).toMatch(/the exercise sets seed itself/);
    expect(at('knobs.1', (ex) => (ex.knobs = ['queue', 'queue']))).toMatch(
      /repeats the knob queue/,
    );
    expect(at('knobs', (ex) => (ex.knobs = []))).toMatch(/1 to 50 field paths/);
  });

  it('checks the solution: a valid scenario, only knobs, and a change', () => {
    expect(
      at(
        'solution.queue.capacity',
        (ex) => (ex.solution = { queue: { capacity: 'ten' as unknown as number } }),
      ),
    ).toMatch(/whole number/);
    expect(
      at('solution.consumers.count', (ex) => (ex.solution = { consumers: { count: 3 } })),
    ).toMatch(/not a knob of this exercise/);
    expect(at('solution', (ex) => (ex.solution = { queue: { capacity: null } }))).toMatch(
      /changes nothing/,
    );
    expect(at('solution.nonsense', (ex) => (ex.solution = { nonsense: 1 } as never))).toBe(
      'is not a field we know',
    );
  });

  it('reads tempting wrong answers: settings applied to the start, with their notes', () => {
    const result = parsePack(
      edited((pack) => {
        pack.exercises[0]!.wrongAnswers = [
          { settings: { queue: { capacity: 500 } }, note: 'Too deep.' },
          { settings: { queue: { whenFull: 'block' } }, note: 'Blocking needs a bound.' },
        ];
      }),
    );
    if (!result.ok) throw new Error(formatPackProblems(result.problems));
    const [exercise] = result.value.exercises;
    expect(exercise?.wrongAnswers.map((w) => w.note)).toEqual([
      'Too deep.',
      'Blocking needs a bound.',
    ]);
    expect(exercise?.wrongAnswers[0]?.settings).toEqual({ queue: { capacity: 500 } });
    // The scenario is the whole start with the settings applied, defaults filled in.
    expect(exercise?.wrongAnswers[1]?.scenario.queue).toMatchObject({
      capacity: null,
      whenFull: 'block',
    });
    // A pack without any has none: the field is optional, so version 1 packs load unchanged.
    const plain = parsePack(minimalPack());
    expect(plain.ok && plain.value.exercises[0]?.wrongAnswers).toEqual([]);
  });

  it('checks each wrong answer: a valid scenario, only knobs, a change, and a note', () => {
    const wrong =
      (settings: unknown, note = 'No.') =>
      (ex: PackFile['exercises'][number]) =>
        (ex.wrongAnswers = [{ settings: settings as never, note }]);
    expect(
      at('wrongAnswers.0.settings.queue.capacity', wrong({ queue: { capacity: -3 } })),
    ).toMatch(/whole number/);
    expect(
      at('wrongAnswers.0.settings.consumers.count', wrong({ consumers: { count: 3 } })),
    ).toMatch(/not a knob of this exercise/);
    expect(at('wrongAnswers.0.settings', wrong({ queue: { capacity: null } }))).toMatch(
      /changes nothing in the start/,
    );
    expect(at('wrongAnswers.0.note', wrong({ queue: { capacity: 5 } }, ''))).toMatch(
      /text of 1 to 1000 characters/,
    );
    expect(at('wrongAnswers.0.settings', wrong('block'))).toMatch(/object/);
    expect(
      at('wrongAnswers', (ex) => {
        ex.wrongAnswers = Array.from({ length: 11 }, (_, i) => ({
          settings: { queue: { capacity: i + 1 } },
          note: 'No.',
        }));
      }),
    ).toMatch(/0 to 10 wrong answers/);
  });

  it('reads a prediction: a number with its unit, or one of a few choices', () => {
    const read = (prediction: unknown) => {
      const result = parsePack(
        edited((pack) => {
          pack.exercises[0]!.prediction = prediction as never;
        }),
      );
      if (!result.ok) throw new Error(formatPackProblems(result.problems));
      return result.value.exercises[0]?.prediction;
    };
    expect(
      read({ question: 'How deep?', unit: 'messages', measure: { metric: 'queueDepthMax' } }),
    ).toEqual({
      question: 'How deep?',
      choices: null,
      unit: 'messages',
      measure: { metric: 'queueDepthMax' },
      upTo: null,
    });
    expect(read({ question: 'Lost?', choices: ['None', 'Some'] })).toEqual({
      question: 'Lost?',
      choices: ['None', 'Some'],
      unit: '',
      measure: null,
      upTo: null,
    });
    const plain = parsePack(minimalPack());
    expect(plain.ok && plain.value.exercises[0]?.prediction).toBeNull();
  });

  it('checks a prediction: a question, two to six choices, and a unit only for a number', () => {
    const predict = (prediction: unknown) => (ex: PackFile['exercises'][number]) => {
      ex.prediction = prediction as never;
    };
    expect(at('prediction.question', predict({ question: '' }))).toMatch(/text of 1 to 300/);
    expect(at('prediction.choices', predict({ question: 'Lost?', choices: ['All'] }))).toMatch(
      /2 to 6 choices/,
    );
    expect(
      at('prediction.unit', predict({ question: 'Lost?', choices: ['A', 'B'], unit: 'ms' })),
    ).toBe('is for a number prediction; leave it out when there are choices (got "ms")');
    expect(at('prediction.answer', predict({ question: 'Lost?', answer: 3 }))).toMatch(
      /not a field/,
    );
  });

  it('checks what a prediction is about: a metric that exists, a window it can have, rising bounds for choices, a share in %', () => {
    const predict = (prediction: unknown) => (ex: PackFile['exercises'][number]) => {
      ex.prediction = prediction as never;
    };
    expect(
      at(
        'prediction.measure.metric',
        predict({ question: 'How deep?', measure: { metric: 'depth' } }),
      ),
    ).toMatch(/^must be one of: dropped, /);
    expect(
      at(
        'prediction.measure.window',
        predict({
          question: 'How deep?',
          measure: { metric: 'queueDepthMax', window: { fromSec: 1, toSec: 2 } },
        }),
      ),
    ).toMatch(/cannot be measured in a window/);
    expect(
      at(
        'prediction.measure.reason',
        predict({ question: 'How fast?', measure: { metric: 'throughput', reason: 'expired' } }),
      ),
    ).toBe('is only for metrics of lost messages, not throughput');
    const bands = (upTo: number[]) =>
      predict({
        question: 'Lost?',
        choices: ['A', 'B', 'C'],
        measure: { metric: 'dropped' },
        upTo,
      });
    expect(at('prediction.upTo', bands([5]))).toMatch(/^must list 2 rising bounds/);
    expect(at('prediction.upTo', bands([5, 5]))).toMatch(/^must list 2 rising bounds/);
    expect(
      at('prediction.upTo', predict({ question: 'Lost?', choices: ['A', 'B'], upTo: [5] })),
    ).toBe('needs a measure to compare with');
    expect(
      at(
        'prediction.unit',
        predict({ question: 'How often?', unit: 'times', measure: { metric: 'producerBlocked' } }),
      ),
    ).toBe(
      'must be "%": producerBlocked is a share, and a number prediction of it is written in %',
    );
  });

  it('finds a repeated exercise id', () => {
    const twice = edited((p) => p.exercises.push(structuredClone(p.exercises[0]!)));
    expect(problemAt(twice, 'exercises.1.id')).toBe(
      'is already the id of exercise 0 (got "bound-it")',
    );
  });

  it('lists the problems of several exercises exercise by exercise', () => {
    const input = edited((p) => {
      p.exercises.push(structuredClone(p.exercises[0]!));
      p.exercises[1]!.id = 'second';
      p.exercises[1]!.start.queue = { capacity: -1 };
      p.exercises[0]!.title = '';
      p.exercises[1]!.title = '';
    });
    const paths = problemsOf(input).map((p) => p.path);
    expect(paths).toEqual([
      'exercises.0.title',
      'exercises.1.title',
      'exercises.1.start.queue.capacity',
    ]);
  });
});

describe('parsePack: hostile input', () => {
  it('treats __proto__ as an unknown field and never changes a prototype', () => {
    const text = JSON.stringify(minimalPack()).replace(
      '"solution":{',
      '"solution":{"__proto__":{"polluted":true},',
    );
    const result = parsePackText(text.replace('"id":"tiny"', '"__proto__":{"x":1},"id":"tiny"'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const patched = parsePackText(
      JSON.stringify(minimalPack()).replace(
        '"solution":{',
        '"solution":{"__proto__":{"polluted":true},',
      ),
    );
    expect(patched.ok).toBe(false);
    if (!patched.ok) expect(patched.problems[0]?.path).toBe('exercises.0.solution.__proto__');
  });

  it('refuses huge lists, deep nesting and enormous numbers with one plain problem', () => {
    const huge = edited(
      (p) =>
        ((p.exercises[0] as { seeds: number[] }).seeds = Array.from(
          { length: 1_000_000 },
          (_, i) => i,
        )),
    );
    expect(problemAt(huge, 'exercises.0.seeds')).toMatch(/list of 1000000 items/);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(problemsOf(edited((p) => (p['extra'] = deep)))[0]?.message).toMatch(/nested too deeply/);
    expect(
      problemAt(
        edited((p) => (p.exercises[0]!.durationSec = Number.MAX_VALUE)),
        'exercises.0.durationSec',
      ),
    ).toMatch(/from 1 to 3600/);
    expect(
      problemAt(
        edited((p) => (p.exercises[0]!.durationSec = NaN)),
        'exercises.0.durationSec',
      ),
    ).toMatch(/number/);
  });

  it('refuses a text far too large to be a pack without parsing it', () => {
    const result = parsePackText(' '.repeat(6_000_000));
    expect(result.ok || result.problems[0]?.message).toMatch(/at most 5 MB/);
  });

  it('turns any JSON value into a pack or problems, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parsePack(value);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('turns any pack with one value replaced anywhere into a pack or problems, never an exception', () => {
    /** Every path into the minimal pack, so the replacement can land at any depth. */
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (node && typeof node === 'object')
        for (const [key, child] of Object.entries(node))
          walk(child, [...path, Array.isArray(node) ? Number(key) : key]);
    };
    walk(minimalPack(), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const pack = structuredClone(minimalPack()) as unknown as Record<string | number, unknown>;
        let node: Record<string | number, unknown> = pack;
        path.slice(0, -1).forEach((key) => (node = node[key] as Record<string | number, unknown>));
        const last = path.at(-1);
        const input = last === undefined ? value : ((node[last] = value), pack);
        const result = parsePack(input);
        if (!result.ok) for (const p of result.problems) expect(p.message).toMatch(/\S/);
      }),
      { numRuns: 500 },
    );
  });
});
