import { describe, expect, it } from 'vitest';
import { setAt } from '../domain/path.ts';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { columnLabel } from './comparison.ts';
import { columnTitles, settingsThatDiffer } from './settingsThatDiffer.ts';

const block = presetScenario('block');
const named = (scenario: Scenario, name: string) => ({ ...scenario, name });

describe('the settings in which the columns differ', () => {
  it('shows two answers of one strategy by the settings they changed, as the controls word them', () => {
    const ana = named(setAt(block, 'consumers.count', 2), 'Ana’s answer');
    const bo = named(setAt(block, 'consumers.service.meanMs', 15), 'Bo’s answer');
    const rows = settingsThatDiffer([ana, bo]);
    // In the order the controls come in the playground's settings.
    expect(rows).toEqual([
      { path: 'consumers.service.meanMs', label: 'Processing time', values: ['20 ms', '15 ms'] },
      { path: 'consumers.count', label: 'Consumers', values: ['2 workers', '1 worker'] },
    ]);
  });

  it('leads with the strategy when it differs, and leaves out what every column shares', () => {
    const rows = settingsThatDiffer([block, presetScenario('slow-down-signal')]);
    expect(rows[0]).toEqual({
      path: 'strategy',
      label: 'Strategy',
      values: [columnLabel(block), columnLabel(presetScenario('slow-down-signal'))],
    });
    expect(rows.map((r) => r.path)).not.toContain('workload.pattern');
    expect(settingsThatDiffer([block, { ...block }])).toEqual([]);
  });

  it('says a queue with no limit is never full, instead of what it would do when full', () => {
    // The reader's case: "When the queue is full: Reject the newcomer" under No backpressure.
    const none = presetScenario('no-backpressure');
    const rows = settingsThatDiffer([none, block, presetScenario('drop-oldest')]);
    expect(rows.find((r) => r.path === 'queue.whenFull')?.values).toEqual([
      'Never full (no limit); the process crashes at the memory budget',
      'Block the producer',
      'Drop the oldest',
    ]);
    const endless = setAt(none, 'queue.memoryBudgetBytes', null);
    expect(
      settingsThatDiffer([endless, block]).find((r) => r.path === 'queue.whenFull')?.values[0],
    ).toMatch(/^Never full \(no limit\): it grows/);
    // Two queues with no limit do not differ in a setting neither uses.
    const other = setAt(none, 'queue.whenFull', 'drop-oldest');
    expect(settingsThatDiffer([none, other]).map((r) => r.path)).not.toContain('queue.whenFull');
  });

  it('does not call a variant different when only a field inside it differs', () => {
    const faster = setAt(block, 'consumers.service.meanMs', 1);
    expect(settingsThatDiffer([block, faster]).map((r) => r.path)).toEqual([
      'consumers.service.meanMs',
    ]);
  });
});

describe('the memory budget row', () => {
  it('says a bounded queue needs no budget, not that it has no limit (try 6a)', () => {
    // No backpressure has a budget of 1 MB and no limit; Block and Drop the oldest have neither budget
    // nor need of one. "No limit" beside them read as if they might take all the memory there is.
    const columns = [
      presetScenario('no-backpressure'),
      presetScenario('block'),
      presetScenario('drop-oldest'),
    ];
    const row = settingsThatDiffer(columns).find((r) => r.path === 'queue.memoryBudgetBytes');
    expect(row?.values).toEqual([
      '1 MB',
      'None needed: at most 20 messages wait',
      'None needed: at most 20 messages wait',
    ]);
    // A queue with neither limit nor budget says what that means.
    const unbounded = setAt(presetScenario('no-backpressure'), 'queue.memoryBudgetBytes', null);
    const both = settingsThatDiffer([presetScenario('no-backpressure'), unbounded]);
    expect(both.find((r) => r.path === 'queue.memoryBudgetBytes')?.values[1]).toBe(
      'None: the queue may take all the memory there is',
    );
  });
});

describe('the column titles', () => {
  it('name the attendees when their answers share a strategy', () => {
    const ana = named(setAt(block, 'consumers.count', 2), 'Ana’s answer');
    const bo = named(block, 'Bo’s answer');
    expect(columnTitles([ana, bo])).toEqual(['Ana’s answer', 'Bo’s answer']);
  });

  it('stay the strategies when those tell the columns apart, or names do not', () => {
    const other = presetScenario('slow-down-signal');
    expect(columnTitles([named(block, 'Ana'), named(other, 'Bo')])).toEqual([
      columnLabel(block),
      columnLabel(other),
    ]);
    expect(columnTitles([named(block, 'Same'), named(block, 'Same')])).toEqual([
      columnLabel(block),
      columnLabel(block),
    ]);
  });
});
