import { describe, expect, it } from 'vitest';
import { compareUnavailable, progressLine, progressWords } from './roomSummary.ts';

const title = (id: string) => id.toUpperCase();

describe('an attendee’s progress in one line', () => {
  it('numbers the exercises passed, then those only tried, by their column', () => {
    const progress = ['passed', null, 'tried', 'passed-after-solution', null] as const;
    // No-break spaces hold each group together; the line wraps only around the dot.
    expect(progressLine(progress)).toBe('✓\u00a01\u00a04 · ◐\u00a03');
    expect(progressWords(progress)).toBe('Passed 1 and 4; tried 3.');
  });

  it('says so when nothing was checked, or only tried', () => {
    expect(progressLine([null, null])).toBe('–');
    expect(progressWords([null, null])).toBe('Nothing checked yet.');
    expect(progressLine([null, 'tried'])).toBe('◐\u00a02');
    expect(progressWords(['tried', 'tried', 'tried'])).toBe('Tried 1, 2 and 3.');
  });
});

describe('why Compare cannot open', () => {
  it('is silent once two attendees answered the same exercise', () => {
    const room = [
      { name: 'Ana', answered: ['a', 'b'], unopenable: [] },
      { name: 'Bo', answered: ['b'], unopenable: [] },
    ];
    expect(compareUnavailable(room, title)).toBeNull();
  });

  it('asks for a second attendee when there is one', () => {
    expect(compareUnavailable([{ name: 'Ana', answered: ['a'], unopenable: [] }], title)).toBe(
      'Compare needs two attendees who checked the same exercise; only one attendee is in the room so far. Add another’s code.',
    );
  });

  it('names who answered what when no two answers meet', () => {
    const room = [
      { name: 'Ana', answered: ['a'], unopenable: [] },
      { name: 'Bo', answered: ['b', 'c'], unopenable: [] },
      { name: 'Attendee 3', answered: [], unopenable: [] },
    ];
    expect(compareUnavailable(room, title)).toBe(
      'Compare needs two attendees who checked the same exercise; so far no two have (Ana: A; Bo: B, C).',
    );
  });

  it('says which answers cannot be opened, so the instructor knows whom to ask', () => {
    const room = [
      { name: 'Ana', answered: ['a'], unopenable: [] },
      { name: 'Bo', answered: [], unopenable: ['a'] },
    ];
    expect(compareUnavailable(room, title)).toBe(
      'Compare needs two attendees who checked the same exercise; so far no two have (Ana: A). The answers of Bo change settings their exercise does not allow, so they cannot be opened.',
    );
  });
});
