import { describe, expect, it } from 'vitest';
import { composeChartSvg, escapeXml, layoutLegend, type LegendEntry } from './chartImage.ts';

const icon = { markup: '<svg width="20" height="6"><line/></svg>', width: 20, height: 6 };
const entry = (label: string): LegendEntry => ({ icon, label });

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });
});

describe('layoutLegend', () => {
  it('puts entries that fit on one centred row', () => {
    const { placed, height } = layoutLegend([entry('p50'), entry('p95')], 400);
    expect(height).toBe(18);
    expect(placed.map((p) => p.y)).toEqual([0, 0]);
    const first = placed[0]?.x ?? 0;
    expect(first).toBeGreaterThan(100);
    expect(placed[1]?.x).toBeGreaterThan(first + 20);
  });

  it('wraps onto new rows instead of overflowing', () => {
    const long = Array.from({ length: 6 }, (_, i) => entry(`Replaced by newer ${i}`));
    const { placed, height } = layoutLegend(long, 300);
    expect(height).toBeGreaterThan(18);
    for (const p of placed) {
      const w = 25 + p.entry.label.length * 12 * 0.6;
      expect(p.x + w).toBeLessThanOrEqual(300);
    }
  });

  it('gives an entry wider than the chart a row of its own', () => {
    const { placed } = layoutLegend([entry('x'.repeat(80)), entry('y')], 100);
    expect(placed.map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [expect.any(Number), 18],
    ]);
  });

  it('is empty for no entries', () => {
    expect(layoutLegend([], 300)).toEqual({ placed: [], height: 0 });
  });
});

describe('composeChartSvg', () => {
  const image = composeChartSvg({
    title: 'Queue depth <live>',
    plot: { markup: '<svg id="plot" width="300" height="180"></svg>', width: 300, height: 180 },
    legend: [entry('Waiting'), entry('Capacity (20)')],
    background: '#14171b',
    foreground: 'rgb(230, 233, 237)',
    fontFamily: '"Segoe UI", sans-serif',
  });

  it('is one SVG document with room for the title, the plot and the legend', () => {
    expect(image.markup).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="324"/);
    expect(image.width).toBe(324);
    expect(image.height).toBeGreaterThan(180 + 14 + 18);
    expect(image.markup).toContain(`height="${image.height}"`);
    expect(image.markup.endsWith('</svg>')).toBe(true);
  });

  it('paints the theme background and text colour, and escapes every text', () => {
    expect(image.markup).toContain('<rect width="100%" height="100%" fill="#14171b"/>');
    expect(image.markup).toContain('fill="rgb(230, 233, 237)"');
    expect(image.markup).toContain('font-family="&quot;Segoe UI&quot;, sans-serif"');
    expect(image.markup).toContain('Queue depth &lt;live&gt;</text>');
  });

  it('includes the plot and every legend entry', () => {
    expect(image.markup).toContain('<svg id="plot" width="300" height="180"></svg>');
    expect(image.markup).toContain('>Waiting</text>');
    expect(image.markup).toContain('>Capacity (20)</text>');
    expect(image.markup.match(/<line\/>/g)).toHaveLength(2);
  });
});
