/**
 * A scenario as the difference from a base (the defaults, or a preset), so links carry only what was
 * changed; and the way back, merging a difference onto a base without ever letting a hostile key
 * (`__proto__`, `constructor`, `prototype`) reach an object's prototype.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The parts of `next` that differ from `base`; undefined when nothing does. Lists are compared whole. */
export function diffFrom(base: unknown, next: unknown): Json | undefined {
  if (isRecord(base) && isRecord(next)) {
    // A different kind of policy is a different object: send it whole rather than a field-by-field mix.
    if ('kind' in next && next.kind !== base.kind) return next as Json;
    const out: Record<string, Json> = {};
    for (const key of Object.keys(next)) {
      const d = diffFrom(base[key], next[key]);
      if (d !== undefined) out[key] = d;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return JSON.stringify(base) === JSON.stringify(next) ? undefined : (next as Json);
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 8;

export type MergeResult =
  { ok: true; value: unknown } | { ok: false; path: string; message: string };

/** `patch` laid over `base`, as new objects; refuses forbidden keys and absurd nesting. */
export function mergeOnto(base: unknown, patch: unknown, path = '', depth = 0): MergeResult {
  if (depth > MAX_DEPTH) return { ok: false, path, message: 'is nested too deeply' };
  if (!isRecord(patch) || !isRecord(base) || ('kind' in patch && patch.kind !== base.kind)) {
    return { ok: true, value: patch };
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) out[key] = base[key];
  for (const key of Object.keys(patch)) {
    const at = path ? `${path}.${key}` : key;
    if (FORBIDDEN.has(key)) return { ok: false, path: at, message: 'is not a field we know' };
    const merged = mergeOnto(base[key], patch[key], at, depth + 1);
    if (!merged.ok) return merged;
    Object.defineProperty(out, key, {
      value: merged.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { ok: true, value: out };
}
