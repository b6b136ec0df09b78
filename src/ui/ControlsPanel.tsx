/**
 * The knobs: the chosen strategy's own, then the workload and the consumers (and a pipeline's later
 * stages, each its own group), and in advanced mode every policy knob to combine freely. A knob appears only when its field exists in the scenario.
 */
import { useId } from 'react';
import type { ScenarioProblem } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import { playgroundStore, usePlayground } from '../store/index.ts';
import { hasPath } from '../domain/path.ts';
import type { ExerciseLocks } from '../store/types.ts';
import { KnobControl } from './KnobControl.tsx';
import {
  CONSUMER_KNOBS,
  knob,
  KNOBS,
  laterStageGroups,
  POLICY_KNOB_GROUPS,
  WORKLOAD_KNOBS,
} from '../domain/knobs.ts';
import { SeedControl } from './SeedControl.tsx';
import { strategyById, strategyOf } from '../domain/strategies.ts';
import { strategyName } from '../domain/strategyName.ts';
import { everyMainKnobPath } from './mainKnobs.ts';

/** The playground's knobs change its one scenario. */
const patch = (path: string, value: unknown) =>
  playgroundStore.getState().patchScenario(path, value, { knob: path });

interface GroupProps {
  title: string;
  paths: readonly string[];
  scenario: Scenario;
  problems: readonly ScenarioProblem[];
  /** In an exercise: its lock checks, and the knobs already shown in its own group above. */
  locks: ExerciseLocks | null;
  skip?: readonly string[];
}

function KnobGroup({ title, paths, scenario, problems, locks, skip = [] }: GroupProps) {
  const id = useId();
  const shown = paths.filter((p) => hasPath(scenario, p) && !skip.includes(p));
  if (shown.length === 0) return null;
  const locked = (p: string) => locks !== null && !locks.isEditable(p);
  return (
    <section className="knob-group" aria-labelledby={id}>
      <h3 id={id}>
        {title}
        {shown.every(locked) && <span className="muted"> (fixed in this exercise)</span>}
      </h3>
      {shown.map((p) => (
        <KnobControl
          key={p}
          knob={knob(p)}
          scenario={scenario}
          problems={problems}
          onChange={patch}
          locked={locked(p)}
        />
      ))}
    </section>
  );
}

/** Every knob path, in the order the knobs are listed. */
const ALL_KNOBS = [...KNOBS.keys()];

export function ControlsPanel() {
  const scenario = usePlayground((s) => s.scenario);
  const problems = usePlayground((s) => s.problems);
  const advanced = usePlayground((s) => s.advanced);
  const locks = usePlayground((s) => s.exercise?.locks ?? null);
  const strategy = strategyById(strategyOf(scenario));
  // In an exercise, the knobs the learner may turn come first, wherever they usually live; in the
  // free playground the main three sit under the stage (MainKnobs.tsx). Either way, not here too.
  const skip = locks ? ALL_KNOBS.filter((p) => locks.isEditable(p)) : everyMainKnobPath(scenario);
  const common = { scenario, problems, locks, skip };
  return (
    <section className="panel controls" aria-labelledby="controls-title">
      <h2 id="controls-title">Settings</h2>
      {locks && (
        // The learner's own knobs sit with the exercise, beside its goals and Check; here is only
        // what is fixed, so one field never has two controls.
        <p className="help" data-testid="knobs-with-exercise">
          The settings you may change are in the exercise, under{' '}
          <a href="#exercise-knobs">Your settings</a>. These are fixed.
        </p>
      )}
      {!locks && (
        <p className="help">
          {scenario.downstream?.length
            ? 'The producer’s rate, and each stage’s consumers, processing time and queue capacity, are under the stage (Knobs for).'
            : 'The producer’s rate, the consumers and their processing time are under the stage.'}
        </p>
      )}
      {!advanced && (
        <KnobGroup
          title={`${strategyName(strategy, scenario)}: its settings`}
          paths={strategy.knobs}
          {...common}
        />
      )}
      <KnobGroup title="Producer" paths={WORKLOAD_KNOBS} {...common} />
      <KnobGroup title="Consumers" paths={CONSUMER_KNOBS} {...common} />
      {/* A pipeline's later stages: each its own queue bound, consumers and processing time. */}
      {laterStageGroups(scenario).map((g) => (
        <KnobGroup key={g.title} title={g.title} paths={g.paths} {...common} />
      ))}
      <label className="check advanced-toggle">
        <input
          type="checkbox"
          checked={advanced}
          onChange={(e) => playgroundStore.getState().setAdvanced(e.target.checked)}
        />
        Advanced: show every policy setting, to combine them freely
      </label>
      {advanced &&
        POLICY_KNOB_GROUPS.map((g) => (
          <KnobGroup key={g.title} title={g.title} paths={g.paths} {...common} />
        ))}
      <SeedControl />
    </section>
  );
}
