/**
 * The producer's rate, the consumers and their processing time, right under the stage: cause beside
 * effect, so a reader moves a knob with the well in view. Each is the same knob as in Settings (a
 * slider that stops on round numbers and a box for an exact value); Settings leaves these three out
 * while they are here, so one field never has two controls. Loaded after the first paint into room
 * the page keeps for it (global.css), like the strategy switcher.
 */
import { useId, useState } from 'react';
import { playgroundStore, usePlayground } from '../store/index.ts';
import { getAt } from '../domain/path.ts';
import type { NumberKnob } from '../domain/knobs.ts';
import { spokenWithUnit } from '../domain/format.ts';
import { knobValueText } from '../domain/knobValue.ts';
import { positionOf, STEPS, valueAfterMove } from '../domain/scale.ts';
import { knobNote } from '../domain/knobNotes.ts';
import { mainKnobs } from './mainKnobs.ts';
import { TypedNumberBox } from './TypedNumberBox.tsx';

const patch = (path: string, value: unknown) =>
  playgroundStore.getState().patchScenario(path, value, { knob: path });

function MainKnob({ knob, value, note }: { knob: NumberKnob; value: number; note: string | null }) {
  const id = useId();
  const [typedError, setTypedError] = useState<string | null>(null);
  const problem = usePlayground((s) => s.problems.find((p) => p.path === knob.path) ?? null);
  const scenario = usePlayground((s) => s.scenario);
  // With an autoscaler, the workers the run has now, beside the count it starts with. A number
  // from the live readout (refreshed at most ~10 times a second): this knob re-renders only when
  // it changes, never per frame.
  const workersNow = usePlayground((s) =>
    knob.path === 'consumers.count' && s.scenario.consumers.autoscale !== null
      ? s.live.summary.workers.now
      : null,
  );
  const described = [
    typedError ? `${id}-typed` : '',
    problem ? `${id}-problem` : '',
    note ? `${id}-note` : '',
  ]
    .filter(Boolean)
    .join(' ');
  // With an autoscaler the count is where the run starts: a reader saw "1 worker" here and three
  // on the stage ("1 to start (now 3)"); under a surge the base rate says what it surges to. The
  // row keeps its height (the cards under it share the first screen); the whole note is the
  // slider's description, and the box's title.
  return (
    <div className="main-knob" data-knob={knob.path}>
      <div className="main-knob-head">
        <label htmlFor={id}>{knob.label}</label>
        <output htmlFor={id} data-testid={`value-${knob.path}`} title={note ?? undefined}>
          {knobValueText(knob.path, value, knob.unit, scenario, workersNow)}
        </output>
      </div>
      {note && (
        <p className="visually-hidden" id={`${id}-note`}>
          {note}
        </p>
      )}
      <div className="main-knob-row">
        <input
          id={id}
          type="range"
          min={0}
          max={STEPS}
          step={1}
          value={positionOf(value, knob)}
          aria-valuetext={spokenWithUnit(value, knob.unit)}
          aria-describedby={described || undefined}
          onChange={(e) => patch(knob.path, valueAfterMove(Number(e.target.value), value, knob))}
        />
        <TypedNumberBox
          knob={knob}
          value={value}
          disabled={false}
          errorId={`${id}-typed`}
          onError={setTypedError}
          onChange={patch}
        />
      </div>
      {typedError && (
        <p className="knob-problem" id={`${id}-typed`} role="alert">
          {typedError}
        </p>
      )}
      {problem && (
        <p className="knob-problem" id={`${id}-problem`}>
          Not applied: {problem.message}.
        </p>
      )}
    </div>
  );
}

export default function MainKnobs() {
  const scenario = usePlayground((s) => s.scenario);
  const knobs = mainKnobs(scenario);
  if (knobs.length === 0) return null;
  return (
    <div className="main-knobs" role="group" aria-label="Producer and consumers">
      {knobs.map((k) => {
        const value = getAt(scenario, k.path);
        return typeof value === 'number' ? (
          <MainKnob key={k.path} knob={k} value={value} note={knobNote(k.path, scenario)} />
        ) : null;
      })}
    </div>
  );
}
