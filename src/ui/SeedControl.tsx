/** The playground's seed, shown and editable: the same seed gives the same run. */
import { playgroundStore, usePlayground } from '../store/index.ts';
import { SeedInput } from './SeedInput.tsx';

const setSeed = (seed: number) => playgroundStore.getState().setSeed(seed);

export function SeedControl() {
  const seed = usePlayground((s) => s.scenario.seed);
  const problem = usePlayground((s) => s.problems.find((p) => p.path === 'seed'));
  return (
    <SeedInput id="seed" seed={seed} problem={problem} onSeed={setSeed} goesOn="The run goes on" />
  );
}
