/** Short number read-outs for the stage. One formatter instance: building them is the costly part. */

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 1,234 below a hundred thousand; 123k, 1.2M above, so labels keep their width. */
export function formatCount(n: number): string {
  const v = Math.round(n);
  if (Math.abs(v) < 100_000) return grouped.format(v);
  if (Math.abs(v) < 10_000_000) return `${Math.round(v / 1000)}k`;
  return `${(v / 1_000_000).toFixed(1)}M`;
}

/** Messages per second, as the page's cards write them (src/domain/stageWords.ts). */
export { formatRate } from '../domain/stageWords.ts';

/** Bytes in B, KB, MB or GB (powers of 1000, as the scenario's budgets are written). */
export function formatBytes(bytes: number): string {
  const b = Math.max(0, bytes);
  if (b < 1000) return `${Math.round(b)} B`;
  if (b < 1e6) return `${trim(b / 1e3)} KB`;
  if (b < 1e9) return `${trim(b / 1e6)} MB`;
  return `${trim(b / 1e9)} GB`;
}

/** Simulated milliseconds as "350 ms" or "2.4 s". */
export function formatDuration(ms: number): string {
  const v = Math.max(0, ms);
  if (v < 1000) return `${Math.round(v)} ms`;
  return `${trim(v / 1000)} s`;
}

function trim(v: number): string {
  return v < 10 ? v.toFixed(1).replace(/\.0$/, '') : String(Math.round(v));
}
