import { describe, expect, it } from 'vitest';
import { KNOBS } from '../../domain/knobs.ts';
import { loadBuiltInPack } from '../../exercises/index.ts';
import { exerciseKnob } from './exerciseKnob.ts';

const pack = loadBuiltInPack();
const exercise = (id: string) => pack.exercises.find((e) => e.id === id)!;

describe('a knob as an exercise shows it', () => {
  const bound = exercise('where-the-bound');
  const shown = (path: string) => exerciseKnob(KNOBS.get(path)!, bound.start, bound.budget);

  it('names the first queue of a chain "Stage 1", beside "Stage 2"', () => {
    expect(shown('queue.capacity').label).toBe('Stage 1 queue capacity');
    expect(shown('downstream.0.queue.capacity').label).toBe('Stage 2 queue capacity');
  });

  it('speaks of the exercise’s shared places, not the machine’s 200,000', () => {
    for (const path of ['queue.capacity', 'downstream.0.queue.capacity']) {
      const help = shown(path).description ?? '';
      expect(help, path).toContain('share the 60 places this exercise has in all');
      expect(help, path).not.toMatch(/200,000/);
    }
    expect(shown('queue.capacity').description).toMatch(
      /^How many messages may wait in front of stage 1,/,
    );
  });

  it('leaves a single queue’s knob as it is', () => {
    const single = exercise('out-of-memory');
    const knob = KNOBS.get('queue.capacity')!;
    expect(exerciseKnob(knob, single.start, single.budget)).toBe(knob);
  });
});
