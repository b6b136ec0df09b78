import { describe, expect, it } from 'vitest';
import { applyStrategy, STRATEGIES, strategyOf } from '../../domain/strategies.ts';
import { loadBuiltInPack } from '../../exercises/index.ts';
import { parseScenario } from '../../sim/parseScenario.ts';
import { strategyWords } from './strategyWords.ts';

const pack = loadBuiltInPack();
const strategy = (id: string) => STRATEGIES.find((s) => s.id === id)!;

describe('a strategy’s name in an exercise', () => {
  it('out of memory: a bounded queue that rejects is “Reject the newcomer”, as the hints call it', () => {
    const ex = pack.exercises.find((e) => e.id === 'out-of-memory')!;
    // What unticking "No limit" leaves: the start with a capacity.
    const bounded = parseScenario({ ...ex.start, queue: { ...ex.start.queue, capacity: 50 } });
    if (!bounded.ok) throw new Error('bad scenario');
    const current = strategy(strategyOf(bounded.value));
    expect(strategyWords(current, bounded.value)).toBe('Reject the newcomer');
    expect(ex.hints.join(' ')).toContain('“Reject the newcomer”');
  });

  it('keeps “Reject with retries” where the retries are on, and names conflation as its knob does', () => {
    const ex = pack.exercises[0]!;
    const withRetries = applyStrategy(ex.start, strategy('drop-incoming'));
    expect(strategyWords(strategy('drop-incoming'), withRetries)).toBe('Reject with retries');
    expect(strategyWords(strategy('latest-per-key'), ex.start)).toBe(
      'Keep only the latest per key',
    );
    expect(strategyWords(strategy('block'), ex.start)).toBe('Block the producer');
  });
});
