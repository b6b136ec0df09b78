/**
 * One control for one scenario field: a slider, a list or a checkbox, with its one-line explanation.
 * It reports changes to its caller (the playground's store, or a column of the compare page).
 */
import { memo, useId, useState } from 'react';
import type { ScenarioProblem } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import { getAt } from '../domain/path.ts';
import { fieldInfo } from '../domain/fieldInfo.ts';
import { knobNote } from '../domain/strategies.ts';
import { memoryHelp } from '../domain/memoryHelp.ts';
import { formatWithUnit, spokenWithUnit } from '../domain/format.ts';
import type { ChoiceKnob, Knob, NumberKnob, ToggleKnob } from '../domain/knobs.ts';
import { positionOf, sliderValue, STEPS } from '../domain/scale.ts';
import { TypedNumberBox } from './TypedNumberBox.tsx';

/** Applies a change to one field, by its dotted path. */
export type Patch = (path: string, value: unknown) => void;

interface KnobProps<K extends Knob> {
  knob: K;
  scenario: Scenario;
  problems: readonly ScenarioProblem[];
  onChange: Patch;
  /** In an exercise, a field the learner may not change: shown, disabled, and saying why. */
  locked?: boolean;
  /**
   * Beside an exercise's story, where room is short: the one-line explanation is kept for screen
   * readers (it still describes the control) but not shown.
   */
  compact?: boolean;
}

/** `aria-describedby` naming only the lock, help, note and problem lines that are actually there. */
function describedBy(
  id: string,
  hasHelp: boolean,
  path: string,
  problems: readonly ScenarioProblem[],
  locked = false,
  hasNote = false,
) {
  const ids = [
    locked ? `${id}-locked` : '',
    hasHelp ? `${id}-help` : '',
    hasNote ? `${id}-note` : '',
    problems.some((p) => p.path === path) ? `${id}-problem` : '',
  ];
  return ids.filter(Boolean).join(' ') || undefined;
}

function LockedNote({ id, locked }: { id: string; locked: boolean | undefined }) {
  if (!locked) return null;
  return (
    <p className="locked-note" id={`${id}-locked`}>
      Fixed in this exercise
    </p>
  );
}

/** Why a knob does not take (full) effect as set, because another setting overrides it. */
function KnobNote({ id, note }: { id: string; note: string | null }) {
  if (note === null) return null;
  return (
    <p className="knob-note" id={id} data-testid="knob-note">
      {note}
    </p>
  );
}

function Problems({
  path,
  problems,
  id,
}: {
  path: string;
  problems: readonly ScenarioProblem[];
  id: string;
}) {
  const mine = problems.filter((p) => p.path === path);
  if (mine.length === 0) return null;
  return (
    <p className="knob-problem" id={id}>
      {mine.map((p) => `Not applied: ${p.message}.`).join(' ')}
    </p>
  );
}

function NumberControl({
  knob,
  scenario,
  problems,
  onChange,
  locked,
  compact,
}: KnobProps<NumberKnob>) {
  const id = useId();
  const raw = getAt(scenario, knob.path);
  const value = typeof raw === 'number' ? raw : null;
  const schemaInfo = fieldInfo(knob.path, scenario);
  // The capacity's and the budget's lines say what happens in this scenario, not the machine's limit.
  const help = knob.description ?? memoryHelp(knob.path, scenario);
  const info = help === null ? schemaInfo : { ...schemaInfo, description: help };
  const note = knobNote(knob.path, scenario);
  const unit = knob.unit;
  const off = value === null;
  const shown = off ? (knob.nullable?.label ?? '—') : formatWithUnit(value, unit);
  const [typedError, setTypedError] = useState<string | null>(null);
  return (
    <div className="knob" data-knob={knob.path}>
      <div className="knob-head">
        <label htmlFor={id}>{knob.label}</label>
        <output htmlFor={id} data-testid={`value-${knob.path}`}>
          {shown}
        </output>
      </div>
      <div className="knob-row">
        <input
          id={id}
          type="range"
          min={0}
          max={STEPS}
          step={1}
          disabled={off || locked}
          value={positionOf(value ?? knob.nullable?.fallback ?? knob.min, knob)}
          aria-valuetext={off ? shown : spokenWithUnit(value, unit)}
          aria-describedby={describedBy(
            id,
            info.description !== undefined,
            knob.path,
            problems,
            locked,
            note !== null,
          )}
          onChange={(e) =>
            onChange(knob.path, sliderValue(knob, Number(e.target.value), value, scenario))
          }
        />
        <TypedNumberBox
          knob={knob}
          value={value}
          disabled={off || locked === true}
          errorId={`${id}-typed`}
          onError={setTypedError}
          onChange={onChange}
        />
      </div>
      {typedError && (
        <p className="knob-problem" id={`${id}-typed`} role="alert">
          {typedError}
        </p>
      )}
      {knob.nullable && (
        <label className="check">
          <input
            type="checkbox"
            checked={off}
            disabled={locked}
            aria-describedby={locked ? `${id}-locked` : undefined}
            onChange={(e) =>
              onChange(knob.path, e.target.checked ? null : (knob.nullable?.fallback ?? knob.min))
            }
          />
          {knob.nullable.label}
        </label>
      )}
      <LockedNote id={id} locked={locked} />
      {info.description && (
        <p className={compact ? 'visually-hidden' : 'help'} id={`${id}-help`}>
          {info.description}
        </p>
      )}
      <KnobNote id={`${id}-note`} note={note} />
      <Problems path={knob.path} problems={problems} id={`${id}-problem`} />
    </div>
  );
}

function ChoiceControl({
  knob,
  scenario,
  problems,
  onChange,
  locked,
  compact,
}: KnobProps<ChoiceKnob>) {
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
        disabled={locked}
        aria-describedby={describedBy(id, description !== undefined, knob.path, problems, locked)}
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
      <LockedNote id={id} locked={locked} />
      {description && (
        <p className={compact ? 'visually-hidden' : 'help'} id={`${id}-help`}>
          {description}
        </p>
      )}
      <Problems path={knob.path} problems={problems} id={`${id}-problem`} />
    </div>
  );
}

function ToggleControl({
  knob,
  scenario,
  problems,
  onChange,
  locked,
  compact,
}: KnobProps<ToggleKnob>) {
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
          disabled={locked}
          aria-describedby={describedBy(id, description !== undefined, knob.path, problems, locked)}
          onChange={(e) =>
            onChange(
              knob.path,
              knob.objectWhenOn ? (e.target.checked ? knob.objectWhenOn : null) : e.target.checked,
            )
          }
        />
        {knob.label}
      </label>
      <LockedNote id={id} locked={locked} />
      {description && (
        <p className={compact ? 'visually-hidden' : 'help'} id={`${id}-help`}>
          {description}
        </p>
      )}
      <Problems path={knob.path} problems={problems} id={`${id}-problem`} />
    </div>
  );
}

/** The control for `knob`, or nothing when its field does not exist in this scenario. */
export const KnobControl = memo(function KnobControl({
  knob,
  scenario,
  problems,
  onChange,
  locked = false,
  compact = false,
}: KnobProps<Knob>) {
  const props = { scenario, problems, onChange, locked, compact };
  switch (knob.kind) {
    case 'number':
      return <NumberControl knob={knob} {...props} />;
    case 'choice':
      return <ChoiceControl knob={knob} {...props} />;
    case 'toggle':
      return <ToggleControl knob={knob} {...props} />;
  }
});
