/**
 * The mark `npm run check-exercises` gives a pack it has proven: a fingerprint of the pack's
 * contents, which the page recomputes when it loads a pack from a file or an address. A pack
 * without the mark, or changed since it was marked, loads all the same, with a word that its goals
 * were not checked. The mark is a courtesy between an author and a room, not a signature: anyone
 * can write one, so it says what the author's tooling did, not that the pack is safe.
 *
 * The fingerprint is FNV-1a (64 bits, as two 32-bit halves) over the pack's JSON with its keys in
 * order and the mark itself left out, so spacing and key order do not change it.
 */
export const PROOF_TOOL = 'check-exercises';

export type ProofStatus = 'proven' | 'unmarked' | 'changed';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** JSON with every object's keys sorted, so the same contents always give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The fingerprint of a pack (its JSON as parsed), without its mark: 16 hexadecimal digits. */
export function packFingerprint(pack: unknown): string {
  const body = isRecord(pack) ? { ...pack, proof: undefined } : pack;
  const text = canonical(isRecord(body) ? withoutUndefined(body) : body);
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${hex(fnv1a(text, 0x811c9dc5))}${hex(fnv1a(text, 0x050c5d1f))}`;
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

/** The mark for a pack, as its top-level "proof" field. */
export function proofMark(pack: unknown): { tool: string; fingerprint: string } {
  return { tool: PROOF_TOOL, fingerprint: packFingerprint(pack) };
}

/** Whether a pack carries the mark of its current contents. */
export function proofStatus(pack: unknown): ProofStatus {
  if (!isRecord(pack) || !isRecord(pack['proof'])) return 'unmarked';
  const { tool, fingerprint } = pack['proof'];
  if (tool !== PROOF_TOOL || typeof fingerprint !== 'string') return 'unmarked';
  return fingerprint === packFingerprint(pack) ? 'proven' : 'changed';
}
