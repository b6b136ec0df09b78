/** Numbers as a reader wants to see them: a few significant digits and a friendly unit. */

/** `value` rounded to `digits` significant digits, without trailing zeros or exponent notation. */
export function round(value: number, digits = 3): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (digits - 1 - magnitude);
  return Math.round(value * factor) / factor;
}

const grouped = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/**
 * `value` to `digits` significant digits, grouped. From six digits asked (the counts: made,
 * delivered, lost) the whole units are always kept: "4,018,130 lost of 4,018,130 made" beside
 * "Delivered 1" was 4,018,131 made, rounded.
 */
export function formatNumber(value: number, digits = 3): string {
  if (Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const whole = value === 0 ? 1 : Math.floor(Math.log10(Math.abs(value))) + 1;
  return grouped.format(round(value, digits >= 6 ? Math.max(digits, whole) : digits));
}

export function formatMs(ms: number): string {
  if (Number.isNaN(ms)) return '—';
  if (Math.abs(ms) >= 1000) return `${formatNumber(ms / 1000)} s`;
  return `${formatNumber(ms)} ms`;
}

const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

export function formatBytes(bytes: number): string {
  let value = bytes;
  let i = 0;
  while (Math.abs(value) >= 1000 && i < BYTE_UNITS.length - 1) {
    value /= 1000;
    i++;
  }
  return `${formatNumber(value)} ${BYTE_UNITS[i] as string}`;
}

export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  const pct = fraction * 100;
  return `${pct !== 0 && Math.abs(pct) < 10 ? pct.toFixed(1) : Math.round(pct)}%`;
}

/**
 * A share of a count ("lost so far", "replaced by newer"), by one rule wherever one is shown: as
 * formatPercent has it, except that it never rounds to a figure that says nothing happened, or that
 * everything did, when that is not so. 1 lost of 3,961 read "0.0%" beside a message in the bin;
 * now it reads "<0.1%". Likewise 3,960 of 3,961 reads ">99.9%", not "100%".
 */
export function formatShare(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  if (fraction > 0 && fraction < 0.001) return '<0.1%';
  if (fraction < 1 && fraction > 0.999) return '>99.9%';
  // Between 99.5% and 99.9%, Math.round would say 100%: one decimal instead.
  if (fraction < 1 && fraction >= 0.995) return `${(fraction * 100).toFixed(1)}%`;
  return formatPercent(fraction);
}

/** Units that are plain plural nouns take the singular for exactly one: "1 worker". */
const SINGULAR: Record<string, string> = {
  workers: 'worker',
  messages: 'message',
  attempts: 'attempt',
  keys: 'key',
  'messages/s': 'message/s',
  'messages/s per second': 'message/s per second',
};

/** A value with its unit; `ms` and `bytes` pick a readable scale. */
export function formatWithUnit(value: number, unit: string): string {
  if (value === 1 && unit in SINGULAR) return `1 ${SINGULAR[unit] as string}`;
  switch (unit) {
    case 'ms':
      return formatMs(value);
    case 'bytes':
      return formatBytes(value);
    case '':
      return formatNumber(value);
    case '×':
      return `${formatNumber(value)}×`;
    default:
      return `${formatNumber(value)} ${unit}`;
  }
}

/** Spoken form for screen readers: "70 messages per second" rather than "70 messages/s". */
export function spokenWithUnit(value: number, unit: string): string {
  return formatWithUnit(value, unit)
    .replace(/\/s\b/g, ' per second')
    .replace(/\bms\b/, 'milliseconds')
    .replace(/ s$/, ' seconds')
    .replace(/×$/, ' times');
}

// The domain's words open sentences with names ("Stage 3 (database) is the slowest…").
export { capitalize } from '../text/sentence.ts';
