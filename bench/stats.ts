/** Small helpers for repeated timings: the machines are shared, so one run proves little. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function highest(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.max(...values);
}

export function lowest(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.min(...values);
}

export function perSecond(count: number, elapsedMs: number): number {
  return (count / elapsedMs) * 1000;
}

/** 3_520_000 → "3.52 M"; 45_100 → "45.1 k". */
export function si(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (x >= 1e6) return `${(x / 1e6).toPrecision(3)} M`;
  if (x >= 1e3) return `${(x / 1e3).toPrecision(3)} k`;
  return x.toPrecision(3);
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
