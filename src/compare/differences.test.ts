import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import type { Summary } from '../sim/types.ts';
import { defaultComparison } from './comparison.ts';
import {
  buildDifferences,
  formatDifference,
  marksTrueOfAll,
  notRankedNote,
  rankValues,
  yetToShow,
} from './differences.ts';

/** The default comparison (no backpressure, block, drop the oldest) after `timeMs`. */
function summariesAt(timeMs: number): Summary[] {
  return defaultComparison().columns.map((scenario) => {
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    engine.advanceTo(timeMs);
    return engine.summary();
  });
}

const row = (rows: ReturnType<typeof buildDifferences>, id: string) => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('rankValues', () => {
  it('marks the best and the worst by which way is better', () => {
    expect(rankValues([3, 1, 2], 'lower')).toEqual(['worst', 'best', null]);
    expect(rankValues([3, 1, 2], 'higher')).toEqual(['best', 'worst', null]);
  });

  it('lets ties share a mark, and marks nothing when all are equal or it is neither', () => {
    expect(rankValues([1, 1, 4], 'lower')).toEqual(['best', 'best', 'worst']);
    expect(rankValues([5, 5, 5], 'lower')).toEqual([null, null, null]);
    expect(rankValues([1, 9], 'neither')).toEqual([null, null]);
  });

  it('leaves columns without a value out of the ranking', () => {
    expect(rankValues([null, 20, 10], 'lower')).toEqual([null, 'worst', 'best']);
    expect(rankValues([null, 20], 'lower')).toEqual([null, null]);
  });
});

describe('formatDifference', () => {
  it('says the difference from column A in the row’s own unit', () => {
    expect(formatDifference(150, 100, 'count')).toBe('+50 (+50%)');
    expect(formatDifference(75, 100, 'count')).toBe('−25 (−25%)');
    expect(formatDifference(5, 0, 'count')).toBe('+5');
    expect(formatDifference(0.25, 0.1, 'share')).toBe('+15 points');
    expect(formatDifference(0.031, 0.05, 'share')).toBe('−1.9 points');
    expect(formatDifference(0.9999996, 1, 'share')).toBe('same');
    expect(formatDifference(1500, 200, 'ms')).toBe('+1.3 s');
    expect(formatDifference(2000, 2000, 'bytes')).toBe('same');
    expect(formatDifference(null, 3, 'ms')).toBe('—');
  });
});

describe('buildDifferences', () => {
  it('shows the trade-off: blocking loses nothing, dropping keeps latency down', () => {
    const summaries = summariesAt(20_000);
    const rows = buildDifferences(summaries);
    const [none, block, dropOldest] = [0, 1, 2];
    const lost = row(rows, 'lost');
    expect(lost.cells[block]?.value).toBe(0);
    expect(lost.cells[block]?.rank).toBe('best');
    expect(lost.cells[dropOldest]?.value).toBeGreaterThan(0);
    // Column A's out-of-memory crashes lose the most.
    expect(lost.cells[none]?.rank).toBe('worst');
    expect(row(rows, 'crashes').cells[none]?.value).toBeGreaterThan(0);
    const blocked = row(rows, 'blocked');
    expect(blocked.cells[block]?.rank).toBe('worst');
    // Each cell but A's says how it differs from A, computed from the same numbers.
    const delivered = row(rows, 'delivered');
    const a = summaries[none]?.delivered ?? 0;
    const b = summaries[block]?.delivered ?? 0;
    expect(delivered.cells[none]?.versusA).toBeNull();
    expect(delivered.cells[block]?.versusA).toMatch(b >= a ? /^\+/ : /^−/);
  });

  it('has no latency before anything is delivered, and hides rows that are all zero', () => {
    const rows = buildDifferences(summariesAt(0));
    expect(row(rows, 'p99').cells.map((c) => c.text)).toEqual([
      'none delivered',
      'none delivered',
      'none delivered',
    ]);
    expect(rows.map((r) => r.id)).not.toContain('crashes');
    expect(rows.map((r) => r.id)).not.toContain('retries');
    for (const r of rows) expect(r.cells.every((c) => c.rank === null)).toBe(true);
  });
});

