/**
 * The knobs: the chosen strategy's own, then the workload and the consumers, and in advanced mode
 * every policy knob to combine freely. A knob appears only when its field exists in the scenario.
 */
import { useId } from 'react';
import type { ScenarioProblem } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import { playgroundStore, usePlayground } from '../store/index.ts';
import { hasPath } from '../store/path.ts';
import { KnobControl } from './KnobControl.tsx';
import { CONSUMER_KNOBS, knob, POLICY_KNOB_GROUPS, WORKLOAD_KNOBS } from './knobs.ts';
import { SeedControl } from './SeedControl.tsx';
import { strategyById, strategyOf } from './strategies.ts';

interface GroupProps {
  title: string;
  paths: readonly string[];
  scenario: Scenario;
  problems: readonly ScenarioProblem[];
}

function KnobGroup({ title, paths, scenario, problems }: GroupProps) {
  const id = useId();
  const shown = paths.filter((p) => hasPath(scenario, p));
  if (shown.length === 0) return null;
  return (
    <section className="knob-group" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {shown.map((p) => (
        <KnobControl key={p} knob={knob(p)} scenario={scenario} problems={problems} />
      ))}
    </section>
  );
}

export function ControlsPanel() {
  const scenario = usePlayground((s) => s.scenario);
  const problems = usePlayground((s) => s.problems);
  const advanced = usePlayground((s) => s.advanced);
  const strategy = strategyById(strategyOf(scenario));
  return (
    <section className="panel controls" aria-labelledby="controls-title">
      <h2 id="controls-title">Settings</h2>
      {!advanced && (
        <KnobGroup
          title={`${strategy.label}: its settings`}
          paths={strategy.knobs}
          scenario={scenario}
          problems={problems}
        />
      )}
      <KnobGroup title="Producer" paths={WORKLOAD_KNOBS} scenario={scenario} problems={problems} />
      <KnobGroup title="Consumers" paths={CONSUMER_KNOBS} scenario={scenario} problems={problems} />
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
          <KnobGroup
            key={g.title}
            title={g.title}
            paths={g.paths}
            scenario={scenario}
            problems={problems}
          />
        ))}
      <SeedControl />
    </section>
  );
}
