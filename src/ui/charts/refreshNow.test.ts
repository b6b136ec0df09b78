import { describe, expect, it } from 'vitest';
import { refreshNow } from './refreshNow.ts';

describe('refreshNow', () => {
  it('waits out the interval while a run goes on', () => {
    expect(refreshNow(300, 1000, 1100)).toBe(false);
    expect(refreshNow(0, 1000, 1100)).toBe(true);
  });

  it('shows a new run at once, not the old run’s lines under its zeros', () => {
    expect(refreshNow(300, 8000, 0)).toBe(true);
    expect(refreshNow(300, 8000, 150)).toBe(true);
  });
});
