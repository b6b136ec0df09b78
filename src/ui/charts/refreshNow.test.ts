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
  const of = (run: number, ...ts: number[]) => ({ run, rows: rows(...ts) });
  it('draws a new run’s rows at once: fewer, earlier, or none yet', () => {
    expect(drawAtOnce(of(1, 0.1, 0.2, 1.9), of(2, 0.1))).toBe(true);
    expect(drawAtOnce(of(1, 0.1, 0.2, 1.9), of(2))).toBe(true);
  });
  it('draws a new run at once even when it has gone past where the old one was drawn', () => {
    // A chart out of view as the tour's step began its run, scrolled to six seconds later: the
    // old run was drawn up to 0.3 s.
    expect(drawAtOnce(of(3, 0.1, 0.2, 0.3), of(4, 0.1, 0.2, 0.3, 6))).toBe(true);
    expect(drawAtOnce(of(3, 0.1, 0.2, 0.3), of(4, 0.1, 0.2, 0.3))).toBe(true);
  });
  it('leaves the same run’s next rows, and a first drawing, to the staggered transition', () => {
    expect(drawAtOnce(of(1, 0.1, 0.2), of(1, 0.1, 0.2, 0.3))).toBe(false);
    expect(drawAtOnce(of(1, 0.1, 0.2), of(1, 0.1, 0.2))).toBe(false);
    expect(drawAtOnce(of(1), of(1, 0.1))).toBe(false);
  });
});
