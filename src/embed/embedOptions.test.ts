import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../store/types.ts';
import {
  CONTROL_LEVELS,
  EMBED_DEFAULTS,
  EMBED_THEMES,
  formatEmbedOptions,
  parseEmbedOptions,
  type EmbedOptions,
} from './embedOptions.ts';

const parse = (query: string) => parseEmbedOptions(query);
const optionsOf = (query: string) => parse(query).options;
const problemsOf = (query: string) => parse(query).problems;

describe('parseEmbedOptions', () => {
  it('gives the defaults for an empty query or a bare scenario link', () => {
    expect(parse('')).toEqual({ options: EMBED_DEFAULTS, problems: [] });
    expect(parse('?preset=drop-oldest&seed=7&s=abc&v=1')).toEqual({
      options: EMBED_DEFAULTS,
      problems: [],
    });
  });

  it('reads every option', () => {
    expect(
      optionsOf(
        '?controls=full&charts=depth,drops&autoplay=0&speed=2.5&theme=dark&height=420&id=fig-1',
      ),
    ).toEqual({
      controls: 'full',
      charts: ['depth', 'drops'],
      autoplay: false,
      speed: 2.5,
      theme: 'dark',
      height: 420,
      id: 'fig-1',
    });
  });

  it('reads charts as none, all, or a list without repeats', () => {
    expect(optionsOf('charts=none').charts).toEqual([]);
    expect(optionsOf('charts=all').charts).toEqual(CHART_IDS);
    expect(optionsOf('charts=latency,%20depth,latency').charts).toEqual(['latency', 'depth']);
  });

  it('keeps the good charts of a list and names the bad ones', () => {
    const { options, problems } = parse('charts=depth,queue,,pie');
    expect(options.charts).toEqual(['depth']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.option).toBe('charts');
    expect(problems[0]?.message).toContain('"queue" and "pie" are not charts');
  });

  it('reports a list that names nothing', () => {
    expect(problemsOf('charts=,')[0]?.message).toMatch(/names no chart/);
  });

  it('accepts true and false for autoplay as well as 1 and 0', () => {
    expect(optionsOf('autoplay=false').autoplay).toBe(false);
    expect(optionsOf('autoplay=true').autoplay).toBe(true);
  });

  it.each([
    ['controls=some', 'controls', /"some" is not one of none, minimal, full/],
    ['autoplay=maybe', 'autoplay', /neither 1 nor 0/],
    ['speed=0.1', 'speed', /from 0.25 to 100/],
    ['speed=1000', 'speed', /from 0.25 to 100/],
    ['speed=', 'speed', /not a number/],
    ['speed=Infinity', 'speed', /not a number/],
    ['theme=sepia', 'theme', /"sepia" is not one of auto, light, dark/],
    ['height=12', 'height', /from 160 to 4000/],
    ['height=99999', 'height', /from 160 to 4000/],
    ['height=400.5', 'height', /whole number/],
    ['height=-400', 'height', /whole number/],
    ['id=has%20space', 'id', /letters, digits/],
  ])('reports %s and keeps the default', (query, option, message) => {
    const { options, problems } = parse(query);
    expect(options).toEqual(EMBED_DEFAULTS);
    expect(problems).toEqual([{ option, message: expect.stringMatching(message) }]);
  });

  it('names parameters that are not options, and repeated ones', () => {
    expect(problemsOf('chart=depth')).toEqual([
      { option: 'chart', message: 'is not an embed option and was ignored' },
    ]);
    const { options, problems } = parse('speed=2&speed=3');
    expect(options.speed).toBe(2);
    expect(problems[0]?.message).toMatch(/more than once/);
  });

  it('quotes a hostile value only in part', () => {
    const message = problemsOf(`theme=${'x'.repeat(5000)}`)[0]?.message ?? '';
    expect(message.length).toBeLessThan(120);
    expect(message).toContain('(5,000 characters)');
  });

  it('sums up thousands of unknown parameters in one short line', () => {
    const query = Array.from({ length: 20_000 }, (_, i) => `p${i}=1`).join('&');
    const problems = problemsOf(query);
    expect(problems).toEqual([
      {
        option: 'p0, p1, p2, p3, p4 and 19,995 more',
        message: 'are not embed options and were ignored',
      },
    ]);
  });

  it('sums up a chart list of thousands of unknown names', () => {
    const charts = Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(',');
    const message = problemsOf(`charts=depth,${charts}`)[0]?.message ?? '';
    expect(message).toMatch(/^"c0", "c1", "c2", "c3", "c4" and 19,995 more are not charts;/);
    expect(message.length).toBeLessThan(200);
  });

  it('shortens a huge unknown parameter name', () => {
    const [problem] = problemsOf(`${'n'.repeat(100_000)}=1`);
    expect(problem?.option).toBe(`${'n'.repeat(24)}… (100,000 characters)`);
  });

  it('never throws, and always returns usable options', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const { options } = parse(query);
        expect(CONTROL_LEVELS).toContain(options.controls);
        expect(EMBED_THEMES).toContain(options.theme);
        expect(options.speed).toBeGreaterThanOrEqual(0.25);
        expect(options.speed).toBeLessThanOrEqual(100);
        for (const chart of options.charts) expect(CHART_IDS).toContain(chart);
      }),
    );
  });
});

describe('formatEmbedOptions', () => {
  it('leaves the defaults out', () => {
    expect(formatEmbedOptions(EMBED_DEFAULTS)).toEqual([]);
  });

  it('is undone by parseEmbedOptions', () => {
    const arbitraryOptions: fc.Arbitrary<EmbedOptions> = fc.record({
      controls: fc.constantFrom(...CONTROL_LEVELS),
      charts: fc.uniqueArray(fc.constantFrom(...CHART_IDS)),
      autoplay: fc.boolean(),
      speed: fc.double({ min: 0.25, max: 100, noNaN: true }),
      theme: fc.constantFrom(...EMBED_THEMES),
      height: fc.option(fc.integer({ min: 160, max: 4000 })),
      id: fc.option(fc.stringMatching(/^[A-Za-z0-9_.:-]{1,64}$/)),
    });
    fc.assert(
      fc.property(arbitraryOptions, (options) => {
        const query = new URLSearchParams(formatEmbedOptions(options)).toString();
        expect(parse(query)).toEqual({ options, problems: [] });
      }),
    );
  });
});