describe('a column yet to show what it does', () => {
  it('is not marked best while its unlimited queue fills up, and is once it has run out of memory', () => {
    // The reader's case: "No backpressure: Lost 0% ▲ best" at 6 s, just before it lost everything.
    const columns = defaultComparison().columns;
    const at = (timeMs: number) =>
      columns.map((scenario) => {
        const engine = createSimulation(scenario, { eventCapacity: 0 });
        engine.advanceTo(timeMs);
        return engine.summary();
      });
    const early = at(6120);
    const unranked = columns.map((c, i) => yetToShow(c, early[i]!));
    expect(unranked).toEqual([true, false, false]);
    expect(early[0]!.dropped.total).toBe(0);
    const lost = row(buildDifferences(early, unranked), 'lost');
    expect(lost.cells[0]?.text).toBe('0%');
    expect(lost.cells.map((c) => c.rank)).toEqual([null, 'best', 'worst']);
    // Without the rule it was marked best (what the reader saw).
    expect(row(buildDifferences(early), 'lost').cells[0]?.rank).toBe('best');
    // After its crash it has shown what it does, and takes part again.
    const late = at(30_000);
    expect(late[0]!.crashes).toBeGreaterThan(0);
    expect(columns.map((c, i) => yetToShow(c, late[i]!))).toEqual([false, false, false]);
    expect(row(buildDifferences(late, [false, false, false]), 'lost').cells[0]?.rank).toBe('worst');
  });

  it('leaves no mark on the others that its numbers contradict', () => {
    // The readers' case, both at 1280 and on a phone: at 3.6 s, B's 476 ms p99 was marked
    // "▼ worst" beside A's 1.07 s (A not marked yet), and its 331 ms mean beside A's 574 ms.
    const columns = defaultComparison().columns;
    const early = summariesAt(3580);
    const unranked = columns.map((c, i) => yetToShow(c, early[i]!));
    expect(unranked).toEqual([true, false, false]);
    const rows = buildDifferences(early, unranked);
    for (const id of ['p99', 'mean-latency']) {
      const cells = row(rows, id).cells;
      expect(cells[0]!.value!).toBeGreaterThan(cells[1]!.value!);
      expect(cells.map((c) => c.rank)).toEqual([null, null, 'best']);
    }
    // Whatever the row, a mark holds against every number beside it, marked or not.
    for (const r of rows) {
      const known = r.cells.map((c) => c.value).filter((v): v is number => v !== null);
      for (const cell of r.cells) {
        if (cell.rank === null || cell.value === null) continue;
        const lowIsBest = r.better === 'lower';
        const isBest = cell.value === (lowIsBest ? Math.min(...known) : Math.max(...known));
        const isWorst = cell.value === (lowIsBest ? Math.max(...known) : Math.min(...known));
        expect(cell.rank === 'best' ? isBest : isWorst, `${r.id} ${cell.text}`).toBe(true);
      }
    }
    // A tie with the unmarked column keeps the mark: nothing beside it is better.
    expect(
      marksTrueOfAll([null, 'best', 'worst'], [0, 0, 0.26], [true, false, false], 'lower'),
    ).toEqual([null, 'best', 'worst']);
  });

  it('says which columns are not marked and why', () => {
    expect(notRankedNote([])).toBeNull();
    expect(notRankedNote(['A'])).toMatch(
      /^Column A is not marked yet: its queue has no limit and fills faster than it empties/,
    );
    expect(notRankedNote(['A', 'C'])).toMatch(
      /^Columns A and C are not marked yet: their queues have no limit and fill faster than they empty/,
    );
  });
});
