/**
 * The metastable failure and its remedies, as the README states them: after the outage, goodput in
 * the last third of `metastable-retry-storm` stays below 20% of its level before the trigger, and
 * every `metastable-with-*` preset brings it back above 95%, whatever the seed.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from './engine.ts';
import { METASTABLE_BASE, SLOW_BACKOFF } from './metastablePresets.ts';
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

/** A 30 s run of the storm with `changes`, for one seed. */
function storm(changes: Partial<ScenarioInput>, seed: number) {
  const parsed = parseScenario({ ...METASTABLE_BASE, ...changes, seed } as ScenarioInput);
  if (!parsed.ok) throw new Error('invalid');
  const sim = createSimulation(parsed.value, { eventCapacity: 0 });
  sim.run(30_000);
  return sim;
}

/** The lowest goodput of any whole second from `fromMs` to the end, over goodput before the trigger. */
function worstSecondAfter(sim: ReturnType<typeof storm>, fromMs: number): number {
  const t = sim.series.read('t');
  const goodput = sim.series.read('goodputRate');
  let worst = Infinity;
  for (let s = fromMs; s + 1000 <= sim.now; s += 1000) {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < t.length; i++)
      if ((t[i] as number) > s && (t[i] as number) <= s + 1000) {
        sum += goodput[i] as number;
        n++;
      }
    worst = Math.min(worst, sum / n);
  }
  return worst / goodputWindows(sim).before;
}

const remedies = PRESETS.filter((p) => p.id.startsWith('metastable-with-')).map((p) => p.id);

describe('a metastable failure', () => {
  it('has a preset per remedy', () => {
    expect(remedies.sort()).toEqual([
      'metastable-with-adaptive-lifo',
      'metastable-with-backoff-jitter',
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

  it('is not cured by capped exponential backoff with full jitter whose waits are short (1 s base)', () => {
    // Each request still makes its attempts, and each abandoned attempt is still processed: the
    // retries come back into the same backlog before it drains.
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

  describe('long backoff with full jitter (metastable-with-backoff-jitter)', () => {
    it.each(SEEDS)('comes back whatever the seed (seed %i)', (seed) => {
      expect(recovery('metastable-with-backoff-jitter', seed)).toBeGreaterThan(0.95);
    });

    it.each(SEEDS.slice(0, 3))(
      'stays up once back, where the same backoff without jitter falls again (seed %i)',
      (seed) => {
        // Without jitter the attempts that timed out together return together 15 s later, as one
        // wave, and start the storm again for a few seconds; with jitter no second is lost.
        const withJitter = storm({ retry: SLOW_BACKOFF }, seed);
        const without = storm({ retry: { ...SLOW_BACKOFF, jitter: false } }, seed);
        expect(worstSecondAfter(withJitter, 12_000)).toBeGreaterThan(0.9);
        expect(worstSecondAfter(without, 12_000)).toBeLessThan(0.2);
      },
    );

    it.each(SEEDS.slice(0, 3))(
      'wins a race, not the loop: a two-second outage keeps it down, while a retry budget comes back (seed %i)',
      (seed) => {
        const longer = [{ kind: 'outage' as const, atMs: 5000, durationMs: 2000 }];
        const backoff = goodputWindows(storm({ retry: SLOW_BACKOFF, triggers: longer }, seed));
        expect(backoff.lastThird / backoff.before).toBeLessThan(0.2);
        const budget = goodputWindows(
          storm(
            {
              triggers: longer,
              requester: { timeoutMs: 300, retryBudget: { tokensPerRequest: 0.1, maxTokens: 10 } },
            },
            seed,
          ),
        );
        expect(budget.lastThird / budget.before).toBeGreaterThan(0.95);
      },
    );
  });
});
