/**
 * A first look at untrusted input before any validation: a pack is a few dozen KB of shallow JSON,
 * so anything far deeper or larger is refused with one plain problem instead of being walked.
 * This keeps hostile files (a list of a million items, objects nested ten thousand deep) from
 * costing seconds or blowing the stack in the recursive checks that follow.
 */
import type { ScenarioProblem } from '../sim/parseScenario.ts';
import { formatNumber } from './formatValue.ts';

export const INPUT_LIMITS = {
  /** A pack nests about seven deep (exercises.0.start.workload.pattern.ratePerSec). */
  depth: 24,
  /** No list in a pack is longer than a hundred items. */
  listLength: 1000,
  /** Objects, lists and values in the whole input. */
  nodes: 200_000,
} as const;

/** Problems with the input's size or nesting, or an empty list when it is small enough to check. */
export function checkInputSize(input: unknown): ScenarioProblem[] {
  // An explicit stack rather than recursion: the point is to survive inputs nested very deeply.
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: input, path: '', depth: 0 },
  ];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (++nodes > INPUT_LIMITS.nodes)
      return [
        {
          path: '',
          message: `is too large to be an exercise pack (over ${formatNumber(INPUT_LIMITS.nodes)} values)`,
        },
      ];
    if (value === null || typeof value !== 'object') continue;
    if (depth >= INPUT_LIMITS.depth)
      return [{ path, message: `is nested too deeply (more than ${INPUT_LIMITS.depth} levels)` }];
    if (Array.isArray(value)) {
      if (value.length > INPUT_LIMITS.listLength)
        return [
          {
            path,
            message: `is a list of ${value.length} items; no list in a pack may have more than ${INPUT_LIMITS.listLength}`,
          },
        ];
      value.forEach((item, i) =>
        stack.push({ value: item, path: join(path, String(i)), depth: depth + 1 }),
      );
    } else {
      for (const [key, child] of Object.entries(value))
        stack.push({ value: child, path: join(path, key), depth: depth + 1 });
    }
  }
  return [];
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
