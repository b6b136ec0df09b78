import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { fieldInfo } from './fieldInfo.ts';

describe('fieldInfo', () => {
  const scenario = presetScenario('slow-down-signal');

  it('reads a plain field’s description and unit from the schema', () => {
    expect(fieldInfo('consumers.count', scenario)).toEqual({
      description: expect.stringContaining('Workers processing messages'),
      unit: 'workers',
    });
  });

  it('finds a nullable field', () => {
    const { description } = fieldInfo('queue.capacity', scenario);
    expect(description).toMatch(
      /^How many messages may wait, not counting those being processed\. The machine holds /,
    );
    // "null" is the scenario file's word; the page has a "No limit" checkbox instead.
    expect(description).not.toMatch(/null/);
  });

  it('chooses the variant option by the current kind', () => {
    expect(fieldInfo('feedback.delayMs', scenario).description).toMatch(/signal/);
    const credit = presetScenario('credit-window');
    expect(fieldInfo('feedback.delayMs', credit).description).toMatch(/credit/);
    expect(fieldInfo('workload.pattern.ratePerSec', scenario).unit).toBe('messages/s');
  });

  it('gives nothing for an unknown path', () => {
    expect(fieldInfo('queue.nope', scenario)).toEqual({ description: undefined, unit: undefined });
  });
});
