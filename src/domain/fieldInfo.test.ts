import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { SCENARIO_DESCRIPTIONS } from '../sim/scenarioDescriptions.ts';
import { fieldInfo } from './fieldInfo.ts';
import { setAt } from './path.ts';

/**
 * A description key as a control asks for it: 'retry:fixed.delayMs' is the path 'retry.delayMs'
 * in a scenario whose retry is of kind fixed.
 */
function askedAs(key: string): { path: string; scenario: unknown } {
  let scenario: unknown = {};
  const names: string[] = [];
  for (const part of key.split('.')) {
    const [name = '', kind] = part.split(':');
    names.push(name);
    if (kind !== undefined) scenario = setAt(scenario, [...names, 'kind'].join('.'), kind);
  }
  return { path: names.join('.'), scenario };
}

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

  it('finds every field’s description, whatever kind it belongs to', () => {
    // Fields of list items (triggers[]) have no control on the page, so nothing asks about them.
    const fields = Object.entries(SCENARIO_DESCRIPTIONS).filter(([key]) => !key.includes('[]'));
    for (const [key, text] of fields) {
      const { path, scenario } = askedAs(key);
      const { description } = fieldInfo(path, scenario);
      // The page leaves out the scenario file's clause about null; the rest is the same text.
      expect(description, key).toBe(text.replace(/; null [^.]*\./, '.'));
    }
  });

  it('gives nothing for an unknown path', () => {
    expect(fieldInfo('queue.nope', scenario)).toEqual({ description: undefined, unit: undefined });
  });
});

describe('fieldInfo in a pipeline’s stages', () => {
  it('describes a later stage’s field by its index, as every stage’s', () => {
    const scenario = { downstream: [{ queue: { capacity: 10 } }, { queue: { capacity: 20 } }] };
    const info = fieldInfo('downstream.1.queue.capacity', scenario);
    expect(info.description).toMatch(/^How many messages may wait in this stage/);
    expect(info.unit).toBe('messages');
    expect(fieldInfo('downstream.x.queue.capacity', scenario).description).toBeUndefined();
  });

  it('reads a later stage’s field by that stage’s own kind, whatever was asked before', () => {
    const stage = (kind: string) => ({ downstream: [{ consumers: { service: { kind } } }] });
    const path = 'downstream.0.consumers.service.minMs';
    // An exponential time has no shortest; a uniform one has, in the same place.
    expect(fieldInfo(path, stage('exponential')).description).toBeUndefined();
    expect(fieldInfo(path, stage('uniform')).description).toBe('Shortest processing time.');
  });
});
