import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { mainKnobs } from './mainKnobs.ts';

const scenario = (input: unknown): Scenario => {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
};

describe('mainKnobs', () => {
  it('gives the default scenario its producer rate, consumers and processing time, in that order', () => {
    expect(mainKnobs(presetScenario('no-backpressure')).map((k) => k.path)).toEqual([
      'workload.pattern.ratePerSec',
      'consumers.count',
      'consumers.service.meanMs',
    ]);
  });

  it('takes the rate each pattern has, and the longest time where processing has no average', () => {
    const paths = (s: unknown) => mainKnobs(scenario(s)).map((k) => k.path);
    expect(paths({ workload: { pattern: { kind: 'bursty' } } })[0]).toBe(
      'workload.pattern.onRatePerSec',
    );
    expect(paths({ workload: { pattern: { kind: 'sine' } } })[0]).toBe(
      'workload.pattern.meanRatePerSec',
    );
    expect(paths({ workload: { pattern: { kind: 'step' } } })[0]).toBe(
      'workload.pattern.baseRatePerSec',
    );
    expect(paths({ workload: { pattern: { kind: 'ramp' } } })[0]).toBe(
      'workload.pattern.startRatePerSec',
    );
    expect(paths({ consumers: { service: { kind: 'uniform' } } })[2]).toBe(
      'consumers.service.maxMs',
    );
    // Every one is a number knob with a unit, as the row under the stage draws them.
    for (const k of mainKnobs(scenario({}))) expect(k.kind).toBe('number');
  });
});
