import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACK } from './builtInPack.ts';
import {
  EXIT_BAD_PACK,
  EXIT_NOT_PROVEN,
  EXIT_OUTPUT_FAILED,
  EXIT_PROVEN,
  markedPackText,
  runCheckExercises,
  type PackSource,
  type SaveMarkedPack,
} from './checkExercisesCommand.ts';
import { proofStatus } from './packProof.ts';
import { parsePackText } from './parsePack.ts';

function run(source: PackSource) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCheckExercises(source, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** The built-in pack cut down to its first two exercises, as a file's text, after `edit`. */
function packText(edit: (pack: typeof BUILT_IN_PACK) => void = () => {}): string {
  const pack = structuredClone(BUILT_IN_PACK);
  pack.exercises = pack.exercises.slice(0, 2);
  edit(pack);
  return JSON.stringify(pack);
}

describe('npm run check-exercises', () => {
  it('proves the built-in pack: a row per exercise and exit 0', () => {
    const { code, out, err } = run(null);
    expect(err).toEqual([]);
    expect(code).toBe(EXIT_PROVEN);
    const count = BUILT_IN_PACK.exercises.length;
    expect(out[0]).toBe(`Backpressure basics (the built-in pack): ${count} exercises`);
    for (const ex of BUILT_IN_PACK.exercises) {
      const row = out.find((line) => line.startsWith(`${ex.id} `));
      expect(row, ex.id).toMatch(/ 5 of 5 ✓ +5 of 5 ✓ +\S/);
    }
    // Each tempting wrong answer has its own line under its exercise, proven to fail.
    // Settings over an exercise's budget are refused unrun, which is a failure too.
    const wrongLines = out.filter((line) => /^ +wrong answer \d+ (fails on|is refused)/.test(line));
    const listed = BUILT_IN_PACK.exercises.reduce((n, ex) => n + (ex.wrongAnswers?.length ?? 0), 0);
    expect(wrongLines).toHaveLength(listed);
    for (const line of wrongLines)
      expect(line).toMatch(/(fails on [1-5] of 5 seeds|is refused unrun) ✓ /);
    expect(wrongLines.filter((line) => line.includes('refused'))).toHaveLength(1);
    // No goal of the built-in pack is met by a hair.
    expect(out.filter((line) => line.includes('⚠'))).toEqual([]);
    expect(out.at(-1)).toBe(
      `All ${count} proven: every start fails on every seed and every solution passes on every seed, and all ${listed} wrong answers fail.`,
    );
  });

  it('refuses a broken pack with one line per problem, naming the file and the field, exit 2', () => {
    const text = packText((pack) => {
      pack.exercises[0]!.goals[0]!.value = -1;
      pack.exercises[1]!.knobs = ['queue.size'];
    });
    const { code, out, err } = run({ text, label: 'broken.json' });
    expect(code).toBe(EXIT_BAD_PACK);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'broken.json: exercises.0.goals.0.value: must be a number from 0 to 86400000 (ms) (got -1)',
      'broken.json: exercises.1.knobs.0: is not a field of the scenario: queue has no field "size" (got "queue.size")',
      // With the knob misspelt, the solution's change is to a locked field: said too.
      'broken.json: exercises.1.solution.queue.capacity: changes a field that is not a knob of this exercise; add it to knobs or leave it out',
      // Its wrong answers are held to the same rule.
      'broken.json: exercises.1.wrongAnswers.0.settings.queue.capacity: changes a field that is not a knob of this exercise; add it to knobs or leave it out',
      'broken.json: exercises.1.wrongAnswers.1.settings.queue.whenFull: changes a field that is not a knob of this exercise; add it to knobs or leave it out',
    ]);
  });

  it('warns, naming the exercise, goal and seed, when the solution meets a goal with under 10% to spare', () => {
    const text = packText((pack) => {
      // The solution's deepest queue is 11 on its worst seed: a limit of 12 leaves 8.3%.
      const depth = pack.exercises[0]!.goals[1]!;
      if (depth.metric !== 'queueDepthMax') throw new Error('the pack changed: update this test');
      depth.value = 12;
    });
    const { code, out } = run({ text, label: 'thin.json' });
    expect(code).toBe(EXIT_PROVEN);
    expect(out.filter((line) => line.includes('⚠'))).toEqual([
      '  ⚠ tipping-point, goal 2 "Peak queue depth at most 12 messages": 11 messages on seed 2 (8.3% to spare)',
    ]);
    expect(out).toContain(
      'Warning: one goal is met with less than 10% of the threshold to spare; a small change could tip it:',
    );
  });

  it('exits 1 when a listed wrong answer passes, and says which', () => {
    const text = packText((pack) => {
      // Two consumers is the solution itself: not a wrong answer at all.
      pack.exercises[0]!.wrongAnswers = [
        { settings: { consumers: { count: 2 } }, note: 'Two consumers are not enough.' },
      ];
    });
    const { code, out } = run({ text, label: 'wrong.json' });
    expect(code).toBe(EXIT_NOT_PROVEN);
    expect(out).toContain(
      '               wrong answer 1 fails on 0 of 5 seeds ✗  {"consumers":{"count":2}}',
    );
    expect(out).toContain(
      '               ✗ wrong answer 1 ({"consumers":{"count":2}}) passes on every seed, so it is not a wrong answer; change it or remove it',
    );
    expect(out.at(-1)).toBe('1 of 2 not proven: tipping-point.');
  });

  it('reports bad JSON by line and column', () => {
    const { code, err } = run({
      text: '{"format": "backpressure-exercises",\n  oops}',
      label: 'bad.json',
    });
    expect(code).toBe(EXIT_BAD_PACK);
    expect(err).toEqual([
      'bad.json: (pack): is not valid JSON at line 2, column 3: expected a field name in double quotes, found "o"',
    ]);
  });

  it('exits 1 and says why when a start already passes or a solution fails', () => {
    const text = packText((pack) => {
      // A goal any run meets: now the start passes, so the exercise proves nothing.
      pack.exercises[0]!.goals = [{ metric: 'dropped', compare: 'at-most', value: 0 }];
      // A solution too small to help.
      pack.exercises[1]!.solution = { queue: { capacity: 10_000 } };
    });
    const { code, out } = run({ text, label: 'weak.json' });
    expect(code).toBe(EXIT_NOT_PROVEN);
    expect(out.find((l) => l.startsWith('tipping-point '))).toMatch(/0 of 5 ✗/);
    expect(out).toContain(
      '               ✗ the start already meets every goal on seeds 1, 2, 3, 4 and 5, so it would pass unchanged',
    );
    expect(out).toContainEqual(
      expect.stringMatching(/✗ the solution misses a goal: .*out-of-memory crash.*, on seed \d/),
    );
    expect(out.at(-1)).toBe('2 of 2 not proven: tipping-point, out-of-memory.');
    // The row's last column shows the solution's miss, not a goal it met with room to spare.
    expect(out.find((l) => l.startsWith('out-of-memory '))).toMatch(
      /0 of 5 ✗ +missed: .+, on seed \d$/,
    );
  });
});

