import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { setAt } from './path.ts';
import { applyStrategy, strategyById } from './strategies.ts';
import {
  strategyListNote,
  strategyName,
  strategyNameNote,
  strategySummary,
} from './strategyName.ts';

const rejecting = strategyById('drop-incoming');

describe('a strategy’s name as the scenario has it', () => {
  it('is “Reject with retries” with its line while the retries are on', () => {
    const withRetries = presetScenario('reject-with-retries');
    expect(withRetries.retry.kind).not.toBe('none');
    expect(strategyName(rejecting, withRetries)).toBe('Reject with retries');
    expect(strategySummary(rejecting, withRetries)).toBe(rejecting.summary);
  });

  it('promises no retry once retries are off: the “When the queue is full” choice’s name', () => {
    const never = setAt(presetScenario('reject-with-retries'), 'retry', { kind: 'none' });
    expect(strategyName(rejecting, never)).toBe('Reject the newcomer');
    expect(strategySummary(rejecting, never)).not.toMatch(/retr/i);
    expect(strategySummary(rejecting, never)).toMatch(/turns the newcomer away/);
  });

  it('says in the list what the other name stands for: the Nginx preset’s rejection has no retries', () => {
    const nginx = presetScenario('nginx-limit-req');
    expect(strategyName(rejecting, nginx)).toBe('Reject the newcomer');
    expect(strategyListNote(rejecting, nginx)).toBe(
      'It is Reject with retries with the retries off.',
    );
    expect(strategyListNote(rejecting, presetScenario('reject-with-retries'))).toBeNull();
    expect(strategyListNote(strategyById('block'), presetScenario('block'))).toBeNull();
  });

  it('leaves every other strategy’s name and line as the catalogue has them', () => {
    const start = presetScenario('no-backpressure');
    for (const id of ['block', 'drop-oldest', 'latest-per-key', 'add-consumers'] as const) {
      const strategy = strategyById(id);
      const scenario = applyStrategy(start, strategy);
      expect(strategyName(strategy, scenario)).toBe(strategy.label);
      expect(strategySummary(strategy, scenario)).toBe(strategy.summary);
    }
  });
});

describe('an unlimited queue that deletes what is too old (Kafka’s retention)', () => {
  it('says what it deletes, not that memory runs out, in its line and its note', () => {
    const none = strategyById('none');
    const kafka = presetScenario('kafka');
    expect(kafka.queue.maxAgeMs).not.toBeNull();
    expect(strategySummary(none, kafka)).toBe(
      'An unlimited queue takes everything, and deletes unread what has waited 5 s.',
    );
    expect(strategyNameNote(none, kafka)).toMatch(/memory never runs out/);
    // Without an age, the catalogue's line (memory runs out) and no note.
    const plain = presetScenario('no-backpressure');
    expect(plain.queue.maxAgeMs).toBeNull();
    expect(strategySummary(none, plain)).toBe(none.summary);
    expect(strategyNameNote(none, plain)).toBeNull();
  });
});

describe('the explanation’s note where retries are off', () => {
  it('says the retries it tells of do not apply, and says nothing where they are on', () => {
    const withRetries = presetScenario('reject-with-retries');
    expect(strategyNameNote(rejecting, withRetries)).toBeNull();
    const never = setAt(withRetries, 'retry', { kind: 'none' });
    expect(strategyNameNote(rejecting, never)).toMatch(/retries off/);
  });
});

describe('one name with the knob', () => {
  it('is the “When the queue is full” knob’s own name for rejecting', async () => {
    const { KNOBS } = await import('./knobs.ts');
    const knob = KNOBS.get('queue.whenFull');
    if (knob?.kind !== 'choice') throw new Error('no such knob');
    const never = setAt(presetScenario('reject-with-retries'), 'retry', { kind: 'none' });
    expect(knob.options.find((o) => o.value === 'reject')?.label).toBe(
      strategyName(rejecting, never),
    );
  });
});
