import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { CHART_IDS } from '../store/types.ts';
import { decodeShareQuery } from './shareLink.ts';
import { shareUrl } from './shareUrl.ts';
import { DEFAULT_LINK_VIEW, readViewParams, writeViewParams, type LinkView } from './viewLink.ts';

const linkView: fc.Arbitrary<LinkView> = fc.record({
  speed: fc.double({ min: 0.25, max: 100, noNaN: true }),
  advanced: fc.boolean(),
  chartFocus: fc.constantFrom(null, ...CHART_IDS),
});

describe('view options in a link', () => {
  it('leave a default view out of the link altogether', () => {
    const params = new URLSearchParams('preset=drop-oldest&seed=7');
    writeViewParams(params, DEFAULT_LINK_VIEW);
    expect(params.toString()).toBe('preset=drop-oldest&seed=7');
  });

  it('come back as they were written, speed to three significant digits', () => {
    fc.assert(
      fc.property(linkView, (view) => {
        const params = new URLSearchParams();
        writeViewParams(params, view);
        const { view: read, problems } = readViewParams(params.toString());
        expect(problems).toEqual([]);
        expect({ ...DEFAULT_LINK_VIEW, ...read }).toEqual({
          ...view,
          speed: Number(view.speed.toPrecision(3)),
        });
      }),
    );
  });

  it('travel beside the scenario without changing it', () => {
    const scenario = { ...presetScenario('kafka'), seed: 12 };
    const url = shareUrl('https://example.org/play/?old=1#x', scenario, 'kafka', {
      speed: 10,
      advanced: true,
      chartFocus: 'latency',
    });
    expect(url).toBe(
      'https://example.org/play/?preset=kafka&seed=12&speed=10&advanced=1&chart=latency',
    );
    const query = new URL(url).search;
    const decoded = decodeShareQuery(query);
    expect(decoded.ok && decoded.scenario).toEqual(scenario);
    expect(readViewParams(query).view).toEqual({
      speed: 10,
      advanced: true,
      chartFocus: 'latency',
    });
  });

  it('name each unusable option and keep the usable ones', () => {
    const { view, problems } = readViewParams('?speed=1e9&advanced=yes&chart=pie');
    expect(view).toEqual({});
    expect(problems.map((p) => p.path)).toEqual(['speed', 'advanced', 'chart']);
    expect(problems[0]?.message).toContain('from 0.25 to 100');
    expect(readViewParams('?speed=&chart=drops').view).toEqual({ chartFocus: 'drops' });
  });

  it('never throw, whatever the query holds', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
        const query = `speed=${a}&advanced=${b}&chart=${c}&${a}=${b}`;
        const { view, problems } = readViewParams(query);
        for (const p of problems) expect(p.message.length).toBeLessThan(200);
        if (view.speed !== undefined) expect(view.speed).toBeGreaterThanOrEqual(0.25);
      }),
    );
  });
});
