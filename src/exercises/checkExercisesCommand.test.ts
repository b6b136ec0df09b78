import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACK } from './builtInPack.ts';
import {
  EXIT_BAD_PACK,
  EXIT_NOT_PROVEN,
  EXIT_PROVEN,
  runCheckExercises,
  type PackSource,
} from './checkExercisesCommand.ts';

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
    expect(out[0]).toBe('Backpressure basics (the built-in pack): 10 exercises');
    for (const ex of BUILT_IN_PACK.exercises) {
      const row = out.find((line) => line.startsWith(`${ex.id} `));
      expect(row, ex.id).toMatch(/ 5 of 5 ✓ +5 of 5 ✓ +\S/);
    }
    expect(out.at(-1)).toBe(
      'All 10 proven: every start fails on every seed and every solution passes on every seed.',
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
    ]);
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
