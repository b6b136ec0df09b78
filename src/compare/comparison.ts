/**
 * A comparison: two to four complete scenarios that share one workload and one seed, so every column
 * gets exactly the same messages at the same moments and differs only in how it copes with them.
 *
 * The columns are stored as whole, valid scenarios whose shared fields are always equal; every
 * change goes through this module, which keeps them equal. Pure data in, data out.
 */
import { formatProblems, parseScenario, type ScenarioProblem } from '../sim/parseScenario.ts';
import { findPreset, presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { setAt } from '../domain/path.ts';
import { applyStrategy, strategyById, strategyOf, type StrategyId } from '../domain/strategies.ts';

export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 4;
export const COLUMN_LETTERS = ['A', 'B', 'C', 'D'] as const;
export type ColumnLetter = (typeof COLUMN_LETTERS)[number];

export interface Comparison {
  /** Two to four scenarios; seed, workload, metrics and duration are the same in all of them. */
  readonly columns: readonly Scenario[];
}

/** The top-level scenario fields every column shares, so the comparison is fair. */
export const SHARED_FIELDS = ['seed', 'workload', 'metrics', 'durationSec'] as const;
type SharedField = (typeof SHARED_FIELDS)[number];

/** Whether a dotted scenario path belongs to the shared part (edited once for every column). */
export function isSharedPath(path: string): boolean {
  const top = path.split('.')[0] as string;
  return (SHARED_FIELDS as readonly string[]).includes(top);
}

export function columnLetter(index: number): ColumnLetter {
  return COLUMN_LETTERS[index] ?? 'D';
}

/** What a column does, in the reader's terms (always current, unlike the scenario's name). */
export function columnLabel(scenario: Scenario): string {
  return strategyById(strategyOf(scenario)).label;
}

/** `column` with the shared fields of `source`. */
export function withShared(column: Scenario, source: Scenario): Scenario {
  const shared: Pick<Scenario, SharedField> = {
    seed: source.seed,
    workload: source.workload,
    metrics: source.metrics,
    durationSec: source.durationSec,
  };
  return { ...column, ...shared };
}

/** A comparison of `columns`, with the shared fields of `source` (column A unless said otherwise). */
export function comparisonOf(columns: readonly Scenario[], source = columns[0]): Comparison {
  if (source === undefined) throw new Error('a comparison needs at least one scenario');
  return { columns: columns.map((c) => withShared(c, source)) };
}

export type Change =
  { ok: true; comparison: Comparison; note?: string } | { ok: false; problems: ScenarioProblem[] };

function validated(input: unknown): { ok: true; value: Scenario } | Change {
  const parsed = parseScenario(input);
  return parsed.ok ? parsed : { ok: false, problems: parsed.problems };
}

/** Changes a shared field (workload, seed, metrics) in every column at once. */
export function setShared(comparison: Comparison, path: string, value: unknown): Change {
  if (!isSharedPath(path)) return refuse(path, 'is not a shared setting');
  const first = comparison.columns[0] as Scenario;
  const result = validated(setAt(first, path, value));
  if (!('value' in result)) return result;
  return { ok: true, comparison: comparisonOf(comparison.columns, result.value) };
}

/** Changes a field of one column; shared fields are refused (they change for every column). */
export function setColumnField(
  comparison: Comparison,
  index: number,
  path: string,
  value: unknown,
): Change {
  const column = comparison.columns[index];
  if (column === undefined) return refuse('', `there is no column ${columnLetter(index)}`);
  if (isSharedPath(path)) return refuse(path, 'is shared by every column: change it above');
  const result = validated(setAt(column, path, value));
  if (!('value' in result)) return result;
  return { ok: true, comparison: replaceColumn(comparison, index, result.value) };
}

function replaceColumn(comparison: Comparison, index: number, next: Scenario): Comparison {
  const columns = comparison.columns.map((c, i) => (i === index ? next : c));
  return { columns };
}

function refuse(path: string, message: string): Change {
  return { ok: false, problems: [{ path, message }] };
}

/**
 * A strategy's scenario for a column. A strategy may need something of the workload (drop the lowest
 * priority needs several priority levels); the workload is shared, so then it changes for every
 * column, and the note says so.
 */
function strategyColumn(
  column: Scenario,
  id: StrategyId,
): { scenario: Scenario; workloadChanged: boolean } {
  const strategy = strategyById(id);
  const next = { ...applyStrategy(column, strategy), name: strategy.label };
  const workloadChanged = JSON.stringify(next.workload) !== JSON.stringify(column.workload);
  return { scenario: next, workloadChanged };
}

function workloadNote(scenario: Scenario, id: StrategyId): string {
  const weights = scenario.workload.priorityWeights.join(':');
  return `${strategyById(id).label} needs messages of different priorities, so every column now uses priority shares ${weights}.`;
}

/** Puts strategy `id` in column `index`, keeping the column's consumers. */
export function chooseStrategy(comparison: Comparison, index: number, id: StrategyId): Change {
  const column = comparison.columns[index];
  if (column === undefined) return refuse('', `there is no column ${columnLetter(index)}`);
  const { scenario, workloadChanged } = strategyColumn(column, id);
  const columns = comparison.columns.map((c, i) => (i === index ? scenario : c));
  if (!workloadChanged) return { ok: true, comparison: { columns } };
  return {
    ok: true,
    comparison: comparisonOf(columns, scenario),
    note: workloadNote(scenario, id),
  };
}

/** The parts of a scenario a column owns: everything but the shared fields. */
const COLUMN_FIELDS = ['queue', 'feedback', 'retry', 'rateLimit', 'consumers'] as const;

/** Copies a preset's queue, feedback, retries, rate limit and consumers into column `index`. */
export function applyPresetSettings(
  comparison: Comparison,
  index: number,
  presetId: string,
): Change {
  const column = comparison.columns[index];
  if (column === undefined) return refuse('', `there is no column ${columnLetter(index)}`);
  const preset = findPreset(presetId);
  if (preset === undefined) return refuse('', `there is no preset called "${presetId}"`);
  const source = presetScenario(presetId);
  const next: Scenario = { ...column, name: preset.title };
  for (const field of COLUMN_FIELDS) Object.assign(next, { [field]: source[field] });
  return { ok: true, comparison: replaceColumn(comparison, index, next) };
}

/** The order in which a new column picks a strategy not shown yet: the most different ones first. */
const NEW_COLUMN_ORDER: readonly StrategyId[] = [
  'block',
  'drop-oldest',
  'credit',
  'none',
  'slow-down',
  'drop-incoming',
  'add-consumers',
  'latest-per-key',
  'drop-youngest',
  'drop-all',
  'drop-lowest-priority',
];

/** Adds a column with a strategy the comparison does not show yet, built on column A's consumers. */
export function addColumn(comparison: Comparison): Change {
  const { columns } = comparison;
  if (columns.length >= MAX_COLUMNS)
    return refuse('', `a comparison has at most ${MAX_COLUMNS} columns`);
  const used = new Set(columns.map(strategyOf));
  const id = NEW_COLUMN_ORDER.find((s) => !used.has(s)) ?? 'drop-oldest';
  const { scenario } = strategyColumn(columns[0] as Scenario, id);
  // The order above puts strategies that need a different workload last; four columns never reach them.
  return { ok: true, comparison: comparisonOf([...columns, scenario], columns[0]) };
}

export function removeColumn(comparison: Comparison, index: number): Change {
  const { columns } = comparison;
  if (columns.length <= MIN_COLUMNS)
    return refuse('', `a comparison needs at least ${MIN_COLUMNS} columns`);
  if (columns[index] === undefined) return refuse('', `there is no column ${columnLetter(index)}`);
  return { ok: true, comparison: { columns: columns.filter((_, i) => i !== index) } };
}

function mustParse(input: unknown): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`not a valid scenario:\n${formatProblems(parsed.problems)}`);
  return parsed.value;
}

/**
 * What the page opens on: the classic overload (a producer a little faster than its consumer) with
 * no backpressure, pushing back, and dropping, side by side.
 */
export function defaultComparison(): Comparison {
  const base = presetScenario('no-backpressure');
  const columns = [
    { ...base, name: strategyById('none').label },
    strategyColumn(base, 'block').scenario,
    strategyColumn(base, 'drop-oldest').scenario,
  ];
  return comparisonOf(columns.map(mustParse));
}

/**
 * The comparison the playground's "Compare" link opens: its scenario as column A, beside the
 * baseline of doing nothing (or, when column A does nothing, beside blocking the producer).
 */
export function comparisonFrom(scenario: Scenario): Comparison {
  const partner: StrategyId = strategyOf(scenario) === 'none' ? 'block' : 'none';
  return comparisonOf([scenario, strategyColumn(scenario, partner).scenario]);
}
