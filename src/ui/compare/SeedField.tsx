/** The shared seed, shown and editable: the same seed gives every column the same messages. */
import { SeedInput } from '../SeedInput.tsx';
import { compareStore, useCompare } from './compareInstance.ts';

const setSeed = (seed: number) => compareStore.getState().setShared('seed', seed);

export function SeedField() {
  const seed = useCompare((s) => s.comparison.columns[0]?.seed ?? 0);
  const problem = useCompare((s) =>
    s.problemsFrom === 'change'
      ? s.problems.find((p) => p.column === null && p.path === 'seed')
      : undefined,
  );
  return (
    <SeedInput
      id="compare-seed"
      seed={seed}
      problem={problem}
      onSeed={setSeed}
      goesOn="The columns go on"
    />
  );
}
