import { describe, expect, it } from 'vitest';
import { PRESETS, presetScenario } from '../sim/presets.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { getAt, setAt } from './path.ts';
import { fieldInfo } from './fieldInfo.ts';
import { CONSUMER_KNOBS, KNOBS, knob, POLICY_KNOB_GROUPS, WORKLOAD_KNOBS } from './knobs.ts';
import { valueAt } from './scale.ts';

describe('KNOBS', () => {
  it('lists every grouped path', () => {
    for (const path of [
      ...WORKLOAD_KNOBS,
      ...CONSUMER_KNOBS,
      ...POLICY_KNOB_GROUPS.flatMap((g) => g.paths),
    ])
      expect(KNOBS.has(path), path).toBe(true);
  });

  it('has a one-line explanation for every knob, from the schema or its own', () => {
    // Every variant of every kind-tagged field, so each knob's field exists in some scenario.
    const base = presetScenario('no-backpressure');
    const variants: [string, string[]][] = [
      ['workload.pattern', ['steady', 'bursty', 'ramp', 'step', 'sine']],
      ['feedback', ['none', 'watermark', 'credit']],
      ['retry', ['none', 'fixed', 'exponential']],
      ['consumers.service', ['constant', 'exponential', 'uniform', 'lognormal']],
      ['queue.discipline', ['fifo', 'lifo', 'adaptive-lifo', 'codel']],
    ];
    const scenarios = [
      ...PRESETS.map((p) => presetScenario(p.id)),
      ...variants.flatMap(([path, kinds]) =>
        kinds.map((kind) => {
          const result = parseScenario(setAt(base, path, { kind }));
          if (!result.ok) throw new Error(`${path} ${kind}`);
          return result.value;
        }),
      ),
    ];
    for (const k of KNOBS.values()) {
      const own = k.kind === 'number' ? undefined : k.description;
      const found = own ?? scenarios.map((s) => fieldInfo(k.path, s).description).find(Boolean);
      expect(found, k.path).toBeTruthy();
    }
  });

  it('only produces values the schema accepts at both ends of each slider', () => {
    // Build a scenario where every variant knob exists by choosing kinds that carry them.
    for (const preset of PRESETS) {
      const scenario = presetScenario(preset.id);
      for (const k of KNOBS.values()) {
        if (k.kind !== 'number' || getAt(scenario, k.path) === undefined) continue;
        for (const position of [0, 200]) {
          const value = valueAt(position, k);
          const result = parseScenario(setAt(scenario, k.path, value));
          // Cross-field rules (low below high watermark, min below max) may refuse an extreme;
          // the store keeps the last good scenario then. The value itself must be in range.
          if (!result.ok)
            expect(
              result.problems.every((p) => /below|not be below/.test(p.message)),
              `${k.path}=${value}`,
            ).toBe(true);
        }
      }
    }
  });

  it('throws on an unknown path', () => {
    expect(() => knob('queue.nope')).toThrow();
  });
});
