import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import { BUILT_IN_PACK } from './builtInPack.ts';
import { applyPatch, type ScenarioPatch } from './knobs.ts';
import { formatPackProblems, parsePack, type Exercise } from './parsePack.ts';
import { matchWrongAnswer, patchLeaves } from './wrongAnswers.ts';

const parsed = parsePack(BUILT_IN_PACK);
if (!parsed.ok) throw new Error(formatPackProblems(parsed.problems));
const pack = parsed.value;

function exercise(id: string): Exercise {
  const found = pack.exercises.find((e) => e.id === id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

/** The learner's settings: the exercise's start with `patch` applied. */
function settings(ex: Exercise, patch: ScenarioPatch): Scenario {
  const scenario = parseScenario(applyPatch(ex.start, patch));
  if (!scenario.ok) throw new Error(JSON.stringify(scenario.problems));
  return scenario.value;
}

/** The note of the wrong answer the settings match, or null. */
function noteFor(id: string, patch: ScenarioPatch): string | null {
  const ex = exercise(id);
  return matchWrongAnswer(ex, settings(ex, patch))?.note ?? null;
}

describe('patchLeaves', () => {
  it('lists the dotted path of every value a patch sets', () => {
    expect(patchLeaves({ queue: { capacity: 20, whenFull: 'block' }, rateLimit: null })).toEqual([
      'queue.capacity',
      'queue.whenFull',
      'rateLimit',
    ]);
  });

  it('counts a list and an empty section as one value each', () => {
    expect(patchLeaves({ workload: { priorities: [1, 2] }, rateLimit: {} })).toEqual([
      'workload.priorities',
      'rateLimit',
    ]);
    expect(patchLeaves({})).toEqual([]);
  });
});

describe('matchWrongAnswer', () => {
  it('matches when every field the wrong answer names has its value, whatever the rest says', () => {
    const block = exercise('live-leaderboard').wrongAnswers[0]?.note;
    expect(block).toMatch(/cannot wait/);
    expect(noteFor('live-leaderboard', { queue: { whenFull: 'block' } })).toBe(block);
    // The capacity is not named, so a small blocking queue is the same tempting idea.
    expect(noteFor('live-leaderboard', { queue: { whenFull: 'block', capacity: 20 } })).toBe(block);
  });

  it('does not match when a named field differs', () => {
    expect(noteFor('live-leaderboard', { queue: { whenFull: 'drop-oldest' } })).toBeNull();
    // The wrong answer names rate 70 and burst 1: a burst of 2 is another answer.
    expect(noteFor('rate-limit', { rateLimit: { ratePerSec: 70, burst: 2 } })).toBeNull();
    expect(noteFor('rate-limit', { rateLimit: { ratePerSec: 70, burst: 1 } })).toMatch(
      /burst of one/,
    );
  });

  it('matches a section switched off, and a section switched to another kind', () => {
    expect(noteFor('rate-limit', { rateLimit: null })).toMatch(/no limit/);
    expect(
      noteFor('payments', { feedback: { kind: 'watermark' } }),
      'the slow-down signal with its default mark, above the queue’s 20',
    ).toMatch(/never fires/);
    expect(
      noteFor('payments', { feedback: { kind: 'watermark', highWatermark: 10, lowWatermark: 5 } }),
    ).toBeNull();
  });

  it('returns the first match in the pack’s order', () => {
    const ex = exercise('kafka-retention');
    // Five unordered consumers match both "five" and "no ordering"; "five" comes first.
    const both = settings(ex, { consumers: { count: 5, ordering: 'none' } });
    expect(matchWrongAnswer(ex, both)).toBe(ex.wrongAnswers[0]);
    expect(matchWrongAnswer({ wrongAnswers: [...ex.wrongAnswers].reverse() }, both)?.note).toMatch(
      /out of order/,
    );
  });

  it('matches nothing for the start, the solution or an exercise without wrong answers', () => {
    for (const ex of pack.exercises) {
      expect(matchWrongAnswer(ex, ex.start), ex.id).toBeNull();
      expect(matchWrongAnswer(ex, ex.solution), ex.id).toBeNull();
      expect(matchWrongAnswer({ wrongAnswers: [] }, ex.start)).toBeNull();
    }
  });
});
