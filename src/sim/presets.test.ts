import { PRESET_SUMMARIES } from './presetSummaries.ts';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parseScenario.ts';
import { PRESETS, findPreset, presetScenario } from './presets.ts';
import type { Scenario } from './scenario.ts';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Messages per second all workers can process when busy, from the mean service time. */
function capacityPerSec(s: Scenario): number {
  const service = s.consumers.service;
  const meanMs = service.kind === 'uniform' ? (service.minMs + service.maxMs) / 2 : service.meanMs;
  return (s.consumers.count * 1000) / meanMs;
}

describe('presets', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s is a valid scenario', (_id, preset) => {
    const result = parseScenario(preset.scenario);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('have unique kebab-case ids', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it('have a title and a short summary, and no summary is left without its preset', () => {
    expect(Object.keys(PRESET_SUMMARIES).sort()).toEqual(PRESETS.map((p) => p.id).sort());
    for (const p of PRESETS) {
      expect(p.title.trim()).not.toBe('');
      const summary = PRESET_SUMMARIES[p.id] ?? '';
      const sentences = summary.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '');
      expect(sentences.length, p.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, p.id).toBeLessThanOrEqual(2);
    }
  });

  it('include the strategies and systems the playground promises', () => {
    const ids = new Set(PRESETS.map((p) => p.id));
    for (const id of [
      'no-backpressure',
      'block',
      'slow-down-signal',
      'credit-window',
      'drop-oldest',
      'drop-youngest',
      'drop-all',
      'drop-lowest-priority',
      'latest-per-key',
      'reject-with-retries',
      'add-consumers',
      'go-channel',
      'go-unbuffered-channel',
      'tcp-window',
      'grpc-stream',
      'kafka',
      'actor-mailbox-block',
      'actor-mailbox-dead-letters',
      'nginx-limit-req',
      'nginx-limit-req-nodelay',
      'node-stream',
    ])
      expect(ids.has(id), id).toBe(true);
  });

  // A strategy only shows its signature when the producer is faster than the consumers.
  it('overload the consumers in every strategy preset', () => {
    for (const p of PRESETS.filter((p) => p.category === 'strategy')) {
      const s = presetScenario(p.id);
      expect(s.workload.pattern.kind, p.id).toBe('steady');
      if (s.workload.pattern.kind !== 'steady') continue;
      const load = s.workload.pattern.ratePerSec / capacityPerSec(s);
      expect(load, p.id).toBeGreaterThanOrEqual(1.2);
      // The autoscaler starts with one worker on purpose; the others stay near 120–150%.
      if (!s.consumers.autoscale) expect(load, p.id).toBeLessThanOrEqual(1.5);
    }
  });

  it('fit a 30 s run', () => {
    for (const p of PRESETS) expect(presetScenario(p.id).durationSec, p.id).toBeLessThanOrEqual(30);
  });
});

describe('findPreset', () => {
  it('finds a preset by id', () => {
    expect(findPreset('kafka')?.title).toMatch(/Kafka/);
  });

  it('returns undefined for an unknown id', () => {
    expect(findPreset('no-such-preset')).toBeUndefined();
  });
});

describe('presetScenario', () => {
  it('fills in defaults', () => {
    const s = presetScenario('block');
    expect(s.queue.whenFull).toBe('block');
    expect(s.metrics.sampleIntervalMs).toBe(100);
    expect(s.name).toBe(findPreset('block')?.title);
  });

  it('throws a clear message for an unknown id', () => {
    expect(() => presetScenario('nope')).toThrow(/no preset called "nope".*Known presets: .*kafka/);
  });
});
