/**
 * What the columns of a comparison do differently, in the playground's words: the strategy, then
 * every control whose value is not the same in every column ("Consumers: 2 workers | 1 worker").
 * Answers opened from the room view are often the same strategy with a setting or two changed, so
 * the column titles alone cannot tell them apart. Pure data; the component only lays it out.
 */
import { KNOBS, type Knob } from '../domain/knobs.ts';
import { formatWithUnit } from '../domain/format.ts';
import { getAt, hasPath } from '../domain/path.ts';
import type { Scenario } from '../sim/scenario.ts';
import { columnLabel } from './comparison.ts';

export interface DifferingSetting {
  /** The control's path, or "strategy". */
  path: string;
  label: string;
  /** One value per column, as the controls show it; "—" where the column has no such setting. */
  values: readonly string[];
}

const NONE = '—';

/**
 * The part of a field the control itself sets: a variant's kind, a toggle's on or off. The fields
 * inside a variant or a switched-on object have controls (and rows) of their own.
 */
function ownPart(control: Knob, value: unknown): unknown {
  if (control.kind === 'choice' && control.variant === true)
    return (value as { kind?: unknown } | null | undefined)?.kind;
  if (control.kind === 'toggle') return value === undefined ? undefined : valueText(control, value);
  return value;
}

function valueText(control: Knob, value: unknown): string {
  if (value === undefined) return NONE;
  switch (control.kind) {
    case 'number':
      if (value === null) return control.nullable?.label ?? 'None';
      return typeof value === 'number' ? formatWithUnit(value, control.unit) : NONE;
    case 'choice': {
      const chosen = control.variant === true ? (value as { kind?: unknown } | null)?.kind : value;
      return control.options.find((o) => o.value === chosen)?.label ?? String(chosen);
    }
    case 'toggle':
      return value === null || value === false ? 'Off' : 'On';
  }
}

/**
 * What a column does when its queue is full, in its own terms: a queue with no limit is never full,
 * so its "when full" setting never acts (the table once said "Reject the newcomer" for No
 * backpressure, which takes everything until memory runs out).
 */
const NEVER_FULL = 'never-full';
function whenFullInEffect(column: Scenario, value: unknown): unknown {
  return column.queue.capacity === null ? NEVER_FULL : value;
}
function neverFullText(column: Scenario): string {
  return column.queue.memoryBudgetBytes === null
    ? 'Never full (no limit): it grows as long as messages come faster than they leave'
    : 'Never full (no limit); the process crashes at the memory budget';
}

/**
 * A column with no memory budget, in its own terms: a bounded queue needs none, its limit keeps it
 * small (the table once said "No limit" for Block and Drop beside "1 MB" for No backpressure, which
 * read as if the bounded queues might take all the memory there is).
 */
function noBudgetText(column: Scenario): string {
  const capacity = column.queue.capacity;
  return capacity === null
    ? 'None: the queue may take all the memory there is'
    : `None needed: at most ${formatWithUnit(capacity, 'messages')} wait`;
}

/** The field as it acts in `column`: the same as set, except a setting the column never uses. */
function inEffect(column: Scenario, control: Knob, value: unknown): unknown {
  return control.path === 'queue.whenFull' ? whenFullInEffect(column, value) : value;
}

export function settingsThatDiffer(columns: readonly Scenario[]): DifferingSetting[] {
  if (columns.length < 2) return [];
  const rows: DifferingSetting[] = [];
  const strategies = columns.map(columnLabel);
  if (new Set(strategies).size > 1)
    rows.push({ path: 'strategy', label: 'Strategy', values: strategies });
  for (const control of KNOBS.values()) {
    if (!columns.some((c) => hasPath(c, control.path))) continue;
    const raw = columns.map((c) =>
      hasPath(c, control.path) ? inEffect(c, control, getAt(c, control.path)) : undefined,
    );
    // Compared as data, so a field that differs only past the shown digits still counts.
    if (new Set(raw.map((v) => JSON.stringify(ownPart(control, v)))).size === 1) continue;
    const values = raw.map((v, i) =>
      v === NEVER_FULL
        ? neverFullText(columns[i] as Scenario)
        : control.path === 'queue.memoryBudgetBytes' && v === null
          ? noBudgetText(columns[i] as Scenario)
          : valueText(control, v),
    );
    rows.push({ path: control.path, label: control.label, values });
  }
  return rows;
}

/**
 * What each column is called: its strategy, unless two columns share a strategy and every column
 * has a name of its own (an attendee's answer, a named scenario), which then tells them apart.
 */
export function columnTitles(columns: readonly Scenario[]): string[] {
  const strategies = columns.map(columnLabel);
  const names = columns.map((c) => c.name);
  const sharedStrategy = new Set(strategies).size < strategies.length;
  const ownNames =
    new Set(names).size === names.length &&
    names.every((n, i) => n !== '' && n !== 'Untitled scenario' && n !== strategies[i]);
  return sharedStrategy && ownNames ? names : strategies;
}
