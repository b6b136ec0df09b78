/**
 * The playground's strategy switcher, compact enough to sit beside the stage: every strategy by name
 * in its group, and the chosen one's line under them. Wide screens list them as radio buttons; narrow
 * ones as a native list box (with its groups), so the stage and the switcher share the first screen.
 * The embedded figure keeps the full picker with a line per strategy (StrategyPicker).
 */
import { useId } from 'react';
import { playgroundStore, usePlayground } from '../store/index.ts';
import {
  STRATEGY_GROUPS,
  strategyById,
  strategyOf,
  type Strategy,
  type StrategyId,
} from '../domain/strategies.ts';
import { strategyListNote, strategyName, strategySummary } from '../domain/strategyName.ts';
import { strategyWords } from './exercises/strategyWords.ts';
import { strategyChoices } from './strategyChoices.ts';
import { useMediaQuery, WIDE } from './useMediaQuery.ts';
import { chooseStrategy } from './chooseStrategy.ts';
import { summarySaidAbove } from './saidAbove.ts';
import { useScenarioLine } from './useScenarioLine.ts';
import { StrategyNotes } from './StrategyNotes.tsx';

/** The settings a strategy is made of (see strategyOf): an exercise that opens one opens it. */
const STRATEGY_FIELDS = [
  'queue.capacity',
  'queue.whenFull',
  'queue.conflateByKey',
  'feedback',
  'consumers.autoscale',
];

const choose = (id: StrategyId) => chooseStrategy(playgroundStore, id);

const QUESTION = 'What happens when the consumers fall behind?';

export function StrategySwitcher() {
  const wide = useMediaQuery(WIDE);
  const current = usePlayground((s) => strategyOf(s.scenario));
  // In an exercise, a strategy that would change a fixed field is shown but cannot be picked.
  const exercise = usePlayground((s) => s.exercise);
  const scenario = usePlayground((s) => s.scenario);
  const choices = strategyChoices(scenario, exercise);
  const fixed = new Set(choices.filter((c) => !c.open).map((c) => c.strategy.id));
  const locked = (s: Strategy) => fixed.has(s.id);
  const anyLocked = fixed.size > 0;
  // Each strategy by the name the scenario picking it gives has, as the exercise's own list says it.
  const names = new Map(
    choices.map((c) => [
      c.strategy.id,
      exercise === null
        ? strategyName(c.strategy, c.scenario)
        : strategyWords(c.strategy, c.scenario),
    ]),
  );
  const nameOf = (s: Strategy) => names.get(s.id) ?? s.label;
  const listed = choices.map((c) => c.strategy);
  // Where the strategy has another name than it has on other presets, the line says what it is.
  const listNote = exercise === null ? strategyListNote(strategyById(current), scenario) : null;
  const line = strategySummary(strategyById(current), scenario);
  // The line above the stage says it already when it names the strategy: the eye reads it once
  // there, and the list keeps it (visually hidden) as its description for a screen reader.
  const { title, invite } = useScenarioLine();
  const lineAbove = summarySaidAbove({ title, inExercise: exercise !== null, invite }, line);
  // The note is not said above: with it, the line stays (the note alone when the rest is above).
  const saidAbove = lineAbove && listNote === null;
  const summary = lineAbove ? (listNote ?? line) : listNote === null ? line : `${line} ${listNote}`;
  const summaryId = useId();
  const lockedId = useId();
  const selectId = useId();
  const describedBy = anyLocked ? `${summaryId} ${lockedId}` : summaryId;

  const after = (
    <>
      <p
        className={saidAbove ? 'switcher-summary said-above' : 'switcher-summary'}
        id={summaryId}
        data-testid="strategy-summary"
      >
        {summary}
      </p>
      <StrategyNotes />
      {anyLocked && (
        <p className="locked-note" id={lockedId}>
          The greyed strategies are fixed in this exercise.
        </p>
      )}
    </>
  );

  // An exercise that fixes the strategy needs no list of choices that cannot be made: one line.
  // Where the exercise leaves open a setting the strategy is made of (a queue's limit, what a full
  // queue does), the strategy is not fixed but follows those settings, and the line says so.
  if (listed.every((s) => s.id === current || locked(s)))
    return (
      <div className="switcher switcher-fixed" id="strategy" data-testid="strategy-fixed">
        <p className="switcher-fixed-line">
          <span className="switcher-label">Strategy:</span> {nameOf(strategyById(current))}{' '}
          <span className="muted">
            {exercise !== null && STRATEGY_FIELDS.some((p) => exercise.locks.isEditable(p))
              ? '(set by your settings below)'
              : '(fixed in this exercise)'}
          </span>
        </p>
        <p className="switcher-summary" data-testid="strategy-summary">
          {summary}
        </p>
      </div>
    );

  if (!wide)
    return (
      <div className="switcher switcher-narrow" id="strategy">
        <label htmlFor={selectId} className="switcher-label">
          Strategy
        </label>
        <select
          id={selectId}
          value={current}
          aria-describedby={describedBy}
          data-testid="strategy-select"
          onChange={(e) => choose(e.target.value as StrategyId)}
        >
          {STRATEGY_GROUPS.map((group) => (
            <optgroup key={group.id} label={group.label}>
              {listed
                .filter((s) => s.group === group.id)
                .map((s) => (
                  <option key={s.id} value={s.id} disabled={locked(s)}>
                    {nameOf(s)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {after}
      </div>
    );

  return (
    <fieldset className="switcher switcher-wide" id="strategy" aria-describedby={describedBy}>
      <legend>{QUESTION}</legend>
      {STRATEGY_GROUPS.map((group) => (
        <div
          key={group.id}
          className="switcher-group"
          role="group"
          aria-labelledby={`switcher-${group.id}`}
        >
          <p className="switcher-group-label" id={`switcher-${group.id}`}>
            {group.label}
          </p>
          {listed
            .filter((s) => s.group === group.id)
            .map((s) => (
              <label key={s.id} className="switcher-option" data-strategy={s.id}>
                <input
                  type="radio"
                  name="strategy"
                  value={s.id}
                  checked={current === s.id}
                  disabled={locked(s)}
                  aria-describedby={locked(s) ? `${lockedId}-${s.id}` : undefined}
                  onChange={() => choose(s.id)}
                />
                {nameOf(s)}
                {locked(s) && (
                  // The note under the list says it for the eye; each greyed choice says it too.
                  <span className="visually-hidden" id={`${lockedId}-${s.id}`}>
                    Fixed in this exercise
                  </span>
                )}
              </label>
            ))}
        </div>
      ))}
      {after}
    </fieldset>
  );
}
