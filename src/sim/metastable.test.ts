/**
 * The metastable failure and its remedies, as the README states them: after the outage, goodput in
 * the last third of `metastable-retry-storm` stays below 20% of its level before the trigger, and
 * every `metastable-with-*` preset brings it back above 95%, whatever the seed.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from './engine.ts';
import { METASTABLE_BASE } from './metastablePresets.ts';
import { parseScenario } from './parseScenario.ts';
import { PRESETS, presetScenario } from './presets.ts';
import type { ScenarioInput } from './scenario.ts';
import { goodputWindows } from './testing/goodputWindows.ts';

const SEEDS = [1, 2, 3, 17, 4242, 2 ** 31 + 5];

/** Goodput in the last third over goodput before the trigger, for one seed. */
function recovery(id: string, seed: number): number {
  const scenario = { ...presetScenario(id), seed };
  const sim = createSimulation(scenario, { eventCapacity: 0 });
  sim.run(scenario.durationSec * 1000);
  const { before, lastThird } = goodputWindows(sim);
  expect(before).toBeGreaterThan(100);
  return lastThird / before;
}

const remedies = PRESETS.filter((p) => p.id.startsWith('metastable-with-')).map((p) => p.id);

describe('a metastable failure', () => {
  it('has a preset per remedy', () => {
    expect(remedies.sort()).toEqual([
      'metastable-with-adaptive-lifo',
      'metastable-with-circuit-breaker',
      'metastable-with-codel',
      'metastable-with-deadline-propagation',
      'metastable-with-retry-budget',
    ]);
  });

  it.each(SEEDS)('does not heal without a remedy (seed %i)', (seed) => {
    expect(recovery('metastable-retry-storm', seed)).toBeLessThan(0.2);
  });

  it.each(remedies.flatMap((id) => SEEDS.slice(0, 3).map((seed) => [id, seed] as const)))(
    '%s comes back (seed %i)',
    (id, seed) => {
      expect(recovery(id, seed)).toBeGreaterThan(0.95);
    },
  );

  it('is a failure of the system, not of the load: without the outage it never happens', () => {
    const parsed = parseScenario({ ...METASTABLE_BASE, triggers: [] } as ScenarioInput);
    if (!parsed.ok) throw new Error('invalid');
    const sim = createSimulation(parsed.value, { eventCapacity: 0 });
    sim.run(30_000);
    expect(sim.summary().timedOut).toBeLessThan(20);
  });

  it('is not cured by capped exponential backoff with full jitter alone', () => {
    // Each request still makes its attempts, and each abandoned attempt is still processed.
    const parsed = parseScenario({
      ...METASTABLE_BASE,
      retry: {
        kind: 'exponential',
        baseDelayMs: 1000,
        multiplier: 2,
        maxDelayMs: 10_000,
        jitter: true,
        maxAttempts: 5,
      },
    } as ScenarioInput);
    if (!parsed.ok) throw new Error('invalid');
    const sim = createSimulation(parsed.value, { eventCapacity: 0 });
    sim.run(30_000);
    const { before, lastThird } = goodputWindows(sim);
    expect(lastThird / before).toBeLessThan(0.2);
  });
});
