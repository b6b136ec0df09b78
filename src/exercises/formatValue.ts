/**
 * Quantities as a person reads them in a goal or a check result: "2 s", "350 ms", "12%",
 * "45 messages/s", "750 KB". Formatted by hand rather than with toLocaleString, so a check reads the
 * same in every browser, in Node and on every machine whatever its locale.
 */
import { powInt } from '../sim/portableMath/index.ts';

/** How a metric's numbers are counted; it decides how a value is written. */
export type QuantityUnit =
  | 'messages'
  | 'retries'
  | 'refusals'
  | 'crashes'
  | 'ms'
  | 'fraction'
  | 'per-sec'
  | 'bytes'
  | 'workers';

/** `value` rounded to `digits` significant digits (never more decimals than needed). */
export function roundTo(value: number, digits = 3): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  // toPrecision is specified to the digit, so Node and every browser give the same number.
  return Number(value.toPrecision(digits));
}

/** A number with thousands separators and at most `digits` significant digits: 12345.6 → "12,346". */
export function formatNumber(value: number, digits = 3): string {
  if (Number.isNaN(value)) return 'n/a';
  if (!Number.isFinite(value)) return value > 0 ? 'without limit' : '−∞';
  const rounded =
    Math.abs(value) >= powInt(10, digits) ? Math.round(value) : roundTo(value, digits);
  const plain = String(Math.abs(rounded));
  // String() writes exponents below 1e-6 and from 1e21; no goal needs either, so say 0 or give up.
  if (plain.includes('e')) return Math.abs(rounded) < 1 ? '0' : String(rounded);
  const [whole = '0', fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A duration in ms: under a second in ms, from a second on in seconds. */
export function formatMs(ms: number): string {
  if (Math.abs(ms) >= 1000) return `${formatNumber(ms / 1000)} s`;
  return `${formatNumber(ms)} ms`;
}

/** A share, 0.853 → "85.3%"; small shares keep a decimal so 0.4% does not read as 0%. */
export function formatPercent(fraction: number): string {
  return `${formatNumber(fraction * 100, Math.abs(fraction) < 0.1 ? 2 : 3)}%`;
}

const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** Bytes in decimal units, as the scenario's memory budget is written: 1,000,000 → "1 MB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let i = 0;
  while (Math.abs(value) >= 1000 && i < BYTE_UNITS.length - 1) {
    value /= 1000;
    i++;
  }
  return `${formatNumber(value)} ${BYTE_UNITS[i] as string}`;
}

/** A count with its noun, singular for exactly one: "1 message", "1,200 messages". */
function countOf(value: number, singular: string, plural: string): string {
  return `${formatNumber(value)} ${value === 1 ? singular : plural}`;
}

/** A value in its unit, ready to stand in a sentence. */
export function formatQuantity(value: number, unit: QuantityUnit): string {
  switch (unit) {
    case 'messages':
      return countOf(value, 'message', 'messages');
    case 'retries':
      return countOf(value, 'retry', 'retries');
    case 'refusals':
      return countOf(value, 'refusal', 'refusals');
    case 'crashes':
      return countOf(value, 'out-of-memory crash', 'out-of-memory crashes');
    case 'workers':
      return countOf(value, 'worker', 'workers');
    case 'ms':
      return formatMs(value);
    case 'fraction':
      return formatPercent(value);
    case 'per-sec':
      return countOf(value, 'message/s', 'messages/s');
    case 'bytes':
      return formatBytes(value);
  }
}

/**
 * The distance between two fractions, in percentage points: 0.78 against 0.9 is "12 points"
 * short, which "12%" would misstate (12% of 90% is 10.8 points).
 */
export function formatPointGap(gap: number): string {
  const points = gap * 100;
  const shown = formatNumber(points, Math.abs(points) < 10 ? 2 : 3);
  // Singular by what is shown: 0.11 − 0.1 is 0.9999… points, shown as "1".
  return `${shown} percentage ${shown === '1' ? 'point' : 'points'}`;
}

/** A simulated time in seconds for a window: 12 → "12 s", 0.5 → "0.5 s". */
export function formatSeconds(sec: number): string {
  return `${formatNumber(sec, 4)} s`;
}