describe('npm run check-exercises -- --mark', () => {
  /** One exercise, so each run proves quickly; laid out with four spaces, as an author might. */
  const authored = (edit: (pack: typeof BUILT_IN_PACK) => void = () => {}) => {
    const pack = structuredClone(BUILT_IN_PACK);
    pack.exercises = pack.exercises.slice(0, 1);
    edit(pack);
    return `${JSON.stringify(pack, null, 4)}\n`;
  };
  const runMarking = (text: string, save: SaveMarkedPack) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runCheckExercises(
      { text, label: 'team.json' },
      { out: (l) => out.push(l), err: (l) => err.push(l) },
      save,
    );
    return { code, out, err };
  };

  it('writes the mark into a proven pack, which the page then reads as proven', () => {
    const saved: string[] = [];
    const { code, out } = runMarking(authored(), (text) => (saved.push(text), null));
    expect(code).toBe(EXIT_PROVEN);
    expect(out.at(-1)).toBe('Marked: the pack now carries its "proof" field (team.json).');
    expect(saved).toHaveLength(1);
    const parsed = parsePackText(saved[0]!);
    expect(parsed.ok && parsed.value.proof).toBe('proven');
    // The author's layout is kept: four spaces, and the fields in their order with the mark last.
    expect(saved[0]).toMatch(/^\{\n {4}"format"/);
    expect(Object.keys(JSON.parse(saved[0]!) as object).at(-1)).toBe('proof');

    // Marked again: nothing to write.
    const again = runMarking(saved[0]!, () => {
      throw new Error('must not write a pack that carries its mark');
    });
    expect(again.out.at(-1)).toBe('The pack carries its proof mark, and the mark matches it.');
  }, 60_000);

  it('replaces a mark the pack outgrew, in place', () => {
    const stale = markedPackText(authored());
    const edited = stale.replace('"The tipping point"', '"The tipping point, again"');
    let saved = '';
    const { out } = runMarking(edited, (text) => ((saved = text), null));
    expect(out.at(-1)).toBe(
      'Marked: the pack\'s "proof" field now matches its contents (team.json).',
    );
    expect(proofStatus(JSON.parse(saved))).toBe('proven');
    expect(saved).toContain('The tipping point, again');
  }, 60_000);

  it('leaves an unproven pack alone, and says why', () => {
    // A goal the start already meets: the exercise is not proven.
    const broken = authored(
      (p) => (p.exercises[0]!.goals = [{ metric: 'dropped', compare: 'at-most', value: 0 }]),
    );
    const { code, out } = runMarking(broken, () => {
      throw new Error('must not write an unproven pack');
    });
    expect(code).toBe(EXIT_NOT_PROVEN);
    expect(out.at(-1)).toBe(
      'Not marked: a pack gets its proof mark only once every exercise is proven.',
    );
  }, 60_000);

  it('says so when the file cannot be written', () => {
    const { code, err } = runMarking(authored(), () => 'permission denied');
    expect(code).toBe(EXIT_OUTPUT_FAILED);
    expect(err).toEqual([
      'team.json: could not write the proof mark into the file: permission denied',
    ]);
  }, 60_000);
});
