import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { decodeShareQuery } from '../share/shareLink.ts';
import { strategyOf } from '../domain/strategies.ts';
import { defaultComparison, setColumnField } from './comparison.ts';
import { decodeCompareQuery } from './compareLink.ts';
import { compareUrl, compareUrlFor, playgroundUrlFor } from './compareUrl.ts';

const PLAYGROUND = 'https://example.org/blog/tools/playground/?preset=block&seed=7#top';

describe('compareUrlFor', () => {
  it('opens the compare page beside the playground, its scenario as column A', () => {
    const scenario = { ...presetScenario('drop-oldest'), seed: 7 };
    const url = new URL(compareUrlFor(PLAYGROUND, scenario));
    expect(url.origin + url.pathname).toBe(
      'https://example.org/blog/tools/playground/compare.html',
    );
    expect(url.hash).toBe('');
    const decoded = decodeCompareQuery(url.search);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
    const [a, b] = decoded.comparison.columns;
    expect(a).toEqual(scenario);
    // Beside it: the same workload and seed, with no backpressure at all.
    expect(b?.seed).toBe(7);
    expect(b?.workload).toEqual(scenario.workload);
    expect(b && strategyOf(b)).toBe('none');
  });

  it('puts a scenario without backpressure beside blocking the producer', () => {
    const url = compareUrlFor(PLAYGROUND, presetScenario('no-backpressure'));
    const decoded = decodeCompareQuery(new URL(url).search);
    expect(decoded.ok && decoded.comparison.columns.map(strategyOf)).toEqual(['none', 'block']);
  });

  it('works from the playground’s own file name too', () => {
    const url = compareUrl('https://example.org/p/index.html?v=1', defaultComparison());
    expect(url.startsWith('https://example.org/p/compare.html?compare=1&')).toBe(true);
  });
});

describe('playgroundUrlFor', () => {
  it('opens one column in the playground, exactly', () => {
    const change = setColumnField(defaultComparison(), 2, 'queue.capacity', 33);
    if (!change.ok) throw new Error('refused');
    const page = 'https://example.org/p/compare.html?compare=1';
    change.comparison.columns.forEach((column) => {
      const url = new URL(playgroundUrlFor(page, column));
      expect(url.pathname).toBe('/p/index.html');
      const decoded = decodeShareQuery(url.search);
      expect(decoded.ok && decoded.scenario).toEqual(column);
    });
  });

  it('uses the short preset form for a column that is a preset as it is', () => {
    const scenario = { ...presetScenario('block'), seed: 5 };
    const url = new URL(playgroundUrlFor('https://example.org/compare.html', scenario));
    expect(url.search).toBe('?preset=block&seed=5');
  });
});
