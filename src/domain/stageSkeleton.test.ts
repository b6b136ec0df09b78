import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import type { ScenarioInput } from '../sim/scenario.ts';
import { stageSkeletonWords } from './stageSkeleton.ts';

function words(input: ScenarioInput) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return stageSkeletonWords(parsed.value);
}

describe('stageSkeletonWords', () => {
  it('names the parts with the rate, the queue and each worker of the scenario', () => {
    expect(
      words({
        workload: { pattern: { kind: 'steady', ratePerSec: 70 } },
        queue: { capacity: null },
        consumers: { count: 2 },
      }),
    ).toEqual({
      producer: 'Producer',
      rate: '70/s',
      lost: 'Lost',
      queue: 'Queue · no limit',
      consumers: 'Consumers',
      workers: ['Worker 1', 'Worker 2'],
      done: 'Done',
      stage: null,
    });
  });

  it('gives a bounded queue its limit, many workers one line, a changing workload no rate', () => {
    const w = words({
      workload: { pattern: { kind: 'bursty' } },
      queue: { capacity: 40 },
      consumers: { count: 8 },
    });
    expect(w.queue).toBe('Queue · up to 40');
    expect(w.workers).toEqual(['8 workers']);
    expect(w.rate).toBeNull();
  });
});
