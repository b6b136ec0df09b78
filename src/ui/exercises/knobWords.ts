/**
 * An exercise's knobs in the playground's own words, as the controls are labelled: `consumers.count`
 * is "Consumers", and a whole section such as `retry` is "Retries, and all its settings".
 */
import { KNOBS } from '../../domain/knobs.ts';

/** Sections a pack may open whole that have no single control of their own. */
const SECTION_WORDS: Record<string, string> = {
  workload: 'Everything about the producer',
  queue: 'Every queue setting',
  consumers: 'Everything about the consumers',
  metrics: 'The measuring settings',
};

/** A knob as the learner finds it under Settings. */
export function knobWords(path: string): string {
  const control = KNOBS.get(path);
  if (control === undefined) return SECTION_WORDS[path] ?? path;
  // A section's control (a kind to choose, or an on/off for an optional part) opens its fields too.
  const section =
    (control.kind === 'choice' && control.variant === true) ||
    (control.kind === 'toggle' && control.objectWhenOn !== undefined);
  return section ? `${control.label}, and all its settings` : control.label;
}

/** Whether some control of the playground changes the field at `path` or a field inside it. */
export function hasControl(path: string): boolean {
  return [...KNOBS.keys()].some((p) => p === path || p.startsWith(`${path}.`));
}
