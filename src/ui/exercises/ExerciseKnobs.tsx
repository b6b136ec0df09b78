/**
 * The settings an exercise lets the learner change, in the exercise panel itself, between the goals
 * and Check: the story, the knobs and the check share one place, with the stage beside them. When
 * the exercise lets the strategy change, its choices are here too.
 */
import { useId, useState } from 'react';
import { hasPath } from '../../domain/path.ts';
import { KNOBS } from '../../domain/knobs.ts';
import { strategyOf, type StrategyId } from '../../domain/strategies.ts';
import { playgroundStore, usePlayground } from '../../store/index.ts';
import { chooseStrategy } from '../chooseStrategy.ts';
import { KnobControl } from '../KnobControl.tsx';
import { budgetLine, budgetUse } from '../../exercises/index.ts';
import { exerciseKnob } from './exerciseKnob.ts';
import { strategyWords } from './strategyWords.ts';
import { strategyChoices } from '../strategyChoices.ts';

const ALL_KNOBS = [...KNOBS.keys()];

const patch = (path: string, value: unknown) =>
  playgroundStore.getState().patchScenario(path, value, { knob: path });

/** How much of the exercise's shared budget the settings use, or why the check will refuse them. */
function BudgetLine({ use }: { use: ReturnType<typeof budgetUse> }) {
  return (
    <p
      className={use.over ? 'knob-problem' : 'help'}
      data-testid="exercise-budget"
      data-over={use.over ? 'true' : 'false'}
      role="status"
    >
      {budgetLine(use)}
    </p>
  );
}

export function ExerciseKnobs() {
  const scenario = usePlayground((s) => s.scenario);
  const problems = usePlayground((s) => s.problems);
  const exercise = usePlayground((s) => s.exercise);
  const locks = exercise?.locks ?? null;
  const budget = usePlayground((s) => s.exercise?.exercise.budget ?? null);
  const headingId = useId();
  const strategyId = useId();
  // The knobs' one-line explanations are folded away by default, so the knobs and Check share a
  // phone's screen; a screen reader hears them either way.
  const [explained, setExplained] = useState(false);
  if (!locks) return null;
  const paths = ALL_KNOBS.filter((p) => locks.isEditable(p) && hasPath(scenario, p));
  const current = strategyOf(scenario);
  // The strategies this exercise allows: those that change no fixed field, and the one it starts with.
  const open = strategyChoices(scenario, exercise).filter((c) => c.open);
  return (
    <section
      className="exercise-knobs"
      aria-labelledby={headingId}
      data-testid="exercise-knobs"
      id="exercise-knobs"
    >
      <h3 id={headingId}>Your settings</h3>
      <p className="help exercise-knobs-lead">
        Everything else is fixed, apart from the seed and the speed. Each change starts the run
        again from zero, as the check runs it.
      </p>
      {open.length > 1 && (
        <div className="knob" data-knob="strategy">
          <div className="knob-head">
            <label htmlFor={strategyId}>Strategy</label>
            {/* The phone's form of the note below, in the head's spare room: no line added. */}
            <span className="help strategy-parts-short" aria-hidden="true">
              sets the settings below
            </span>
          </div>
          <select
            id={strategyId}
            value={current}
            data-testid="exercise-strategy"
            aria-describedby={`${strategyId}-parts`}
            onChange={(e) => chooseStrategy(playgroundStore, e.target.value as StrategyId)}
          >
            {open.map((c) => (
              <option key={c.strategy.id} value={c.strategy.id}>
                {strategyWords(c.strategy, c.scenario)}
              </option>
            ))}
          </select>
          {/* An attendee saw "Block the producer" here and again under "When the queue is full",
              and took them for two choices. */}
          <p className="help strategy-parts" id={`${strategyId}-parts`}>
            A whole strategy at once; the settings below are its parts, to change one by one.
          </p>
        </div>
      )}
      {paths.map((p) => (
        <KnobControl
          key={p}
          knob={exerciseKnob(KNOBS.get(p)!, scenario, budget)}
          scenario={scenario}
          problems={problems}
          onChange={patch}
          compact={!explained}
        />
      ))}
      {budget && <BudgetLine use={budgetUse(budget, scenario)} />}
      <button
        type="button"
        className="text-button"
        aria-pressed={explained}
        onClick={() => setExplained(!explained)}
      >
        {explained ? 'Hide what each setting means' : 'What each setting means'}
      </button>
    </section>
  );
}
