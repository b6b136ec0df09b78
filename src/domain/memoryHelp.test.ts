import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import { fieldInfo } from './fieldInfo.ts';
import { budgetDepths, memoryHelp } from './memoryHelp.ts';

describe('memoryHelp', () => {
  const first = presetScenario('no-backpressure');

  it('says the depth this scenario crashes at, not the machine’s 200,000', () => {
    const budget = memoryHelp('queue.memoryBudgetBytes', first);
    const capacity = memoryHelp('queue.capacity', first);
    // The schema's line, which the page showed, names the machine's limit.
    expect(fieldInfo('queue.capacity', first).description).toMatch(/200,000/);
    for (const help of [budget, capacity]) {
      expect(help).not.toBeNull();
      expect(help).not.toMatch(/200,000/);
      expect(help).toMatch(/about 1\d\d waiting messages \(as few as 1\d\d/);
    }
    expect(capacity).toMatch(
      /^How many messages may wait.*With no limit, the memory budget of 1 MB decides/,
    );
  });

  it('is true of the run: the first crash comes between the fewest and well past the typical', () => {
    const depths = budgetDepths(first);
    if (depths === null) throw new Error('no budget');
    const engine = createSimulation(first, { eventCapacity: 0 });
    let before = 0;
    for (let t = 100; t <= 30_000 && engine.summary().crashes === 0; t += 10) {
      before = engine.summary().queueDepth.now;
      engine.advanceTo(t);
    }
    expect(engine.summary().crashes).toBe(1);
    expect(before).toBeGreaterThanOrEqual(depths.fewest - 2);
    expect(Math.abs(before - depths.typical)).toBeLessThan(depths.typical * 0.15);
  });

  it('keeps the schema’s line without a budget, and says when the queue’s limit comes first', () => {
    const noBudget = parseScenario({
      ...first,
      queue: { ...first.queue, memoryBudgetBytes: null },
    });
    if (!noBudget.ok) throw new Error('bad scenario');
    expect(memoryHelp('queue.capacity', noBudget.value)).toBeNull();
    const small = parseScenario({ ...first, queue: { ...first.queue, capacity: 20 } });
    if (!small.ok) throw new Error('bad scenario');
    expect(memoryHelp('queue.memoryBudgetBytes', small.value)).toMatch(/limit of 20 comes first/);
    expect(memoryHelp('queue.capacity', small.value)).toBeNull();
  });
});
