import { describe, expect, it } from 'vitest';
import { LIVE_INTERVAL_MS } from '../../driver/frameTiming.ts';
import { MAX_SPEED, MIN_SPEED } from '../../domain/speed.ts';
import {
  CHART_INTERVAL_MS,
  CHART_LAG_SHARE,
  CHART_LAG_SIM_MS,
  chartIntervalMs,
  chartStaggerMs,
  drawAtOnce,
  refreshNow,
} from './refreshNow.ts';

describe('chartIntervalMs', () => {
  it('redraws twice a second at 1× and slower', () => {
    for (const speed of [MIN_SPEED, 0.5, 1]) expect(chartIntervalMs(speed)).toBe(CHART_INTERVAL_MS);
  });
  it('redraws with every refresh the page hears from 5× on, so the last point keeps up with the clock', () => {
    for (const speed of [5, 10, 20, MAX_SPEED])
      expect(chartIntervalMs(speed)).toBe(LIVE_INTERVAL_MS);
    // Up to 20× however long the run.
    for (const speed of [5, 20]) expect(chartIntervalMs(speed, 3_600_000)).toBe(LIVE_INTERVAL_MS);
  });
  it('above 20× keeps within a share of the run, redrawing less often as the run grows', () => {
    expect(chartIntervalMs(MAX_SPEED, 10_000)).toBe(LIVE_INTERVAL_MS);
    expect(chartIntervalMs(MAX_SPEED, 1_000_000)).toBe(200);
    expect(chartIntervalMs(MAX_SPEED, 10_000_000)).toBe(CHART_INTERVAL_MS);
    for (const runMs of [10_000, 500_000, 1_000_000, 2_000_000])
      expect(chartIntervalMs(MAX_SPEED, runMs) * MAX_SPEED).toBeLessThanOrEqual(
        Math.max(CHART_LAG_SIM_MS, runMs * CHART_LAG_SHARE) + LIVE_INTERVAL_MS * MAX_SPEED,
      );
  });
  it('never lets the chart fall further behind than CHART_LAG_SIM_MS where the refreshes allow it', () => {
    for (let speed = MIN_SPEED; speed <= MAX_SPEED; speed *= 1.1) {
      const interval = chartIntervalMs(speed);
      expect(interval).toBeGreaterThanOrEqual(LIVE_INTERVAL_MS);
      expect(interval).toBeLessThanOrEqual(CHART_INTERVAL_MS);
      // Simulated time between two redraws: within the bound, but for the rounding up to whole
      // refreshes (and the refreshes' own pace).
      expect(interval * speed).toBeLessThanOrEqual(
        Math.max(CHART_LAG_SIM_MS, LIVE_INTERVAL_MS * speed) + LIVE_INTERVAL_MS * speed,
      );
    }
  });
});

describe('chartStaggerMs', () => {
  it('redraws the last chart before the next refresh, at every interval', () => {
    for (const interval of [LIVE_INTERVAL_MS, 250, CHART_INTERVAL_MS])
      for (const charts of [1, 2, 5, 6]) {
        const stagger = chartStaggerMs(interval, charts);
        expect(stagger).toBeGreaterThan(0);
        expect((charts - 1) * stagger).toBeLessThan(interval);
      }
  });
});

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
