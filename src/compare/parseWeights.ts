/** Priority shares as a reader types them ("6, 3, 1", "6:3:1", "6 3 1"); null when something is not a number. */
export function parseWeights(text: string): number[] | null {
  const parts = text.split(/[\s,:;]+/).filter(Boolean);
  const numbers = parts.map(Number);
  return parts.length > 0 && numbers.every(Number.isFinite) ? numbers : null;
}
