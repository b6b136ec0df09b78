/**
 * One column: its letter, colour and strategy, its stage, its key numbers at the shared time, what
 * makes it different, and the way to open it alone in the playground. The stage comes first, so the
 * columns' stages are on the page's first screen (under their numbers they started below the fold).
 */
import { useShallow } from 'zustand/react/shallow';
import { columnStyle } from '../../compare/columnStyles.ts';
import { columnLabel, columnLetter, MIN_COLUMNS } from '../../compare/comparison.ts';
import { playgroundUrlFor } from '../../compare/compareUrl.ts';
import { columnTitles } from '../../compare/settingsThatDiffer.ts';
import type { CompareProblem } from '../../compare/compareLink.ts';
import { ColumnNumbers } from './ColumnNumbers.tsx';
import { ColumnSettings } from './ColumnSettings.tsx';
import { ColumnStage } from './ColumnStage.tsx';
import { ColumnSwatch } from './ColumnSwatch.tsx';
import { compareStore, useCompare } from './compareInstance.ts';

const NO_PROBLEMS: readonly CompareProblem[] = [];

export function ColumnCard({ index }: { index: number }) {
  const letter = columnLetter(index);
  const { columns, scenario, count, engine, timeMs, summary, showStages } = useCompare(
    useShallow((s) => ({
      columns: s.comparison.columns,
      scenario: s.comparison.columns[index],
      count: s.comparison.columns.length,
      engine: s.clock.engines[index],
      timeMs: s.live.timeMs,
      summary: s.live.summaries[index],
      showStages: s.showStages,
    })),
  );
  const problems = useCompare((s) =>
    s.problemsFrom === 'change' && s.problems.some((p) => p.column === letter)
      ? s.problems
      : NO_PROBLEMS,
  );
  if (scenario === undefined || engine === undefined || summary === undefined) return null;
  const label = columnLabel(scenario);
  // An attendee's name when the columns share a strategy (the room's debrief); the strategy then
  // follows as the column's first line.
  const title = columnTitles(columns)[index] ?? label;
  const titleId = `column-${letter}-title`;
  const startedFrom =
    scenario.name !== label && scenario.name !== title && scenario.name !== 'Untitled scenario'
      ? scenario.name
      : null;
  return (
    <article
      className="compare-column"
      data-testid={`column-${letter}`}
      data-strategy={label}
      aria-labelledby={titleId}
      style={{ borderTopColor: columnStyle(index).color }}
    >
      <header className="column-head">
        <h3 id={titleId}>
          <ColumnSwatch index={index} />
          <span className="column-letter">{letter}</span>
          <span className="visually-hidden">: </span>
          <span>{title}</span>
        </h3>
        {count > MIN_COLUMNS && (
          <button
            type="button"
            className="button column-remove"
            onClick={() => compareStore.getState().removeColumn(index)}
          >
            Remove<span className="visually-hidden"> column {letter}</span>
          </button>
        )}
      </header>
      {title !== label && <p className="muted column-origin">Strategy: {label}</p>}
      {startedFrom && <p className="muted column-origin">Started from: {startedFrom}</p>}
      {problems.length > 0 && (
        <div className="knob-problem" role="alert">
          Not applied to column {letter}:{' '}
          {problems
            .filter((p) => p.column === letter)
            .map((p) => `${p.path ? `${p.path} ` : ''}${p.message}.`)
            .join(' ')}{' '}
          It keeps its last good settings.
        </div>
      )}
      {showStages && <ColumnStage index={index} />}
      <ColumnNumbers
        index={index}
        timeMs={timeMs}
        summary={summary}
        engine={engine}
        scenario={scenario}
      />
      <ColumnSettings index={index} scenario={scenario} problems={problems} />
      <a
        className="column-open"
        href={playgroundUrlFor(location.href, scenario)}
        target="_blank"
        rel="noopener"
        data-testid={`open-${letter}`}
      >
        Open column {letter} in the playground
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </article>
  );
}
