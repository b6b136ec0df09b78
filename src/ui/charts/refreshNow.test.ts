import { describe, expect, it } from 'vitest';
import { drawAtOnce, refreshNow } from './refreshNow.ts';

describe('refreshNow', () => {
  it('waits out the interval while a run goes on', () => {
    expect(refreshNow(300, 1000, 1100)).toBe('later');
    // Then as a transition: the charts may render in slices, between frames and input.
    expect(refreshNow(0, 1000, 1100)).toBe('now');
  });

  it('shows a new run at once and not as a transition, not the old run’s lines under its zeros', () => {
    expect(refreshNow(300, 8000, 0)).toBe('urgent');
    expect(refreshNow(300, 8000, 150)).toBe('urgent');
    expect(refreshNow(0, 8000, 150)).toBe('urgent');
  });
});

describe('drawAtOnce', () => {
  const rows = (...ts: number[]) => ts.map((t) => ({ t }));
  it('draws a new run’s rows at once: fewer, earlier, or none yet', () => {
    expect(drawAtOnce(rows(0.1, 0.2, 1.9), rows(0.1))).toBe(true);
    expect(drawAtOnce(rows(0.1, 0.2, 1.9), rows())).toBe(true);
  });
  it('leaves the same run’s next rows, and a first drawing, to the staggered transition', () => {
    expect(drawAtOnce(rows(0.1, 0.2), rows(0.1, 0.2, 0.3))).toBe(false);
    expect(drawAtOnce(rows(0.1, 0.2), rows(0.1, 0.2))).toBe(false);
    expect(drawAtOnce(rows(), rows(0.1))).toBe(false);
  });
});
