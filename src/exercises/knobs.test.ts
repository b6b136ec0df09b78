import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import type { Scenario, ScenarioInput } from '../sim/scenario.ts';
import {
  applyPatch,
  changedPaths,
  hasEditableInside,
  isEditable,
  knobProblem,
  lockedChanges,
} from './knobs.ts';

function scenario(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const start = scenario({
  queue: { capacity: 20 },
  feedback: { kind: 'watermark', highWatermark: 30, lowWatermark: 10 },
});
const exercise = { start, knobs: ['queue.capacity', 'feedback'] };

describe('isEditable', () => {
  it('opens a knob and everything inside it, and nothing beside it', () => {
    expect(isEditable(exercise, 'queue.capacity')).toBe(true);
    expect(isEditable(exercise, 'queue.whenFull')).toBe(false);
    expect(isEditable(exercise, 'queue')).toBe(false);
    expect(isEditable(exercise, 'feedback')).toBe(true);
    expect(isEditable(exercise, 'feedback.delayMs')).toBe(true);
    expect(isEditable(exercise, 'feedback.kind')).toBe(true);
    // A prefix of a name is not a parent: queue.cap is not inside queue.capacity, nor the reverse.
    expect(isEditable({ knobs: ['queue.cap'] }, 'queue.capacity')).toBe(false);
  });

  it('leaves the fields the checker sets itself free', () => {
    for (const path of ['seed', 'durationSec', 'name', 'metrics.seriesLength'])
      expect(isEditable({ knobs: [] }, path)).toBe(true);
    expect(isEditable({ knobs: [] }, 'metrics.deadlineMs')).toBe(false);
  });

  it('says which sections hold an editable field', () => {
    expect(hasEditableInside(exercise, 'queue')).toBe(true);
    expect(hasEditableInside(exercise, 'consumers')).toBe(false);
  });
});

describe('changedPaths', () => {
  it('finds the deepest changed fields, a changed kind as its section, a list as one value', () => {
    const next = scenario({
      queue: { capacity: 30 },
      feedback: { kind: 'credit' },
      workload: { priorityWeights: [1, 2] },
      consumers: { count: 2 },
    });
    expect(changedPaths(start, next).sort()).toEqual(
      ['consumers.count', 'feedback', 'queue.capacity', 'workload.priorityWeights'].sort(),
    );
    expect(changedPaths(start, start)).toEqual([]);
  });

  it('sees null against a value as a change', () => {
    expect(changedPaths(start, { ...start, rateLimit: { ratePerSec: 5, burst: 1 } })).toEqual([
      'rateLimit',
    ]);
  });
});

describe('lockedChanges', () => {
  it('allows changes within the knobs and the free fields', () => {
    const next = scenario({
      seed: 9,
      durationSec: 5,
      queue: { capacity: 5 },
      feedback: { kind: 'credit', window: 3 },
    });
    expect(lockedChanges(exercise, next)).toEqual([]);
  });

  it('names each locked field that changed, and what may change', () => {
    const next = scenario({
      queue: { capacity: 20, whenFull: 'block' },
      feedback: { kind: 'watermark', highWatermark: 30, lowWatermark: 10 },
      consumers: { count: 3 },
    });
    expect(lockedChanges(exercise, next)).toEqual([
      {
        path: 'queue.whenFull',
        message: 'is locked in this exercise; you may change only queue.capacity, feedback',
      },
      {
        path: 'consumers.count',
        message: 'is locked in this exercise; you may change only queue.capacity, feedback',
      },
    ]);
  });
});

describe('applyPatch', () => {
  it('merges objects field by field and replaces everything else', () => {
    expect(
      applyPatch({ a: { b: 1, c: 2 }, d: [1, 2], e: 5 }, { a: { b: 3 }, d: [9], e: null }),
    ).toEqual({
      a: { b: 3, c: 2 },
      d: [9],
      e: null,
    });
  });

  it('replaces a section whose kind changes, so the new kind starts from its defaults', () => {
    expect(applyPatch({ f: { kind: 'watermark', delayMs: 9 } }, { f: { kind: 'credit' } })).toEqual(
      {
        f: { kind: 'credit' },
      },
    );
    expect(applyPatch({ f: { kind: 'watermark', delayMs: 9 } }, { f: { intervalMs: 2 } })).toEqual({
      f: { kind: 'watermark', delayMs: 9, intervalMs: 2 },
    });
  });

  it('keeps a "__proto__" key as a plain field rather than a prototype', () => {
    const patched = applyPatch({ a: 1 }, JSON.parse('{"__proto__": {"polluted": true}}')) as object;
    expect(Object.keys(patched)).toEqual(['a', '__proto__']);
    expect(Object.getPrototypeOf(patched)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('knobProblem', () => {
  it('accepts fields and sections of the start, null ones included', () => {
    for (const knob of [
      'queue.capacity',
      'queue',
      'rateLimit',
      'feedback.delayMs',
      'workload.pattern',
    ])
      expect(knobProblem(start, knob)).toBeNull();
  });

  it('explains what is wrong with a bad knob', () => {
    expect(knobProblem(start, 'retry.delayMs')).toMatch(
      /its retry is of kind none\); open "retry"/,
    );
    expect(knobProblem(start, 'rateLimit.burst')).toMatch(/rateLimit is null there/);
    expect(knobProblem(start, 'feedback.kind')).toMatch(/open the whole section "feedback"/);
    expect(knobProblem(start, 'durationSec')).toMatch(/sets durationSec itself/);
    expect(knobProblem(start, 'queue..capacity')).toMatch(/dotted field path/);
    expect(knobProblem(start, 'speed')).toBe('is not a field of the scenario');
  });
});

describe('knobs in a pipeline’s stages', () => {
  const chain = (door: number, second: number, meanMs = 16) => {
    const parsed = parseScenario({
      queue: { capacity: door },
      downstream: [
        { queue: { capacity: second }, consumers: { service: { kind: 'exponential', meanMs } } },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.value;
  };

  it('name a later stage’s field by its index, and follow the stages item by item', () => {
    const start = chain(59, 1);
    expect(knobProblem(start, 'downstream.0.queue.capacity')).toBeNull();
    expect(knobProblem(start, 'downstream.1.queue.capacity')).toMatch(/not a field/);
    expect(changedPaths(start, chain(30, 30))).toEqual([
      'queue.capacity',
      'downstream.0.queue.capacity',
    ]);
  });

  it('lock what the knobs leave closed inside a stage', () => {
    const exercise = {
      knobs: ['queue.capacity', 'downstream.0.queue.capacity'],
      start: chain(59, 1),
    };
    expect(lockedChanges(exercise, chain(30, 30))).toEqual([]);
    expect(lockedChanges(exercise, chain(59, 1, 8)).map((p) => p.path)).toEqual([
      'downstream.0.consumers.service.meanMs',
    ]);
  });
});
