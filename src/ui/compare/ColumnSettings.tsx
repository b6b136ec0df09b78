/**
 * What makes one column different: its strategy (the playground's catalogue), that strategy's own
 * settings and the consumers, every other policy setting on request, and the settings of a real
 * system to start from. Shared settings are left out: they are changed once, for every column.
 */
import { memo, useCallback, useId, useState } from 'react';
import { columnLetter, isSharedPath } from '../../compare/comparison.ts';
import type { ScenarioProblem } from '../../sim/parseScenario.ts';
import { PRESETS } from '../../sim/presets.ts';
import type { Scenario } from '../../sim/scenario.ts';
import { hasPath } from '../../domain/path.ts';
import { CONSUMER_KNOBS, knob, POLICY_KNOB_GROUPS } from '../../domain/knobs.ts';
import {
  STRATEGIES,
  STRATEGY_GROUPS,
  strategyById,
  strategyOf,
  type StrategyId,
} from '../../domain/strategies.ts';
import { compareStore } from './compareInstance.ts';
import { KnobControl, type Patch } from '../KnobControl.tsx';

const SYSTEMS = PRESETS.filter((p) => p.category === 'system');

interface KnobListProps {
  title: string;
  paths: readonly string[];
  scenario: Scenario;
  problems: readonly ScenarioProblem[];
  onChange: Patch;
}

function KnobList({ title, paths, scenario, problems, onChange }: KnobListProps) {
  const id = useId();
  const shown = paths.filter((p) => !isSharedPath(p) && hasPath(scenario, p));
  if (shown.length === 0) return null;
  return (
    <section className="knob-group" aria-labelledby={id}>
      <h4 id={id}>{title}</h4>
      {shown.map((p) => (
        <KnobControl
          key={p}
          knob={knob(p)}
          scenario={scenario}
          problems={problems}
          onChange={onChange}
        />
      ))}
    </section>
  );
}

function StrategySelect({ index, scenario }: { index: number; scenario: Scenario }) {
  const id = useId();
  const current = strategyOf(scenario);
  return (
    <div className="knob column-strategy">
      <div className="knob-head">
        <label htmlFor={id}>Strategy of column {columnLetter(index)}</label>
      </div>
      <select
        id={id}
        value={current}
        aria-describedby={`${id}-help`}
        onChange={(e) =>
          compareStore.getState().chooseStrategy(index, e.target.value as StrategyId)
        }
      >
        {STRATEGY_GROUPS.map((group) => (
          <optgroup key={group.id} label={group.label}>
            {STRATEGIES.filter((s) => s.group === group.id).map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p className="help" id={`${id}-help`}>
        {strategyById(current).summary}
      </p>
    </div>
  );
}

function SystemPicker({ index }: { index: number }) {
  const id = useId();
  const [choice, setChoice] = useState(SYSTEMS[0]?.id ?? '');
  return (
    <div className="knob system-picker">
      <div className="knob-head">
        <label htmlFor={id}>Start from a real system</label>
      </div>
      <div className="seed-row">
        <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
          {SYSTEMS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          onClick={() => compareStore.getState().applyPreset(index, choice)}
        >
          Use
        </button>
      </div>
      <p className="help">
        Copies its queue, feedback, retries and consumers into this column; the workload stays
        shared.
      </p>
    </div>
  );
}

interface ColumnSettingsProps {
  index: number;
  scenario: Scenario;
  problems: readonly ScenarioProblem[];
}

/**
 * Memoised: the live numbers refresh the column ten times a second, and its settings (dozens of knobs,
 * folded away or not) change only when the scenario does.
 */
export const ColumnSettings = memo(function ColumnSettings({
  index,
  scenario,
  problems,
}: ColumnSettingsProps) {
  const letter = columnLetter(index);
  const onChange = useCallback(
    (path: string, value: unknown) => compareStore.getState().setColumnField(index, path, value),
    [index],
  );
  const strategy = strategyById(strategyOf(scenario));
  const mainPaths = [...strategy.knobs, ...CONSUMER_KNOBS];
  return (
    <div className="column-settings">
      <StrategySelect index={index} scenario={scenario} />
      <details className="column-more">
        <summary>Settings of column {letter}</summary>
        <KnobList
          title={`${strategy.label}: its settings`}
          paths={strategy.knobs}
          scenario={scenario}
          problems={problems}
          onChange={onChange}
        />
        <KnobList
          title="Consumers"
          paths={CONSUMER_KNOBS}
          scenario={scenario}
          problems={problems}
          onChange={onChange}
        />
        <details className="column-every">
          <summary>Every other policy setting</summary>
          {POLICY_KNOB_GROUPS.map((group) => (
            <KnobList
              key={group.title}
              title={group.title}
              paths={group.paths.filter((p) => !mainPaths.includes(p))}
              scenario={scenario}
              problems={problems}
              onChange={onChange}
            />
          ))}
        </details>
        <SystemPicker index={index} />
      </details>
    </div>
  );
});
