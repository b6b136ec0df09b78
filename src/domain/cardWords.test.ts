import { describe, expect, it } from 'vitest';
import { producerLine, sinceChangeWords } from './cardWords.ts';

describe('the words around the live cards', () => {
  it('say the cards count from the reader’s change, and what still counts the whole run', () => {
    expect(sinceChangeWords(12_300)).toBe(
      'Cards count from your change at 12.3 s. The stage and chart count the whole run.',
    );
  });

  it('say a paused run is paused before the producer’s state, not "(as the run was paused)"', () => {
    expect(producerLine('running', true)).toBe('Producer: running');
    expect(producerLine('running', false)).toBe(
      'Run paused. When it paused, the producer was running',
    );
    expect(producerLine('running', false)).not.toMatch(/Producer: running/);
    expect(producerLine('blocked, queue full', false)).not.toMatch(/as the run was/);
    // Not started yet: nothing was running when it paused (try 15).
    expect(producerLine('running', false, false)).toBe(
      'Run paused at its start: press Play to begin',
    );
  });
});
