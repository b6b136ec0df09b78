import { describe, expect, it } from 'vitest';
import { decodeShareQuery, encodeShareQuery } from '../share/shareLink.ts';
import { presetScenario } from '../sim/presets.ts';
import { EMBED_DEFAULTS, parseEmbedOptions, type EmbedOptions } from './embedOptions.ts';
import {
  embedQuery,
  embedUrl,
  escapeHtml,
  iframeSnippet,
  loaderSnippet,
  playgroundUrl,
  type SnippetInput,
} from './embedSnippet.ts';
import { queryFromDataset } from './loader.ts';

const BASE = 'https://example.org/blog/playground/';

function input(options: Partial<EmbedOptions> = {}, shareQuery = 'preset=drop-oldest&seed=7') {
  return {
    baseUrl: BASE,
    shareQuery,
    options: { ...EMBED_DEFAULTS, ...options },
    title: 'Backpressure Playground: Drop the oldest',
  } satisfies SnippetInput;
}

/** The attributes of the first element of `html`, read the way a browser would read them. */
function attributesOf(html: string): Record<string, string> {
  const tag = /<\w+\s([^>]*)>/.exec(html)?.[1] ?? '';
  const out: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) {
    const value = (match[2] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    out[match[1] as string] = value;
  }
  return out;
}

describe('embedQuery', () => {
  it('is the share query followed by the options that differ from the defaults', () => {
    expect(embedQuery('preset=drop-oldest&seed=7', EMBED_DEFAULTS)).toBe(
      'preset=drop-oldest&seed=7',
    );
    expect(
      embedQuery('?v=1&seed=3&s=eyJ9', { ...EMBED_DEFAULTS, controls: 'none', charts: ['depth'] }),
    ).toBe('v=1&seed=3&s=eyJ9&controls=none&charts=depth');
  });
});

describe('embedUrl and playgroundUrl', () => {
  it('sit in the folder of the base address, whatever page it names', () => {
    expect(embedUrl(input())).toBe(`${BASE}embed.html?preset=drop-oldest&seed=7`);
    expect(embedUrl({ ...input(), baseUrl: `${BASE}index.html?preset=block#x` })).toBe(
      `${BASE}embed.html?preset=drop-oldest&seed=7`,
    );
    expect(playgroundUrl(input())).toBe(`${BASE}index.html?preset=drop-oldest&seed=7`);
  });
});

describe('iframeSnippet', () => {
  it('is a lazy, borderless, full-width frame with a title and the embed address', () => {
    const html = iframeSnippet(input({ charts: ['depth'] }));
    expect(html).toMatch(/^<iframe [^>]*><\/iframe>$/);
    const attributes = attributesOf(html);
    expect(attributes.src).toBe(`${BASE}embed.html?preset=drop-oldest&seed=7&charts=depth`);
    expect(attributes.title).toBe('Backpressure Playground: Drop the oldest');
    expect(attributes.loading).toBe('lazy');
    expect(attributes.width).toBe('100%');
    expect(attributes.style).toContain('border:0');
  });

  it('escapes the address, so & does not start an entity', () => {
    expect(iframeSnippet(input())).toContain('embed.html?preset=drop-oldest&amp;seed=7');
  });

  it('is as tall as asked, or a guess that grows with the charts', () => {
    expect(attributesOf(iframeSnippet(input({ height: 640 }))).height).toBe('640');
    const bare = Number(attributesOf(iframeSnippet(input({ controls: 'none' }))).height);
    const charted = Number(
      attributesOf(iframeSnippet(input({ controls: 'none', charts: ['depth', 'drops'] }))).height,
    );
    expect(charted).toBeGreaterThan(bare + 400);
  });

  it('cannot be broken out of by a hostile title', () => {
    const html = iframeSnippet({ ...input(), title: '"><script>alert(1)</script>' });
    expect(html).not.toContain('<script>');
    expect(attributesOf(html).title).toBe('"><script>alert(1)</script>');
  });
});

describe('loaderSnippet', () => {
  it('is a placeholder with a fallback link, then the script beside embed.html', () => {
    const lines = loaderSnippet(input({ controls: 'full' })).split('\n');
    expect(lines[0]).toMatch(/^<div data-backpressure-playground /);
    expect(lines[1]).toBe(
      `  <a href="${BASE}index.html?preset=drop-oldest&amp;seed=7">Backpressure Playground: Drop the oldest</a>`,
    );
    expect(lines[3]).toBe(`<script src="${BASE}embed.js" defer></script>`);
  });

  it('turns a custom scenario into data attributes the loader turns back into the same frame', () => {
    const scenario = { ...presetScenario('credit-window'), seed: 99 };
    scenario.queue = { ...scenario.queue, capacity: 33 };
    const shareQuery = encodeShareQuery(scenario, null);
    const options: EmbedOptions = {
      ...EMBED_DEFAULTS,
      controls: 'none',
      charts: ['drops', 'latency'],
      autoplay: false,
      speed: 4,
      theme: 'dark',
      height: 500,
    };
    const attributes = attributesOf(loaderSnippet(input(options, shareQuery)));
    expect(attributes['data-scenario-version']).toBe('1');
    expect(attributes['data-seed']).toBe('99');
    expect(attributes['data-scenario']).toBeDefined();

    // What the loader would do with those attributes, as `dataset` gives them to it.
    const dataset: Record<string, string> = {};
    for (const [name, value] of Object.entries(attributes))
      if (name.startsWith('data-'))
        dataset[name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
    const query = queryFromDataset(dataset, 'fig-1');
    const decoded = decodeShareQuery(query);
    expect(decoded.ok && decoded.scenario).toEqual(scenario);
    expect(parseEmbedOptions(query)).toEqual({
      options: { ...options, id: 'fig-1' },
      problems: [],
    });
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in attributes and text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
