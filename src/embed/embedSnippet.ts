/**
 * The two ways to put the current scenario in another page: a plain iframe (works where scripts are
 * not allowed, at a fixed height) and the loader (sizes itself). Pure: the caller passes the address
 * of the folder that holds embed.html and embed.js, so this is the same on any host or sub-path.
 */
import { dataAttributeName, EMBED_ATTRIBUTES, estimateFrameHeight } from './embedContract.ts';
import { formatEmbedOptions, type EmbedOptions } from './embedOptions.ts';

export interface SnippetInput {
  /** Absolute URL of the folder holding embed.html and embed.js, e.g. `https://example.org/bp/`. */
  baseUrl: string;
  /** The scenario's share query, as `encodeShareQuery` makes it (no leading `?`). */
  shareQuery: string;
  options: EmbedOptions;
  /** What the figure shows, for the frame's title (screen readers announce it). */
  title: string;
}

/** Escapes text for a double-quoted HTML attribute or element content. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The embed's own query: the scenario's parameters, then the options that differ from the defaults. */
export function embedQuery(shareQuery: string, options: EmbedOptions): string {
  const params = new URLSearchParams(shareQuery.replace(/^\?/, ''));
  for (const [name, value] of formatEmbedOptions(options)) params.set(name, value);
  return params.toString();
}

function folder(baseUrl: string): URL {
  const url = new URL(baseUrl);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/[^/]*$/, '');
  return url;
}

export function embedUrl(input: SnippetInput): string {
  const url = new URL('embed.html', folder(input.baseUrl));
  url.search = embedQuery(input.shareQuery, input.options);
  return url.href;
}

/** The full playground on the same scenario, for readers without scripts. */
export function playgroundUrl(input: SnippetInput): string {
  const url = new URL('index.html', folder(input.baseUrl));
  url.search = input.shareQuery.replace(/^\?/, '');
  return url.href;
}

function frameHeight(options: EmbedOptions): number {
  return options.height ?? estimateFrameHeight(options.controls, options.charts.length);
}

export function iframeSnippet(input: SnippetInput): string {
  const attributes = [
    `src="${escapeHtml(embedUrl(input))}"`,
    `title="${escapeHtml(input.title)}"`,
    `width="100%"`,
    `height="${frameHeight(input.options)}"`,
    `loading="lazy"`,
    `style="display:block;width:100%;border:0"`,
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}

export function loaderSnippet(input: SnippetInput): string {
  const params = new URLSearchParams(embedQuery(input.shareQuery, input.options));
  const attributes = ['data-backpressure-playground'];
  for (const [key, param] of EMBED_ATTRIBUTES) {
    const value = params.get(param);
    if (value !== null) attributes.push(`${dataAttributeName(key)}="${escapeHtml(value)}"`);
  }
  attributes.push(`data-title="${escapeHtml(input.title)}"`);
  const scriptUrl = new URL('embed.js', folder(input.baseUrl)).href;
  // The link inside the div is what readers without scripts (feed readers, for one) see instead.
  return [
    `<div ${attributes.join(' ')}>`,
    `  <a href="${escapeHtml(playgroundUrl(input))}">${escapeHtml(input.title)}</a>`,
    `</div>`,
    `<script src="${escapeHtml(scriptUrl)}" defer></script>`,
  ].join('\n');
}
