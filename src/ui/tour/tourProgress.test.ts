import { describe, expect, it } from 'vitest';
import {
  FIRST_VISIT,
  readTourProgress,
  resumeStep,
  TOUR_KEY,
  writeTourProgress,
} from './tourProgress.ts';

function memoryStorage(initial?: string) {
  const items = new Map<string, string>();
  if (initial !== undefined) items.set(TOUR_KEY, initial);
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('the tour’s remembered progress', () => {
  it('reads back what it wrote', () => {
    const storage = memoryStorage();
    writeTourProgress(storage, { seen: true, step: 3, finished: false });
    expect(readTourProgress(storage)).toEqual({ seen: true, step: 3, finished: false });
  });

  it('counts missing, damaged or strange contents as a first visit, field by field', () => {
    for (const text of [undefined, '', '{', 'null', '42', '"seen"', '[]', 'x'.repeat(500)])
      expect(readTourProgress(memoryStorage(text)), String(text)).toEqual(FIRST_VISIT);
    expect(readTourProgress(memoryStorage('{"seen":"yes","step":2}'))).toEqual({
      seen: false,
      step: 2,
      finished: false,
    });
    for (const step of ['-1', '2.5', '1e9', '"3"', 'null'])
      expect(readTourProgress(memoryStorage(`{"seen":true,"step":${step}}`)).step, step).toBe(0);
    expect(readTourProgress(null)).toEqual(FIRST_VISIT);
  });

  it('never throws from a storage that refuses to be read or written', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readTourProgress(refusing)).toEqual(FIRST_VISIT);
    expect(() =>
      writeTourProgress(refusing, { seen: true, step: 1, finished: false }),
    ).not.toThrow();
  });

  it('resumes at the step reached, within the story, and from the start once finished', () => {
    expect(resumeStep({ seen: true, step: 4, finished: false }, 7)).toBe(4);
    expect(resumeStep({ seen: true, step: 40, finished: false }, 7)).toBe(6);
    expect(resumeStep({ seen: true, step: 6, finished: true }, 7)).toBe(0);
  });
});
