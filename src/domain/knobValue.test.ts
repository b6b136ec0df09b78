import { describe, expect, it } from 'vitest';
import { PIPELINE_PRESETS } from '../sim/pipelinePresets.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario, ScenarioInput } from '../sim/scenario.ts';
import { knobNote } from './knobNotes.ts';
import {
  floorForSlider,
  knobValueText,
  processingTitle,
  processingWords,
  surgeOf,
} from './knobValue.ts';

function scenario(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('the processing time beside its knob', () => {
  it('says a random time is an average, and a fixed one is each message’s (try 6a)', () => {
    // A reader read "Processing time 20 ms", then followed a message processed in 30 ms.
    const random = presetScenario('block');
    expect(random.consumers.service.kind).toBe('exponential');
    expect(knobValueText('consumers.service.meanMs', 20, 'ms', random, null)).toBe('avg 20 ms');
    // In full words for a screen reader.
    expect(processingWords('consumers.service.meanMs', 20, random, false)).toBe('20 ms on average');
    expect(processingTitle('consumers.service.meanMs', random)).toMatch(/random time/);
    const fixed = scenario({ consumers: { service: { kind: 'constant', meanMs: 20 } } });
    expect(knobValueText('consumers.service.meanMs', 20, 'ms', fixed, null)).toBe('20 ms each');
    const tail = scenario({ consumers: { service: { kind: 'lognormal', meanMs: 40 } } });
    expect(knobValueText('consumers.service.meanMs', 40, 'ms', tail, null)).toBe('avg 40 ms');
  });

  it('gives a range’s longest with the shortest and the average (the Go channel preset)', () => {
    // "Longest processing 12 ms" beside 100 done a second: the average, 10 ms, explains the 100.
    const go = presetScenario('go-channel');
    expect(knobValueText('consumers.service.maxMs', 12, 'ms', go, null)).toBe('8–12 ms, avg 10');
    expect(processingWords('consumers.service.maxMs', 12, go, false)).toBe(
      '8–12 ms, 10 on average',
    );
    // While the knob moves, the value follows it.
    expect(knobValueText('consumers.service.maxMs', 20, 'ms', go, null)).toBe('8–20 ms, avg 14');
    expect(processingTitle('consumers.service.maxMs', go)).toMatch(/sets the longest/);
  });

  it('stops a range’s longest at its shortest, not at the knob’s 0 (try 14: "Not applied")', () => {
    const go = presetScenario('go-channel');
    expect(floorForSlider('consumers.service.maxMs', 0, go)).toBe(8);
    expect(floorForSlider('consumers.service.maxMs', 50, go)).toBe(50);
    // Other knobs, and an average, keep what the slider gives.
    expect(floorForSlider('consumers.service.meanMs', 0, presetScenario('no-backpressure'))).toBe(
      0,
    );
    expect(floorForSlider('workload.pattern.ratePerSec', 1, go)).toBe(1);
  });

  it('words a later stage’s processing time the same way', () => {
    const preset = PIPELINE_PRESETS.find((p) => p.id === 'pipeline-slow-database');
    const chain = scenario(preset!.scenario);
    expect(knobValueText('downstream.1.consumers.service.maxMs', 40, 'ms', chain, null)).toBe(
      '20–40 ms, avg 30',
    );
    expect(knobValueText('downstream.0.consumers.service.meanMs', 10, 'ms', chain, null)).toBe(
      'avg 10 ms',
    );
    // Other knobs keep their plain value.
    expect(knobValueText('consumers.count', 8, 'workers', chain, null)).toBe('8 workers');
  });
});

describe('the value beside a main knob', () => {
  it('says where an autoscaled run starts and how many workers it has now', () => {
    // A reader saw "1 worker" beside Consumers while the stage showed three.
    const scaled = presetScenario('add-consumers');
    expect(scaled.consumers.autoscale).not.toBeNull();
    expect(knobValueText('consumers.count', 1, 'workers', scaled, { now: 3, starting: 0 })).toBe(
      '1 to start (now 3)',
    );
    expect(knobValueText('consumers.count', 1, 'workers', scaled, null)).toBe('1 worker to start');
    // Without an autoscaler the count is the count.
    const fixed = presetScenario('block');
    expect(knobValueText('consumers.count', 2, 'workers', fixed, { now: 2, starting: 0 })).toBe(
      '2 workers',
    );
  });

  it('says a consumer still warming up apart, as the stage draws it apart', () => {
    // A reader read "now 3" as three at work while the stage drew two busy workers and a faint
    // third "warming", and the busy card said "2 working, 1 warming up".
    const scaled = presetScenario('add-consumers');
    expect(knobValueText('consumers.count', 1, 'workers', scaled, { now: 3, starting: 1 })).toBe(
      '2 + 1 warming',
    );
    expect(knobValueText('consumers.count', 1, 'workers', scaled, { now: 5, starting: 2 })).toBe(
      '3 + 2 warming',
    );
  });

  it('names the surge beside the base rate, with the rate the producer’s box shows in it', () => {
    const preset = PIPELINE_PRESETS.find((p) => p.id === 'pipeline-slow-database');
    expect(preset).toBeDefined();
    const chain = scenario(preset!.scenario);
    expect(surgeOf(chain)).toEqual({
      baseRatePerSec: 80,
      ratePerSec: 150,
      atMs: 8000,
      endMs: 11000,
    });
    expect(knobValueText('workload.pattern.baseRatePerSec', 80, 'messages/s', chain, null)).toBe(
      '80/s (surge to 150/s)',
    );
    expect(knobNote('workload.pattern.baseRatePerSec', chain)).toBe(
      'The rate before and after the surge: from 8 s to 11 s the producer sends 150/s, as its box on the stage shows.',
    );
    // A step down is no surge; a steady rate has none.
    const dip = scenario({
      workload: {
        pattern: {
          kind: 'step',
          baseRatePerSec: 80,
          stepRatePerSec: 40,
          atMs: 1000,
          durationMs: null,
        },
      },
    });
    expect(surgeOf(dip)).toBeNull();
    expect(knobValueText('workload.pattern.baseRatePerSec', 80, 'messages/s', dip, null)).toBe(
      '80 messages/s',
    );
    expect(knobNote('workload.pattern.baseRatePerSec', dip)).toBeNull();
  });

  it('is written in the preset’s own description, so the text and the numbers tell one story', () => {
    const preset = PIPELINE_PRESETS.find((p) => p.id === 'pipeline-slow-database')!;
    expect(preset.description).toMatch(/80 requests\/s.*surge to 150\/s from 8 s to 11 s/);
    expect(preset.summary).toMatch(/surge to 150\/s/);
  });
});
