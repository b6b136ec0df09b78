/**
 * For the glossary's tests: the page's texts, and which of their words a reader may need explained
 * that no glossary term covers.
 */
import { findTerms } from '../glossary.ts';
import { KNOBS } from '../knobs.ts';
import { EXPLANATIONS } from '../strategyExplanations.ts';
import { STRATEGIES, STRATEGY_GROUPS } from '../strategies.ts';

/**
 * Words a reader may not know, searched for in the page's texts independently of the glossary: each
 * one a text uses must be found there as a term with an entry. Greek letters and percentiles (p99)
 * are picked out of the texts on their own, so a new symbol cannot slip in unexplained.
 */
const JARGON = [
  'backpressure',
  'utilisation',
  'utilization',
  'Little’s law',
  'goodput',
  'throughput',
  'staleness',
  'stale',
  'latency',
  'percentile',
  'drop the oldest',
  'drop the newest',
  'drop everything',
  'conflation',
  'conflate',
  'credit',
  'credits',
  'watermark',
  'water mark',
  'high-water mark',
  'low-water mark',
  'timeout',
  'retry',
  'retries',
  'backoff',
  'jitter',
  'retry budget',
  'token bucket',
  'circuit breaker',
  'metastable',
  'retry storm',
  'held back',
  'wasted',
  'deadline',
  'CoDel',
  'LIFO',
  'FIFO',
  'cold start',
  'autoscaler',
  'partition',
  'partitions',
  'expired',
  'rate limit',
  'burst',
  'load shedding',
  'priority',
  'capacity',
  'queue depth',
  'out of memory',
  'seed',
  'simulated time',
  'rejected',
  'refused',
];

/** Every text of the strategies, their explanations and the knobs. */
export function domainTexts(): string[] {
  const texts: string[] = [];
  for (const e of Object.values(EXPLANATIONS)) texts.push(e.what, e.fits, e.costs, e.usedBy);
  for (const s of STRATEGIES) texts.push(s.label, s.summary);
  for (const g of STRATEGY_GROUPS) texts.push(g.label);
  for (const k of KNOBS.values()) {
    texts.push(k.label);
    if ('description' in k && k.description) texts.push(k.description);
    if (k.kind === 'choice') for (const o of k.options) texts.push(o.label);
  }
  return texts;
}

/** Each place in `text` where a reader meets a word they may need explained. */
export function jargonIn(text: string): { at: number; word: string }[] {
  const found: { at: number; word: string }[] = [];
  const lower = text.toLowerCase();
  for (const word of JARGON) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const m of lower.matchAll(re)) found.push({ at: m.index, word });
  }
  for (const m of text.matchAll(/[\u0370-\u03ff]|(?<![\p{L}\p{N}])p\d{2}(?![\p{L}\p{N}])/gu))
    found.push({ at: m.index, word: m[0] });
  return found;
}

/** The jargon in `texts` that no glossary term covers, as "word in: text". */
export function unexplained(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const uses = findTerms(text);
    for (const { at, word } of jargonIn(text)) {
      const covered = uses.some((u) => u.start <= at && at < u.start + u.text.length);
      if (!covered) out.push(`${word} in: ${text.slice(0, 80)}`);
    }
  }
  return out;
}
