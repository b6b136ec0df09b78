import { describe, expect, it } from 'vitest';
import { PRESETS, presetScenario } from '../sim/presets.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { getAt, setAt } from './path.ts';
import { fieldInfo } from './fieldInfo.ts';
import { PIPELINE_PRESETS } from '../sim/pipelinePresets.ts';
import {
  CONSUMER_KNOBS,
  KNOBS,
  knob,
  laterStageGroups,
  POLICY_KNOB_GROUPS,
  WORKLOAD_KNOBS,
} from './knobs.ts';
import { hasPath } from './path.ts';
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
    // A pipeline, with each kind of processing time at its later stages.
    const pipeline = PIPELINE_PRESETS[0]!.scenario;
    const stageVariants = ['constant', 'exponential', 'uniform', 'lognormal'].flatMap((kind) =>
      [0, 1].map((i) => setAt(pipeline, `downstream.${i}.consumers.service`, { kind })),
    );
    const scenarios = [
      ...PRESETS.map((p) => presetScenario(p.id)),
      ...stageVariants.map((input) => {
        const result = parseScenario(input);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        return result.value;
      }),
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

describe('a pipeline’s later stages', () => {
  const pipelines = PIPELINE_PRESETS.map((p) => {
    const parsed = parseScenario(p.scenario);
    if (!parsed.ok) throw new Error(p.id);
    return parsed.value;
  });

  it('each have a group of knobs, titled by stage and name; a single stage has none', () => {
    const slowDatabase = pipelines[0]!;
    expect(laterStageGroups(slowDatabase).map((g) => g.title)).toEqual([
      'Stage 2 · worker pool',
      'Stage 3 · database',
    ]);
    expect(laterStageGroups({ downstream: [{ name: '' }] })[0]?.title).toBe('Stage 2');
    expect(laterStageGroups(presetScenario('kafka'))).toEqual([]);
  });

  it('can set each stage’s queue bound, consumers and processing time, within the schema', () => {
    for (const scenario of pipelines) {
      for (const group of laterStageGroups(scenario)) {
        const shown = group.paths.filter((p) => hasPath(scenario, p));
        // The bound, the consumers, the kind of processing time and its own figures.
        expect(shown.length, group.title).toBeGreaterThanOrEqual(4);
        expect(shown.some((p) => p.endsWith('.queue.capacity'))).toBe(true);
        expect(shown.some((p) => p.endsWith('.consumers.count'))).toBe(true);
        for (const path of shown) {
          const k = knob(path);
          expect(k.label, path).toMatch(/^Stage [23] /);
          if (k.kind !== 'number') continue;
          expect(k.integer === true, path).toBe(/capacity|count/.test(path));
          for (const position of [0, 200]) {
            const value = valueAt(position, k);
            const result = parseScenario(setAt(scenario, path, value));
            // A uniform time's bounds may cross (shortest above longest): the schema says so.
            if (!result.ok)
              expect(result.problems.every((p) => /below|not be below/.test(p.message))).toBe(true);
            else expect(getAt(result.value, path)).toBe(value);
          }
        }
      }
    }
  });
});
