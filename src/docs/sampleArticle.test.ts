/**
 * The sample article's words about its figures hold for the presets the figures show: it once said
 * "All of them start from the same overload" over producers at 70, 65, 75, 70, 70 and 130/s.
 */
import { describe, expect, it } from 'vitest';
import article from '../../public/examples/blog-post.html?raw';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';

/** The preset of each figure, in the article's order (the try-it buttons name none). */
const figures = [...article.matchAll(/<figure>\s*<div[^>]*?data-preset="([^"]+)"/g)].map((m) =>
  presetScenario(m[1] as string),
);

function producerRate(scenario: Scenario): number {
  const pattern = scenario.workload.pattern;
  if (pattern.kind !== 'steady') throw new Error(`a figure's producer is ${pattern.kind}`);
  return pattern.ratePerSec;
}

/** What one consumer finishes a second, for a constant or exponential service time. */
function oneConsumerRate(scenario: Scenario): number {
  const service = scenario.consumers.service;
  if (!('meanMs' in service)) throw new Error(`a figure's service time is ${service.kind}`);
  return 1000 / service.meanMs;
}

/** The article's text without its tags and with its lines joined, as a reader reads it. */
const prose = article
  .replace(/<[^>]+>/g, ' ')
  .replace(/\s+/g, ' ')
  .trim();

describe('the sample article', () => {
  it('says what overload its figures start from, as their presets have it', () => {
    expect(figures.length).toBe(6);
    const rates = figures.map(producerRate);
    if (new Set(rates).size > 1) expect(prose).not.toMatch(/same overload/i);

    const claim =
      /one consumer finishes about (\d+) messages a second, and the producer offers more\. It offers (\d+) to (\d+) a second in figures 1 to (\d+), [^,]+, and (\d+) in figure (\d+)/.exec(
        prose,
      );
    expect(claim, 'the sentence naming the overload').not.toBeNull();
    const [, consumer, low, high, lastOfRange, alone, aloneFigure] = (claim ?? []).map(Number);
    for (const figure of figures) {
      expect(figure.consumers.count).toBe(1);
      expect(oneConsumerRate(figure)).toBe(consumer);
    }
    const ranged = rates.slice(0, lastOfRange);
    expect(Math.min(...ranged)).toBe(low);
    expect(Math.max(...ranged)).toBe(high);
    expect(aloneFigure).toBe(figures.length);
    expect(rates.at(-1)).toBe(alone);
    // "The producer offers more": every figure is an overload.
    for (const rate of rates) expect(rate).toBeGreaterThan(consumer as number);
  });
});
