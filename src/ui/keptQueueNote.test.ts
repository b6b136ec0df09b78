import { describe, expect, it } from 'vitest';
import { setAt } from '../domain/path.ts';
import { applyStrategy, strategyById } from '../domain/strategies.ts';
import { presetScenario } from '../sim/presets.ts';
import { keptQueueNote } from './keptQueueNote.ts';

describe('keptQueueNote', () => {
  it('says a queue size chosen before a switch is kept, and what the strategy brings', () => {
    const mine = setAt(presetScenario('reject-with-retries'), 'queue.capacity', 30);
    const adding = applyStrategy(mine, strategyById('add-consumers'));
    expect(keptQueueNote(adding, 'reject-with-retries')).toBe(
      'The queue keeps its size, 30 places; Add consumers on its own brings 100.',
    );
  });

  it('says nothing where the strategy brought its own size, or a real system has its own', () => {
    const rejecting = applyStrategy(
      presetScenario('no-backpressure'),
      strategyById('drop-incoming'),
    );
    const adding = applyStrategy(rejecting, strategyById('add-consumers'));
    expect(keptQueueNote(adding, 'no-backpressure')).toBeNull();
    expect(keptQueueNote(presetScenario('nginx-limit-req'), 'nginx-limit-req')).toBeNull();
    const nginx = applyStrategy(presetScenario('nginx-limit-req'), strategyById('add-consumers'));
    expect(keptQueueNote(nginx, 'nginx-limit-req')).toBeNull();
  });
});
