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
import type { Scenario } from '../sim/scenario.ts';
import { spokenWithUnit } from '../domain/format.ts';
import { knobValueText, processingTitle, processingWords } from '../domain/knobValue.ts';
import { positionOf, sliderValue, STEPS } from '../domain/scale.ts';
import { knobNote } from '../domain/knobNotes.ts';
import { bottleneckNote, slowestStage } from '../domain/chainBottleneck.ts';
import { shortKnobLabel, stageCount, stageMainKnobs } from './mainKnobs.ts';
import { TypedNumberBox } from './TypedNumberBox.tsx';

const patch = (path: string, value: unknown) =>
  playgroundStore.getState().patchScenario(path, value, { knob: path });

function MainKnob({
  knob,
  stage,
  value,
  note,
  alsoDescribedBy,
}: {
  knob: NumberKnob;
  /** In a chain, the stage it acts on ("stage 1: API"): in its name, and said above it too. */
  stage: string | null;
  value: number;
  note: string | null;
  alsoDescribedBy: string | null;
}) {
  const id = useId();
  const [typedError, setTypedError] = useState<string | null>(null);
  const problem = usePlayground((s) => s.problems.find((p) => p.path === knob.path) ?? null);
  const scenario = usePlayground((s) => s.scenario);
  // With an autoscaler, the workers the run has now, beside the count it starts with. A number
  // from the live readout (refreshed at most ~10 times a second): this knob re-renders only when
  // it changes, never per frame.
  const scaled = knob.path === 'consumers.count' && scenario.consumers.autoscale !== null;
  const workersNow = usePlayground((s) => (scaled ? s.live.summary.workers.now : null));
  // Of them, those still warming up: said apart, as the stage draws them apart (faint, "warming").
  const workersStarting = usePlayground((s) => (scaled ? s.live.summary.workers.starting : 0));
  const label = shortKnobLabel(knob);
  const described = [
    typedError ? `${id}-typed` : '',
    problem ? `${id}-problem` : '',
    note ? `${id}-note` : '',
    alsoDescribedBy ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  // With an autoscaler the count is where the run starts: a reader saw "1 worker" here and three
  // on the stage ("1 to start (now 3)", or "2 + 1 warming" while one warms up); under a surge the
  // base rate says what it surges to. The row keeps its height (the cards under it share the first
  // screen); the whole note is the slider's description, and the box's title.
  return (
    <div className="main-knob" data-knob={knob.path}>
      <div className="main-knob-head">
        <label htmlFor={id}>
          {label}
          {stage && <span className="visually-hidden"> ({stage})</span>}
        </label>
        <output
          htmlFor={id}
          data-testid={`value-${knob.path}`}
          title={note ?? processingTitle(knob.path, scenario) ?? undefined}
        >
          {knobValueText(
            knob.path,
            value,
            knob.unit,
            scenario,
            workersNow === null ? null : { now: workersNow, starting: workersStarting },
          )}
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
          aria-valuetext={spokenValue(knob, value, scenario)}
          aria-describedby={described || undefined}
          onChange={(e) =>
            patch(knob.path, sliderValue(knob, Number(e.target.value), value, scenario))
          }
        />
        <TypedNumberBox
          knob={stage ? { ...knob, label: `${label} (${stage})` } : knob}
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

/**
 * What a screen reader hears for the slider: the value, and for a processing time how it varies in
 * full words ("20 ms on average"; a range's knob sets the longest, and says so).
 */
function spokenValue(knob: NumberKnob, value: number, scenario: Scenario): string {
  const spoken = spokenWithUnit(value, knob.unit);
  const words = processingWords(knob.path, value, scenario, false);
  if (words === null) return spoken;
  return knob.path.endsWith('service.maxMs') ? `longest ${spoken}; ${words}` : words;
}

/** "stage 3: database", or "stage 3" for a stage without a name. */
const stageLabel = (stage: number, name: string) =>
  name ? `stage ${stage}: ${name}` : `stage ${stage}`;

/**
 * In a chain the knobs act on one stage at a time: the first (the producer's rate, its consumers and
 * their processing time) or a later one (its consumers, their processing time and its queue's
 * limit). A reader moved stage 1's knobs while the database, stage 3, set the pace, and saw nothing
 * change: each knob now names its stage, these buttons reach the others, the slowest is marked,
 * and a note under the knobs says when the stage in hand cannot get more through.
 */
function StagePicker({
  names,
  stage,
  slowest,
  onChoose,
}: {
  names: readonly string[];
  stage: number;
  slowest: number | null;
  onChoose: (stage: number) => void;
}) {
  return (
    <div className="stage-picker" role="group" aria-label="Which stage the knobs act on">
      <span className="stage-picker-lead">Knobs for</span>
      {names.map((name, i) => (
        <button
          key={i}
          type="button"
          className="button chip stage-picker-button"
          aria-pressed={stage === i + 1}
          data-testid={`knobs-stage-${i + 1}`}
          onClick={() => onChoose(i + 1)}
        >
          <span className="stage-picker-word">Stage </span>
          {i + 1}
          {name && ` · ${name}`}
          {slowest === i + 1 && <span className="stage-picker-slowest">slowest</span>}
        </button>
      ))}
    </div>
  );
}

export default function MainKnobs() {
  const scenario = usePlayground((s) => s.scenario);
  const [chosen, setChosen] = useState(1);
  const noteId = useId();
  const stages = stageCount(scenario);
  const chain = stages > 1;
  const stage = Math.min(chosen, stages);
  const knobs = stageMainKnobs(scenario, stage);
  if (!chain && knobs.length === 0) return null;
  const names = [scenario.stageName ?? '', ...(scenario.downstream ?? []).map((d) => d.name)];
  const name = names[stage - 1] ?? '';
  const slowest = chain ? slowestStage(scenario) : null;
  const note = chain ? bottleneckNote(scenario, stage) : null;
  const group = (
    <div
      className="main-knobs"
      role="group"
      aria-label={
        stage === 1 ? 'Producer and consumers' : `Stage ${stage}${name ? `, ${name}` : ''}`
      }
    >
      {knobs.map((k) => {
        const value = getAt(scenario, k.path);
        // In a chain each knob's name says its stage ("Consumers (stage 1: API)"), as the pressed
        // button above says it to the eye; the producer feeds the first.
        const onStage = chain && !k.path.startsWith('workload.');
        return typeof value === 'number' ? (
          <MainKnob
            key={k.path}
            knob={k}
            stage={onStage ? stageLabel(stage, name) : null}
            value={value}
            note={knobNote(k.path, scenario)}
            alsoDescribedBy={note && onStage ? noteId : null}
          />
        ) : null;
      })}
    </div>
  );
  if (!chain) return group;
  return (
    <div className="main-knobs-chain" data-stage={stage}>
      <StagePicker
        names={names}
        stage={stage}
        slowest={slowest?.stage ?? null}
        onChoose={setChosen}
      />
      {group}
      {/* The simulation sets a chain's later stages up when a run starts: a change to one starts
          the run again, and a reader saw the clock go back with no word of why. */}
      {stage > 1 && (
        <p className="restart-note muted" data-testid="restart-note">
          A change to stage {stage} starts the run again from 0 s.
        </p>
      )}
      {note && slowest && (
        <p className="bottleneck-note" id={noteId} data-testid="bottleneck-note">
          {note}{' '}
          <button type="button" className="note-link" onClick={() => setChosen(slowest.stage)}>
            Knobs for stage {slowest.stage}
          </button>
        </p>
      )}
    </div>
  );
}
