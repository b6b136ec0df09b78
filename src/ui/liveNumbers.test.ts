import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { presetScenario } from '../sim/presets.ts';
import { liveNumbers, meanServiceMs, producerStatus, statusSentence } from './liveNumbers.ts';

function run(presetId: string, ms: number) {
  const scenario = presetScenario(presetId);
  const engine = createSimulation(scenario, { eventCapacity: 0 });
  engine.run(ms);
  return { scenario, engine, numbers: liveNumbers(engine.summary(), engine.series, scenario) };
}

describe('liveNumbers', () => {
  it('gives every number a label, a value and a detail line', () => {
    const { numbers } = run('drop-oldest', 5000);
    expect(numbers.map((n) => n.id)).toEqual([
      'delivered',
      'dropped',
      'p99',
      'depth',
      'utilisation',
      'little',
    ]);
    for (const n of numbers) {
      expect(n.label).not.toBe('');
      expect(n.value).not.toBe('');
      expect(n.detail).not.toBe('');
    }
  });

  it('shows drops under drop-oldest and none under block', () => {
    expect(run('drop-oldest', 10_000).numbers.find((n) => n.id === 'dropped')?.raw).toBeGreaterThan(
      0,
    );
    expect(run('block', 10_000).numbers.find((n) => n.id === 'dropped')?.raw).toBe(0);
  });

  it('counts drops over the last second, so a strategy switched to shows its own', () => {
    // No backpressure crashes out of memory within ten seconds, losing everything it held.
    const scenario = presetScenario('no-backpressure');
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    engine.run(12_000);
    expect(engine.summary().dropped.total).toBeGreaterThan(0);
    const block = presetScenario('block');
    engine.reconfigure({ ...scenario, queue: block.queue });
    engine.run(5_000);
    const dropped = liveNumbers(engine.summary(), engine.series, engine.scenario).find(
      (n) => n.id === 'dropped',
    );
    expect(dropped?.raw).toBe(0);
    expect(dropped?.value).toBe('0%');
    // The run's history is still there, on the second line.
    expect(dropped?.detail).toMatch(/^last second; [\d,]+ of [\d,]+ in all$/);
    expect(dropped?.detail).not.toMatch(/^last second; 0 of/);
  });

  it('shows the queue against its capacity', () => {
    const depth = run('drop-oldest', 10_000).numbers.find((n) => n.id === 'depth');
    expect(depth?.value).toMatch(/of 20$/);
  });

  it('says there is no latency before anything is delivered', () => {
    const { numbers } = run('drop-oldest', 0);
    expect(numbers.find((n) => n.id === 'p99')?.value).toBe('no deliveries');
  });
});

describe('meanServiceMs', () => {
  it('takes the middle of a uniform time', () => {
    expect(meanServiceMs(presetScenario('go-channel'))).toBe(10);
  });
});

describe('producerStatus and statusSentence', () => {
  it('says when the producer is blocked', () => {
    const { engine, scenario } = run('block', 10_000);
    // Under this overload the producer is blocked part of the time; find a moment when it is.
    let blocked = false;
    for (let i = 0; i < 200 && !blocked; i++) {
      engine.run(10);
      blocked = producerStatus(engine) === 'blocked: queue full';
    }
    expect(blocked).toBe(true);
    expect(statusSentence(engine.summary(), scenario, engine)).toMatch(/of 20 waiting/);
  });
});
