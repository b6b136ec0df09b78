import { describe, expect, it } from 'vitest';
import { loadBuiltInPack } from '../../exercises/index.ts';
import { hasControl, knobWords } from './knobWords.ts';

describe('knobWords', () => {
  it('uses the control’s own label', () => {
    expect(knobWords('consumers.count')).toBe('Consumers');
    expect(knobWords('queue.whenFull')).toBe('When the queue is full');
  });

  it('says when a knob opens a whole section', () => {
    expect(knobWords('retry')).toBe('Retries, and all its settings');
    expect(knobWords('rateLimit')).toBe('Rate limit at the door, and all its settings');
    expect(knobWords('queue')).toBe('Every queue setting');
  });

  it('falls back to the path for a field without a control', () => {
    expect(knobWords('workload.sizeBytes.min')).toBe('workload.sizeBytes.min');
  });
});

describe('the built-in exercises in the playground', () => {
  it('have a control for every knob, so each can be turned on the page', () => {
    const pack = loadBuiltInPack();
    const missing = pack.exercises.flatMap((e) =>
      e.knobs.filter((k) => !hasControl(k)).map((k) => `${e.id}: ${k}`),
    );
    expect(missing).toEqual([]);
  });
});
