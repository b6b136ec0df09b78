import { PRESET_DESCRIPTIONS } from '../sim/presetDescriptions.ts';
import { EXPLANATIONS } from './strategyExplanations.ts';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { PRESETS, presetScenario } from '../sim/presets.ts';
import { hasPath, setAt } from './path.ts';
import { KNOBS } from './knobs.ts';
import { strategyNotes } from './knobNotes.ts';
import { creditWindowOf } from '../sim/creditWindow.ts';
import {
  applyStrategy,
  STRATEGIES,
  STRATEGY_GROUPS,
  strategyById,
  strategyOf,
  type StrategyId,
} from './strategies.ts';

/** What each strategy must set, in scenario terms. */
const INTENDED: Record<StrategyId, (s: ReturnType<typeof presetScenario>) => boolean> = {
  none: (s) => s.queue.capacity === null,
  block: (s) => s.queue.capacity !== null && s.queue.whenFull === 'block',
  'slow-down': (s) => s.feedback.kind === 'watermark',
  credit: (s) => s.feedback.kind === 'credit',
  'drop-oldest': (s) => s.queue.whenFull === 'drop-oldest',
  'drop-youngest': (s) => s.queue.whenFull === 'drop-youngest',
  'drop-all': (s) => s.queue.whenFull === 'drop-all',
  'drop-lowest-priority': (s) =>
    s.queue.whenFull === 'drop-lowest-priority' && s.workload.priorityWeights.length > 1,
  'latest-per-key': (s) => s.queue.conflateByKey,
  'drop-incoming': (s) => s.queue.whenFull === 'reject' && s.retry.kind !== 'none',
  'add-consumers': (s) => s.consumers.autoscale !== null,
};

type Scn = ReturnType<typeof presetScenario>;
const bounded = (s: Scn, atLeast: number) =>
  s.queue.capacity !== null && s.queue.capacity >= atLeast;

/** What lets each strategy's mechanism act at all: its marks inside the queue, room to drop from. */
const CAN_ACT: Record<StrategyId, (s: Scn) => boolean> = {
  none: (s) => s.queue.capacity === null,
  block: (s) => s.queue.capacity !== null,
  // Crossed before the queue is full, so the signal comes before any message is turned away.
  'slow-down': (s) =>
    s.feedback.kind === 'watermark' &&
    s.queue.capacity !== null &&
    s.feedback.highWatermark < s.queue.capacity,
  credit: (s) =>
    s.feedback.kind === 'credit' && bounded(s, 1) && creditWindowOf(s) === s.feedback.window,
  'drop-oldest': (s) => bounded(s, 2),
  'drop-youngest': (s) => bounded(s, 2),
  'drop-all': (s) => bounded(s, 2),
  'drop-lowest-priority': (s) => bounded(s, 2),
  'latest-per-key': (s) => bounded(s, 2),
  'drop-incoming': (s) => bounded(s, 2) && s.retry.kind !== 'none',
  'add-consumers': (s) =>
    s.consumers.autoscale !== null &&
    s.consumers.count < s.consumers.autoscale.max &&
    (s.queue.capacity === null || s.consumers.autoscale.scaleUpDepth < s.queue.capacity),
};

