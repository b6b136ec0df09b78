import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { PIPELINE_PRESETS } from '../sim/pipelinePresets.ts';
import {
  everyMainKnobPath,
  mainKnobs,
  shortKnobLabel,
  stageCount,
  stageMainKnobs,
} from './mainKnobs.ts';

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

describe('the main knobs of a chain’s stages', () => {
  const chain = () => {
    const p = PIPELINE_PRESETS.find((x) => x.id === 'pipeline-slow-database');
    return scenario(p?.scenario);
  };

  it('gives a later stage its consumers, processing time and queue capacity', () => {
    const s = chain();
    expect(stageCount(s)).toBe(3);
    expect(stageMainKnobs(s, 1)).toEqual(mainKnobs(s));
    expect(stageMainKnobs(s, 2).map((k) => k.path)).toEqual([
      'downstream.0.consumers.count',
      'downstream.0.consumers.service.meanMs',
      'downstream.0.queue.capacity',
    ]);
    // The database's processing is uniform (20–40 ms): its longest time, as stage 1's would be.
    expect(stageMainKnobs(s, 3).map((k) => k.path)).toEqual([
      'downstream.1.consumers.count',
      'downstream.1.consumers.service.maxMs',
      'downstream.1.queue.capacity',
    ]);
    // Named as the knob it stands for; its value gives the range and the average (knobValue.ts).
    expect(stageMainKnobs(s, 3).map(shortKnobLabel)).toEqual([
      'Consumers',
      'Processing time',
      'Queue capacity',
    ]);
    // So is the first stage's, in the Go channel preset (a reader saw "Longest processing 12 ms").
    const go = mainKnobs(
      scenario({ consumers: { service: { kind: 'uniform', minMs: 8, maxMs: 12 } } }),
    );
    expect(go.map((k) => k.path)[2]).toBe('consumers.service.maxMs');
    expect(go.map(shortKnobLabel)[2]).toBe('Processing time');
    expect(stageMainKnobs(s, 4)).toEqual([]);
  });

  it('leaves out a queue without a limit (Kafka’s topic), which has no number to slide', () => {
    const p = PIPELINE_PRESETS.find((x) => x.id === 'pipeline-kafka-between-services');
    expect(stageMainKnobs(scenario(p?.scenario), 2).map((k) => k.path)).toEqual([
      'downstream.0.consumers.count',
      'downstream.0.consumers.service.meanMs',
    ]);
  });

  it('has Settings leave out every stage’s consumers and processing time, not the queue’s limit', () => {
    const paths = everyMainKnobPath(chain());
    expect(paths).toContain('consumers.count');
    expect(paths).toContain('downstream.0.consumers.count');
    expect(paths).toContain('downstream.1.consumers.service.maxMs');
    expect(paths.some((p) => p.endsWith('queue.capacity'))).toBe(false);
    expect(everyMainKnobPath(presetScenario('no-backpressure'))).toEqual(
      mainKnobs(presetScenario('no-backpressure')).map((k) => k.path),
    );
  });
});
