/**
 * The core of `npm run check-exercises -- [PACK.json]`: validates a pack and proves each exercise
 * (its start fails on every seed, its solution passes on every seed), printing a table as it goes.
 * Pure: cli/checkExercises.ts reads the file and owns the process; tests call this directly.
 *
 * Exit codes: 0 every proof holds, 1 at least one does not, 2 the pack is not valid (one line per
 * problem, each naming its field), 3 the output could not be written (cli/checkExercises.ts).
 */
import { BUILT_IN_PACK } from './builtInPack.ts';
import { formatNumber, formatQuantity } from './formatValue.ts';
import { METRICS } from './metrics.ts';
import { MAX_PACK_TEXT, parsePack, parsePackText, type ExercisePack } from './parsePack.ts';
import {
  MARGIN_WARNING,
  proveExercise,
  relativeRoom,
  type ExerciseProof,
} from './proveExercise.ts';
import type { GoalResult } from './checker.ts';
import { proofMark, type ProofStatus } from './packProof.ts';

export const EXIT_PROVEN = 0;
export const EXIT_NOT_PROVEN = 1;
export const EXIT_BAD_PACK = 2;
/** Standard output could not be written (a full disk); the proofs themselves ran. */
export const EXIT_OUTPUT_FAILED = 3;

/** Where the command writes: standard output and standard error, a line at a time. */
export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
}

/** A pack file's text and the name to report it by; null for the built-in pack. */
export type PackSource = { text: string; label: string } | null;

export const USAGE = `Usage: npm run check-exercises -- [--mark] [PACK.json]

Validates an exercise pack and proves that each exercise's starting scenario fails its goals on
every seed, that its reference solution passes them on every seed, and that each tempting wrong
answer it lists fails. Warns about goals the solution meets with less than ${MARGIN_WARNING * 100}% to spare.
Without a file, checks the built-in pack. See docs/workshop.md for the pack format.

  --mark   once every exercise is proven, write the proof mark (the "proof" field) into the pack
           file itself, so the page knows its goals were checked. The file is left as it was when
           a proof fails.

Exit codes: 0 every exercise proven, 1 a proof failed (or an internal error), 2 the pack is not
valid (or not readable, or over ${MAX_PACK_TEXT / 1e6} MB), 3 the output could not be written.`;

/** The line for a pack file over the size limit; `bytes` is null when its size is not known. */
export function packFileTooLarge(bytes: number | null): string {
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const size = bytes === null ? `more than ${mb(MAX_PACK_TEXT)}` : mb(bytes);
  return `is too large to be an exercise pack (${size}; a pack file is at most ${mb(MAX_PACK_TEXT)})`;
}

function loadPack(source: PackSource): { pack: ExercisePack } | { problems: string[] } {
  const parsed = source === null ? parsePack(BUILT_IN_PACK) : parsePackText(source.text);
  if (parsed.ok) return { pack: parsed.value };
  const label = source?.label ?? 'built-in pack';
  return { problems: parsed.problems.map((p) => `${label}: ${p.path || '(pack)'}: ${p.message}`) };
}

const pad = (text: string, width: number) => text.padEnd(width);

function seedsCell(count: number, total: number): string {
  return `${count} of ${total}`;
}

/** "p99 latency under 500 ms: 125 ms on seed 5 (75% to spare)". */
function closestCallText(proof: ExerciseProof): string {
  const call = proof.closestCall;
  if (!call) return 'every goal allows none, and none happened';
  const goal = proof.exercise.goals[call.goalIndex];
  const unit = goal ? METRICS[goal.metric].unit : 'messages';
  if (!call.passed) return `missed: ${call.text}, on seed ${call.seed}`;
  const room = Math.round(relativeRoom(call) * 100);
  return `${call.label}: ${formatQuantity(call.measured, unit)} on seed ${call.seed} (${room}% to spare)`;
}

/** "wrong answer 2 fails on 5 of 5 seeds ✓ (settings)", or "is refused unrun ✓" (over a budget). */
function wrongAnswerLines(proof: ExerciseProof): string[] {
  const seeds = proof.exercise.seeds.length;
  return proof.wrongAnswers.map((w) => {
    if (w.result.status === 'refused')
      return `wrong answer ${w.index + 1} is refused unrun ✓  ${JSON.stringify(w.wrongAnswer.settings)}`;
    const fails = w.failedSeeds.length;
    const mark = fails > 0 ? '✓' : '✗';
    return `wrong answer ${w.index + 1} fails on ${seedsCell(fails, seeds)} seeds ${mark}  ${JSON.stringify(w.wrongAnswer.settings)}`;
  });
}

/** `out-of-memory, goal 3 "Throughput at least 42 messages/s": 45 messages/s on seed 5 (7% to spare)`. */
export function thinMarginLine(proof: ExerciseProof, call: GoalResult): string {
  const goal = proof.exercise.goals[call.goalIndex];
  const unit = goal ? METRICS[goal.metric].unit : 'messages';
  const room = Math.floor(relativeRoom(call) * 1000) / 10;
  return `${proof.exercise.id}, goal ${call.goalIndex + 1} "${call.label}": ${formatQuantity(call.measured, unit)} on seed ${call.seed} (${room}% to spare)`;
}

/**
 * For a pack file that is proven: whether it carries the mark of these contents, or the line to add
 * so the page knows its goals were checked (a pack without it loads with a word that they were not).
 */
