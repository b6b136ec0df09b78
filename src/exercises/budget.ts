/**
 * A budget several knobs share: "60 places in all, across the stages". Each knob alone may take any
 * value its field allows, so the exercise's constraint is the sum. The checker refuses, unrun, a
 * scenario that spends more than the budget (as it refuses a changed locked field), and the page
 * shows how much of the budget the settings use, next to the knobs.
 *
 * A part that is null (a queue with no limit) spends without limit: it is over any budget.
 */
import { fieldAt } from './knobs.ts';
import { formatNumber } from './formatValue.ts';

export interface BudgetPart {
  /** A knob's dotted path: a number field, or null for "no limit". */
  knob: string;
  /** How the part reads in a sentence: "stage 1", "the resizer". */
  label: string;
}

export interface Budget {
  /** The most the parts may add up to. */
  total: number;
  /** What the total counts, in the plural: "places". */
  unit: string;
  parts: BudgetPart[];
}

/** What a scenario spends of a budget. */
export interface BudgetUse {
  budget: Budget;
  /** Each part's value; null for no limit. */
  values: (number | null)[];
  /** The sum; Infinity when a part has no limit. */
  used: number;
  over: boolean;
}

export function budgetUse(budget: Budget, scenario: unknown): BudgetUse {
  const values = budget.parts.map(({ knob }) => {
    const { value } = fieldAt(scenario, knob);
    return typeof value === 'number' ? value : null;
  });
  const used = values.reduce<number>((sum, v) => sum + (v ?? Infinity), 0);
  return { budget, values, used, over: used > budget.total };
}

/** "stage 1 30, stage 2 30" (or "stage 1 no limit"). */
function partsText(use: BudgetUse): string {
  return use.budget.parts
    .map((part, i) => {
      const value = use.values[i] ?? null;
      return `${part.label} ${value === null ? 'no limit' : formatNumber(value, 6)}`;
    })
    .join(', ');
}

/**
 * One line on how the settings spend the budget: "60 of the 60 places in use: stage 1 30, stage 2
 * 30." or, over it, why the check will not run them.
 */
export function budgetLine(use: BudgetUse): string {
  return use.over ? (budgetProblem(use) as string) : budgetInUse(use);
}

function budgetInUse(use: BudgetUse): string {
  const { total, unit } = use.budget;
  return `${formatNumber(use.used, 6)} of the ${formatNumber(total, 6)} ${unit} in use: ${partsText(use)}.`;
}

/** Why a scenario over the budget is not checked, in one sentence; null when it keeps to it. */
export function budgetProblem(use: BudgetUse): string | null {
  if (!use.over) return null;
  const { total, unit, parts } = use.budget;
  const unlimited = parts.filter((_, i) => use.values[i] === null).map((p) => p.label);
  if (unlimited.length > 0)
    return `This exercise has ${formatNumber(total, 6)} ${unit} in all, and ${unlimited.join(' and ')} ${unlimited.length === 1 ? 'has' : 'have'} no limit: give ${unlimited.length === 1 ? 'it' : 'each'} a number, so that they add up to ${formatNumber(total, 6)} at most.`;
  const extra = use.used - total;
  return `This exercise has ${formatNumber(total, 6)} ${unit} in all, and your settings use ${formatNumber(use.used, 6)} (${partsText(use)}): take ${formatNumber(extra, 6)} away somewhere.`;
}