describe('STRATEGIES', () => {
  it('has one entry per id, each in a known group, with every explanation written', () => {
    expect(new Set(STRATEGIES.map((s) => s.id)).size).toBe(STRATEGIES.length);
    expect(STRATEGIES.map((s) => s.id).sort()).toEqual(Object.keys(INTENDED).sort());
    const groups = new Set(STRATEGY_GROUPS.map((g) => g.id));
    for (const s of STRATEGIES) {
      expect(groups.has(s.group)).toBe(true);
      for (const text of [s.label, s.summary, ...Object.values(EXPLANATIONS[s.id])])
        expect(text.length).toBeGreaterThan(3);
    }
  });

  it('says in its one line when more workers come with a bounded queue that turns newcomers away', () => {
    const scaling = STRATEGIES.filter((s) => s.policy.autoscale !== undefined);
    expect(scaling.length).toBeGreaterThan(0);
    for (const s of scaling)
      if (s.policy.capacity !== null && s.policy.whenFull === 'reject')
        expect(s.summary, s.id).toMatch(/a full queue still turns newcomers away/);
  });

  it('only names knobs that exist', () => {
    for (const s of STRATEGIES)
      for (const path of s.knobs) expect(KNOBS.has(path), `${s.id}: ${path}`).toBe(true);
  });

  it('points each strategy at a preset that follows it', () => {
    for (const s of STRATEGIES) expect(strategyOf(presetScenario(s.presetId))).toBe(s.id);
  });

  it('speaks one vocabulary: a preset that is one strategy carries exactly its name', () => {
    const strategyPresets = PRESETS.filter((p) => p.category === 'strategy');
    expect(strategyPresets.map((p) => p.id).sort()).toEqual(
      STRATEGIES.map((s) => s.presetId).sort(),
    );
    for (const s of STRATEGIES) {
      const preset = PRESETS.find((p) => p.id === s.presetId);
      expect(preset?.title, s.id).toBe(s.label);
      // Its line is the strategy's own; only the real systems need one of their own.
      expect(PRESET_DESCRIPTIONS[s.presetId], s.id).toBeUndefined();
    }
    for (const p of PRESETS.filter((p) => p.category !== 'strategy'))
      expect(PRESET_DESCRIPTIONS[p.id]?.length ?? 0, p.id).toBeGreaterThan(20);
    // No line for a preset that is not there.
    for (const id of Object.keys(PRESET_DESCRIPTIONS))
      expect(
        PRESETS.some((p) => p.id === id),
        id,
      ).toBe(true);
  });
});

describe('applyStrategy', () => {
  for (const strategy of STRATEGIES) {
    describe(strategy.id, () => {
      for (const preset of PRESETS) {
        it(`from ${preset.id}: parses, has the intended policy and is recognised`, () => {
          const next = applyStrategy(presetScenario(preset.id), strategy);
          expect(parseScenario(next).ok).toBe(true);
          expect(INTENDED[strategy.id](next)).toBe(true);
          expect(strategyOf(next)).toBe(strategy.id);
        });

        it(`from ${preset.id}: its mechanism can take effect, with nothing to warn about`, () => {
          const next = applyStrategy(presetScenario(preset.id), strategy);
          expect(CAN_ACT[strategy.id](next)).toBe(true);
          expect(strategyNotes(strategy.knobs, next)).toEqual([]);
        });
      }

      it('shows each of its knobs on the scenario it makes', () => {
        const next = applyStrategy(presetScenario('no-backpressure'), strategy);
        // A knob under a variant the strategy lets the reader switch (retry kind) shows with its variant.
        const underVariant = (path: string) =>
          strategy.knobs.some((k) => KNOBS.get(k)?.kind === 'choice' && path.startsWith(`${k}.`));
        for (const path of strategy.knobs)
          expect(hasPath(next, path) || underVariant(path), path).toBe(true);
      });
    });
  }

  it('keeps the workload and the consumers', () => {
    const from = presetScenario('go-channel');
    const next = applyStrategy(from, strategyById('drop-oldest'));
    expect(next.workload.pattern).toEqual(from.workload.pattern);
    expect(next.consumers.service).toEqual(from.consumers.service);
    expect(next.queue.capacity).toBe(from.queue.capacity);
  });

  it('gives an unbounded queue the strategy’s capacity', () => {
    const next = applyStrategy(presetScenario('no-backpressure'), strategyById('block'));
    expect(next.queue.capacity).toBe(20);
  });

  it('runs: drop-oldest under overload drops and never exceeds capacity', () => {
    const scenario = applyStrategy(presetScenario('no-backpressure'), strategyById('drop-oldest'));
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    engine.run(10_000);
    const summary = engine.summary();
    expect(summary.dropped['evicted-oldest']).toBeGreaterThan(0);
    expect(summary.queueDepth.max).toBeLessThanOrEqual(scenario.queue.capacity ?? Infinity);
  });
});