function proofMarkLines(text: string, status: ProofStatus): string[] {
  if (status === 'proven') return ['', 'The pack carries its proof mark, and the mark matches it.'];
  const mark = JSON.stringify(proofMark(JSON.parse(text) as unknown));
  return [
    '',
    status === 'changed'
      ? 'The pack has changed since its proof mark was written. Replace its "proof" field with this one, so the page knows its goals were checked:'
      : 'Add this field at the top level of the pack, so the page knows its goals were checked:',
    `  "proof": ${mark}`,
  ];
}

/**
 * The pack file's text with its "proof" field set to the mark of its contents: the rest as the author
 * wrote it in content and key order, indented as the file was (two spaces if it is all on one line).
 */
export function markedPackText(text: string): string {
  const pack = JSON.parse(text) as Record<string, unknown>;
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const marked = { ...pack, proof: proofMark(pack) };
  return `${JSON.stringify(marked, null, indent)}\n`;
}

/** Where `--mark` writes the marked pack; returns null when written, or why it could not be. */
export type SaveMarkedPack = (text: string) => string | null;

/** Runs the command; returns the exit code. With `saveMarked`, a proven pack file gets its mark. */
export function runCheckExercises(
  source: PackSource,
  output: CommandOutput,
  saveMarked?: SaveMarkedPack,
): number {
  const loaded = loadPack(source);
  if ('problems' in loaded) {
    loaded.problems.forEach((line) => output.err(line));
    return EXIT_BAD_PACK;
  }
  const { pack } = loaded;
  const label = source?.label ?? 'the built-in pack';
  const count = pack.exercises.length;
  output.out(
    `${pack.title} (${label}): ${formatNumber(count)} ${count === 1 ? 'exercise' : 'exercises'}`,
  );
  output.out('');

  const idWidth = Math.max('exercise'.length, ...pack.exercises.map((e) => e.id.length)) + 2;
  const header = `${pad('exercise', idWidth)}${pad('start fails', 14)}${pad('solution passes', 18)}solution's closest call`;
  output.out(header);
  output.out('-'.repeat(header.length + 20));

  const failed: ExerciseProof[] = [];
  const thin: string[] = [];
  let wrongCount = 0;
  for (const exercise of pack.exercises) {
    const proof = proveExercise(exercise);
    const seeds = exercise.seeds.length;
    const startCell = `${seedsCell(seeds - proof.startPassedSeeds.length, seeds)}${proof.startPassedSeeds.length ? ' ✗' : ' ✓'}`;
    const solutionCell = `${seedsCell(seeds - proof.solutionFailedSeeds.length, seeds)}${proof.solutionFailedSeeds.length ? ' ✗' : ' ✓'}`;
    output.out(
      `${pad(exercise.id, idWidth)}${pad(startCell, 14)}${pad(solutionCell, 18)}${closestCallText(proof)}`,
    );
    wrongAnswerLines(proof).forEach((line) => output.out(`${' '.repeat(idWidth)}${line}`));
    wrongCount += proof.wrongAnswers.length;
    thin.push(...proof.thinMargins.map((call) => thinMarginLine(proof, call)));
    if (!proof.holds) {
      failed.push(proof);
      proof.problems.forEach((p) => output.out(`${' '.repeat(idWidth)}✗ ${p}`));
    }
  }

  output.out('');
  if (thin.length > 0) {
    output.out(
      `Warning: ${thin.length === 1 ? 'one goal is' : `${formatNumber(thin.length)} goals are`} met with less than ${MARGIN_WARNING * 100}% of the threshold to spare; a small change could tip ${thin.length === 1 ? 'it' : 'them'}:`,
    );
    thin.forEach((line) => output.out(`  ⚠ ${line}`));
    output.out('');
  }
  if (failed.length === 0) {
    const wrong =
      wrongCount === 0
        ? ''
        : `, and ${wrongCount === 1 ? 'the wrong answer fails' : wrongCount === 2 ? 'both wrong answers fail' : `all ${formatNumber(wrongCount)} wrong answers fail`}`;
    output.out(
      count === 1
        ? `Proven: the start fails on every seed and the solution passes on every seed${wrong}.`
        : `All ${formatNumber(count)} proven: every start fails on every seed and every solution passes on every seed${wrong}.`,
    );
    if (source === null) return EXIT_PROVEN;
    if (saveMarked === undefined || pack.proof === 'proven') {
      proofMarkLines(source.text, pack.proof).forEach((l) => output.out(l));
      return EXIT_PROVEN;
    }
    const problem = saveMarked(markedPackText(source.text));
    if (problem !== null) {
      output.err(`${label}: could not write the proof mark into the file: ${problem}`);
      return EXIT_OUTPUT_FAILED;
    }
    output.out('');
    output.out(
      pack.proof === 'changed'
        ? `Marked: the pack's "proof" field now matches its contents (${label}).`
        : `Marked: the pack now carries its "proof" field (${label}).`,
    );
    return EXIT_PROVEN;
  }
  output.out(
    `${formatNumber(failed.length)} of ${formatNumber(count)} not proven: ${failed.map((p) => p.exercise.id).join(', ')}.`,
  );
  if (saveMarked !== undefined)
    output.out('Not marked: a pack gets its proof mark only once every exercise is proven.');
  return EXIT_NOT_PROVEN;
}
