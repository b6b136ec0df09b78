/**
 * One control for one scenario field, as the playground's KnobControl draws it (the same knob data,
 * scales, units and one-line explanations), but reporting changes to its caller instead of the
 * playground's store, so the same knob can sit in the shared settings or in any column.
 */
import { memo, useId } from 'react';
import type { ScenarioProblem } from '../../sim/parseScenario.ts';
import type { Scenario } from '../../sim/scenario.ts';
import { getAt } from '../../store/path.ts';
import { fieldInfo } from '../fieldInfo.ts';
import { formatWithUnit, spokenWithUnit } from '../format.ts';
import type { ChoiceKnob, Knob, NumberKnob, ToggleKnob } from '../knobs.ts';
import { positionOf, STEPS, valueAt } from '../scale.ts';

export type Patch = (path: string, value: unknown) => void;

interface KnobProps<K extends Knob> {
  knob: K;
  scenario: Scenario;
  problems: readonly ScenarioProblem[];
  onChange: Patch;
}

function describedBy(id: string, hasHelp: boolean, problem: boolean): string | undefined {
  return (
    [hasHelp ? `${id}-help` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') ||
    undefined
  );
}

function Help({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p className="help" id={`${id}-help`}>
      {text}
    </p>
  );
}

function Problem({ id, problems }: { id: string; problems: readonly ScenarioProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <p className="knob-problem" id={`${id}-problem`}>
      {problems.map((p) => `Not applied: ${p.message}.`).join(' ')}
    </p>
  );
}

function NumberControl({ knob, scenario, problems, onChange }: KnobProps<NumberKnob>) {
  const id = useId();
  const raw = getAt(scenario, knob.path);
  const value = typeof raw === 'number' ? raw : null;
  const info = fieldInfo(knob.path, scenario);
  const off = value === null;
  const shown = off ? (knob.nullable?.label ?? '—') : formatWithUnit(value, knob.unit);
  return (
    <div className="knob" data-knob={knob.path}>
      <div className="knob-head">
        <label htmlFor={id}>{knob.label}</label>
        <output htmlFor={id}>{shown}</output>
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={STEPS}
        step={1}
        disabled={off}
        value={positionOf(value ?? knob.nullable?.fallback ?? knob.min, knob)}
        aria-valuetext={off ? shown : spokenWithUnit(value, knob.unit)}
        aria-describedby={describedBy(id, info.description !== undefined, problems.length > 0)}
        onChange={(e) => onChange(knob.path, valueAt(Number(e.target.value), knob))}
      />
      {knob.nullable && (
        <label className="check">
          <input
            type="checkbox"
            checked={off}
            onChange={(e) =>
              onChange(knob.path, e.target.checked ? null : (knob.nullable?.fallback ?? knob.min))
            }
          />
          {knob.nullable.label}
        </label>
      )}
      <Help id={id} text={info.description} />
      <Problem id={id} problems={problems} />
    </div>
  );
}

function ChoiceControl({ knob, scenario, problems, onChange }: KnobProps<ChoiceKnob>) {
  const id = useId();
  const current = getAt(scenario, knob.variant ? `${knob.path}.kind` : knob.path);
  const description = knob.description ?? fieldInfo(knob.path, scenario).description;
  return (
    <div className="knob" data-knob={knob.path}>
      <div className="knob-head">
        <label htmlFor={id}>{knob.label}</label>
      </div>
      <select
        id={id}
        value={String(current)}
        aria-describedby={describedBy(id, description !== undefined, problems.length > 0)}
        onChange={(e) =>
          onChange(knob.path, knob.variant ? { kind: e.target.value } : e.target.value)
        }
      >
        {knob.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Help id={id} text={description} />
      <Problem id={id} problems={problems} />
    </div>
  );
}

function ToggleControl({ knob, scenario, problems, onChange }: KnobProps<ToggleKnob>) {
  const id = useId();
  const value = getAt(scenario, knob.path);
  const on = knob.objectWhenOn ? value !== null && value !== undefined : value === true;
  const description = knob.description ?? fieldInfo(knob.path, scenario).description;
  return (
    <div className="knob" data-knob={knob.path}>
      <label className="check">
        <input
          type="checkbox"
          checked={on}
          aria-describedby={describedBy(id, description !== undefined, problems.length > 0)}
          onChange={(e) =>
            onChange(
              knob.path,
              knob.objectWhenOn ? (e.target.checked ? knob.objectWhenOn : null) : e.target.checked,
            )
          }
        />
        {knob.label}
      </label>
      <Help id={id} text={description} />
      <Problem id={id} problems={problems} />
    </div>
  );
}

/** The control for `knob`; the caller shows it only when its field exists in the scenario. */
export const CompareKnob = memo(function CompareKnob({
  knob,
  scenario,
  problems,
  onChange,
}: KnobProps<Knob>) {
  const mine = problems.filter((p) => p.path === knob.path);
  switch (knob.kind) {
    case 'number':
      return <NumberControl knob={knob} scenario={scenario} problems={mine} onChange={onChange} />;
    case 'choice':
      return <ChoiceControl knob={knob} scenario={scenario} problems={mine} onChange={onChange} />;
    case 'toggle':
      return <ToggleControl knob={knob} scenario={scenario} problems={mine} onChange={onChange} />;
  }
});
