/**
 * A knob as an exercise shows it. In a chain of stages the first queue is "Stage 1 queue capacity",
 * beside "Stage 2 queue capacity", not the bare "Queue capacity" of a single queue. A knob that
 * shares the exercise's budget says so in its help, instead of the schema's line about the
 * machine's own limit (200,000 waiting messages), which is not this exercise's limit.
 */
import type { Budget } from '../../exercises/index.ts';
import { capitalize } from '../../domain/format.ts';
import type { Knob } from '../../domain/knobs.ts';
import type { Scenario } from '../../sim/scenario.ts';

function stageOf(path: string): number | null {
  if (path === 'queue.capacity') return 1;
  const match = /^downstream\.(\d+)\.queue\.capacity$/.exec(path);
  return match ? Number(match[1]) + 2 : null;
}

/** "stage 1 and stage 2", "stage 1, stage 2 and stage 3". */
function listed(labels: readonly string[]): string {
  return labels.length <= 1
    ? labels.join('')
    : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) as string}`;
}

export function exerciseKnob(knob: Knob, scenario: Scenario, budget: Budget | null): Knob {
  if (knob.kind !== 'number') return knob;
  const stage = (scenario.downstream?.length ?? 0) > 0 ? stageOf(knob.path) : null;
  const label = stage === 1 ? 'Stage 1 queue capacity' : knob.label;
  const part = budget?.parts.find((p) => p.knob === knob.path);
  if (!budget || !part) return label === knob.label ? knob : { ...knob, label };
  const where = stage === null ? '' : ` in front of stage ${stage}`;
  const sharers = listed(budget.parts.map((p) => p.label));
  return {
    ...knob,
    label,
    description: `How many messages may wait${where}, not counting those being processed. ${capitalize(sharers)} share the ${budget.total} ${budget.unit} this exercise has in all; the check refuses settings that add up to more.`,
  };
}
