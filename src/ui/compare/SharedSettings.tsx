/**
 * The part every column shares, edited once for all of them: what the producer sends (pattern, rate,
 * keys, priorities, sizes), the deadline that counts as on time, and the seed. Closed, it says what
 * every column gets in one plain sentence, and folds the settings away, so the columns' stages are
 * on the first screen: a newcomer's first screen was all text and settings ("2.05 KB to 8.19 KB ·
 * seed 1"), the stages below the fold.
 */
import { useCallback } from 'react';
import type { ScenarioProblem } from '../../sim/parseScenario.ts';
import { describeShared, plainShared } from '../../compare/describeShared.ts';
import { hasPath } from '../../domain/path.ts';
import { knob, WORKLOAD_KNOBS, type NumberKnob } from '../../domain/knobs.ts';
import { compareStore, useCompare } from './compareInstance.ts';
import { KnobControl } from '../KnobControl.tsx';
import { PriorityField } from './PriorityField.tsx';
import { SeedField } from './SeedField.tsx';

const size = (path: string, label: string): NumberKnob => ({
  kind: 'number',
  path,
  label,
  unit: 'bytes',
  min: 16,
  max: 1_000_000,
  scale: 'log',
  integer: true,
});

/** Knobs of the shared part, in reading order; a pattern's rates appear with that pattern. */
const SHARED_KNOBS = [
  ...WORKLOAD_KNOBS.map(knob),
  knob('workload.keyCount'),
  size('workload.sizeBytes.min', 'Smallest message'),
  size('workload.sizeBytes.max', 'Largest message'),
  knob('metrics.deadlineMs'),
];

const NO_PROBLEMS: readonly ScenarioProblem[] = [];

export function SharedSettings() {
  const scenario = useCompare((s) => s.comparison.columns[0]);
  const problems = useCompare((s) =>
    s.problemsFrom === 'change' && s.problems.some((p) => p.column === null)
      ? s.problems
      : NO_PROBLEMS,
  );
  const onChange = useCallback((path: string, value: unknown) => {
    compareStore.getState().setShared(path, value);
  }, []);
  if (scenario === undefined) return null;
  return (
    <section className="panel compare-shared" aria-labelledby="shared-title">
      {/* The heading runs into its sentence, on one line where there is room. */}
      <div className="shared-lead">
        <h2 id="shared-title">The same for every column</h2>{' '}
        <p className="shared-plain" data-testid="shared-plain">
          {plainShared(scenario)}
        </p>
      </div>
      <details>
        <summary>Change the workload or the seed</summary>
        <p className="fairness">
          Every column gets the same messages at the same moments: the workload and the seed are set
          here, once for all. Now:
        </p>
        <p className="shared-summary" data-testid="shared-summary">
          {describeShared(scenario)}
        </p>
        <div className="shared-grid">
          {SHARED_KNOBS.filter((k) => hasPath(scenario, k.path)).map((k) => (
            <KnobControl
              key={k.path}
              knob={k}
              scenario={scenario}
              problems={problems}
              onChange={onChange}
            />
          ))}
          <PriorityField />
          <SeedField />
        </div>
      </details>
    </section>
  );
}
