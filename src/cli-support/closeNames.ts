/** "Did you mean …?" for mistyped preset names and flags. */

/** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
export function editDistance(a: string, b: string): number {
  // One row of the dynamic-programming table is enough; names are short.
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (current[j - 1] as number) + 1;
      current.push(Math.min(substitution, deletion, insertion));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidates close enough to `name` to be what was meant, best first: within a third of the
 * name's length in edits, or containing it (so `oldest` finds `drop-oldest`). At most `limit`.
 */
export function closeNames(name: string, candidates: readonly string[], limit = 3): string[] {
  const wanted = name.toLowerCase();
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  return candidates
    .map((candidate) => {
      const lower = candidate.toLowerCase();
      const distance =
        lower.includes(wanted) && wanted.length >= 3 ? 0 : editDistance(wanted, lower);
      return { candidate, distance };
    })
    .filter(({ distance }) => distance <= allowed)
    .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** ` (did you mean a or b?)`, or nothing when no candidate is close. */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const close = closeNames(name, candidates);
  if (close.length === 0) return '';
  const listed =
    close.length === 1 ? close[0] : `${close.slice(0, -1).join(', ')} or ${close.at(-1)}`;
  return ` (did you mean ${listed}?)`;
}
