import { describe, expect, it } from 'vitest';
// Read through Vite rather than node:fs: this folder is type-checked with the app, without Node types.
import doc from '../../docs/workshop.md?raw';
import { loadBuiltInPack } from './index.ts';
import { runCheckExercises } from './checkExercisesCommand.ts';
import { METRIC_IDS } from './metrics.ts';
import { DROP_REASONS } from '../sim/types.ts';

/** The first fenced block of `language` in the page that contains `marker`. */
function block(language: string, marker: string): string {
  const blocks = [
    ...doc.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\\n\`\`\``, 'g')),
  ].map((m) => m[1] as string);
  const found = blocks.find((b) => b.includes(marker));
  if (found === undefined)
    throw new Error(`no ${language} block with ${marker} in docs/workshop.md`);
  return found;
}

describe('docs/workshop.md', () => {
  it('shows a pack that is valid and proven, and the checker’s real output for it', () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runCheckExercises(
      { text: block('json', '"format"'), label: 'my-pack.json' },
      { out: (l) => out.push(l), err: (l) => err.push(l) },
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(block('text', 'closest call')).toBe(out.join('\n'));
  });

  it('lists every metric and every drop reason', () => {
    for (const id of METRIC_IDS) expect(doc, id).toContain(`| \`${id}\``);
    for (const reason of DROP_REASONS) expect(doc, reason).toContain(`\`${reason}\``);
  });

  it('covers every built-in exercise in the table, the wrong turns and the debrief questions', () => {
    const section = (heading: string) => {
      const start = doc.indexOf(`\n${heading}\n`);
      expect(start, heading).toBeGreaterThan(0);
      const end = doc.indexOf('\n#', start + heading.length + 2);
      return doc.slice(start, end < 0 ? undefined : end);
    };
    const table = section('## Part 1: running a workshop');
    const wrongTurns = section('### Common wrong turns');
    const debrief = section('### Debrief questions');
    const pack = loadBuiltInPack();
    expect(table).toContain(
      `has ${pack.exercises.length === 10 ? 'ten' : pack.exercises.length} exercises`,
    );
    pack.exercises.forEach((exercise, i) => {
      // A title may hold a question mark: matched as itself, not as a pattern.
      const title = exercise.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(table, exercise.id).toMatch(new RegExp(`\\| ${i + 1} +\\| ${title} +\\|`));
      // A title that ends in a question mark takes no full stop after it.
      const stop = exercise.title.endsWith('?') ? '' : '.';
      expect(wrongTurns, exercise.id).toContain(`${i + 1}. **${exercise.title}${stop}**`);
      expect(debrief, exercise.id).toContain(`${i + 1}. **${exercise.title}`);
    });
  });

  it('plans the rounds in the pack’s order, so “Next” under an exercise leads where the plan goes', () => {
    const pack = loadBuiltInPack();
    const plan = doc.slice(doc.indexOf('### A 90-minute plan'), doc.indexOf('**Pairing.**'));
    // "1 The tipping point, 2 Out of memory, 3 Payments": a number and the start of a title.
    const named = pack.exercises.flatMap((exercise, i) => {
      const short = exercise.title.split(':')[0] as string;
      const at = plan.search(new RegExp(`\\b(\\d+) ${short}`));
      if (at < 0) return [];
      const number = Number(/^(\d+)/.exec(plan.slice(at))?.[1]);
      expect(number, exercise.title).toBe(i + 1);
      return [{ at, number }];
    });
    expect(named.length).toBeGreaterThanOrEqual(6);
    const inPlanOrder = [...named].sort((a, b) => a.at - b.at).map((n) => n.number);
    expect(inPlanOrder).toEqual([...inPlanOrder].sort((a, b) => a - b));
  });
});