describe('applyStrategy gives a strategy its own settings, whichever came before', () => {
  const STARTS = PRESETS.filter((p) => p.category === 'strategy');

  it('picked after another strategy, gives the world it gives picked first', () => {
    for (const start of STARTS) {
      const from = presetScenario(start.id);
      for (const before of STRATEGIES) {
        const via = applyStrategy(from, before);
        for (const strategy of STRATEGIES) {
          const direct = applyStrategy(from, strategy);
          const after = applyStrategy(via, strategy);
          // The one thing a strategy leaves behind is the workload it needed: messages of several
          // priorities, which stay the reader's workload (a comparison shares them across columns).
          const expected =
            before.id === 'drop-lowest-priority'
              ? {
                  ...direct,
                  workload: { ...direct.workload, priorityWeights: via.workload.priorityWeights },
                }
              : direct;
          expect(after, `${start.id}, ${before.id}, then ${strategy.id}`).toEqual(expected);
        }
      }
    }
  });

  it('Add consumers after Reject with retries has its own queue and trigger, and loses nothing', () => {
    // The reader's case: the 20 slots Reject with retries brought stayed, the autoscaler's trigger
    // was cut to 10 to fit them, and the run turned away 15% where Add consumers alone loses none.
    const rejecting = applyStrategy(
      presetScenario('no-backpressure'),
      strategyById('drop-incoming'),
    );
    const scenario = applyStrategy(rejecting, strategyById('add-consumers'));
    expect(scenario.queue.capacity).toBe(100);
    expect(scenario.consumers.autoscale?.scaleUpDepth).toBe(20);
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    engine.run(30_000);
    const summary = engine.summary();
    expect(summary.dropped.rejected).toBe(0);
    expect(summary.delivered).toBeGreaterThan(1500);
  });

  it('keeps a queue size someone chose, and a real system’s', () => {
    const mine = setAt(presetScenario('block'), 'queue.capacity', 40);
    expect(applyStrategy(mine, strategyById('drop-oldest')).queue.capacity).toBe(40);
    const nginx = presetScenario('nginx-limit-req');
    expect(applyStrategy(nginx, strategyById('add-consumers')).queue.capacity).toBe(
      nginx.queue.capacity,
    );
  });

  it('names the scenario after the strategy, unless it has a name of its own', () => {
    const from = applyStrategy(presetScenario('no-backpressure'), strategyById('drop-incoming'));
    expect(from.name).toBe('Reject with retries');
    expect(applyStrategy(from, strategyById('add-consumers')).name).toBe('Add consumers');
    const kafka = presetScenario('kafka');
    expect(applyStrategy(kafka, strategyById('block')).name).toBe(kafka.name);
    const mine = { ...presetScenario('block'), name: 'Sensor feed on a train' };
    expect(applyStrategy(mine, strategyById('drop-oldest')).name).toBe('Sensor feed on a train');
  });
});

describe('applyStrategy keeps a strategy working after other changes', () => {
  it('a slow-down signal on a small queue pushes back before the queue turns messages away', () => {
    // The reader's case: a queue cut to 24 by hand under an earlier strategy, then "Slow-down signal".
    const small = setAt(presetScenario('drop-oldest'), 'queue.capacity', 24);
    const scenario = applyStrategy(small, strategyById('slow-down'));
    expect(scenario.queue.capacity).toBe(24);
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    engine.run(30_000);
    const summary = engine.summary();
    // It once rejected 16% here while the signal never fired.
    expect(summary.dropped.rejected / summary.offered).toBeLessThan(0.05);
    expect(summary.producerRatePerSec).toBeLessThan(60);
  });

  it('a slow-down signal picked fresh settles the producer near what the consumers can do', () => {
    // One consumer at about 50/s, a producer offered 70/s: the signal should hold it near 50/s,
    // not cut it to a tenth of that and let it climb back.
    const engine = createSimulation(
      applyStrategy(presetScenario('no-backpressure'), strategyById('slow-down')),
      { eventCapacity: 0 },
    );
    let sum = 0;
    let n = 0;
    let lowest = Infinity;
    for (let t = 5_000; t <= 30_000; t += 100) {
      engine.advanceTo(t);
      sum += engine.producerRate();
      lowest = Math.min(lowest, engine.producerRate());
      n++;
    }
    expect(sum / n).toBeGreaterThan(46);
    expect(lowest).toBeGreaterThan(12);
  });
});

describe('strategyOf', () => {
  it('names the nearest strategy for a combination', () => {
    expect(strategyOf(presetScenario('nginx-limit-req'))).toBe('drop-incoming');
    expect(strategyOf(presetScenario('kafka'))).toBe('none');
    expect(strategyOf(presetScenario('tcp-window'))).toBe('credit');
  });
});
