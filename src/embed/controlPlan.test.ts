import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { strategyOf } from '../domain/strategies.ts';
import { planControl, type Plan, type Showing, type Step } from './controlPlan.ts';

const showing = (presetId: string, seed?: number): Showing => {
  const scenario = presetScenario(presetId);
  return { scenario: seed === undefined ? scenario : { ...scenario, seed }, presetId };
};
const NONE = showing('no-backpressure');

function steps(plan: Plan): Step[] {
  if (!plan.ok) throw new Error(`refused: ${plan.problem}`);
  return plan.steps;
}

function problem(plan: Plan): string {
  if (plan.ok) throw new Error('accepted');
  return plan.problem;
}

/** The scenario the steps leave, as the store would: the last preset loaded, then the last scenario set. */
function result(plan: Plan, from: Showing = NONE): Scenario {
  let scenario = from.scenario;
  for (const step of steps(plan)) {
    if (step.kind === 'preset') scenario = presetScenario(step.id);
    if (step.kind === 'scenario' || step.kind === 'custom') scenario = step.scenario;
  }
  return scenario;
}

describe('planControl: settings', () => {
  it('sets a strategy in the running scenario, keeping the workload', () => {
    const plan = planControl(NONE, NONE, 'strategy=block', null);
    const scenario = result(plan);
    expect(strategyOf(scenario)).toBe('block');
    expect(scenario.workload).toEqual(NONE.scenario.workload);
    expect(steps(plan).map((s) => s.kind)).toEqual(['scenario']);
  });

  it('leaves a strategy already in place as it is (its knobs too)', () => {
    const block = showing('block');
    const bigger = {
      ...block,
      scenario: { ...block.scenario, queue: { ...block.scenario.queue, capacity: 80 } },
    };
    expect(steps(planControl(bigger, NONE, 'strategy=block', null))).toEqual([]);
  });

  it('loads a preset as a fresh run, and settings after it apply to it', () => {
    expect(steps(planControl(NONE, NONE, 'preset=drop-oldest', null))).toEqual([
      { kind: 'preset', id: 'drop-oldest' },
    ]);
    const plan = planControl(NONE, NONE, 'strategy=credit; preset=block; seed=7', null);
    expect(steps(plan)[0]).toEqual({ kind: 'preset', id: 'block' });
    expect(result(plan)).toEqual({ ...presetScenario('block'), seed: 7 });
  });

  it('sets the seed', () => {
    expect(result(planControl(NONE, NONE, 'seed=4294967295', null)).seed).toBe(4294967295);
  });

  it('sets a knob by its path, in its own terms', () => {
    expect(result(planControl(NONE, NONE, 'consumers.count=2', null)).consumers.count).toBe(2);
    const block = showing('block');
    expect(
      result(planControl(block, NONE, 'queue.capacity=none', null), block).queue.capacity,
    ).toBeNull();
    expect(
      result(planControl(block, NONE, 'queue.whenFull=drop-oldest', null), block).queue.whenFull,
    ).toBe('drop-oldest');
    expect(
      result(planControl(block, NONE, 'queue.conflateByKey=on', null), block).queue.conflateByKey,
    ).toBe(true);
    const bursty = result(planControl(NONE, NONE, 'workload.pattern=bursty', null));
    expect(bursty.workload.pattern.kind).toBe('bursty');
    const scaled = result(
      planControl(NONE, NONE, 'consumers.autoscale=on; consumers.autoscale.max=4', null),
    );
    expect(scaled.consumers.autoscale?.max).toBe(4);
  });

  it('sets a knob of a part that an earlier setting of the same control brought in', () => {
    const credit = result(planControl(NONE, NONE, 'strategy=credit; feedback.window=5', null));
    expect(credit.feedback).toMatchObject({ kind: 'credit', window: 5 });
  });

  it('keeps the settings of a part that is switched to what it already is', () => {
    const credit = showing('credit-window');
    const smaller = result(
      planControl(credit, NONE, 'feedback.window=3; feedback=credit', null),
      credit,
    );
    expect(smaller.feedback).toEqual({ ...credit.scenario.feedback, window: 3 });
    // Another kind starts from that kind's defaults.
    expect(
      result(planControl(credit, NONE, 'feedback=watermark', null), credit).feedback.kind,
    ).toBe('watermark');
  });
});

describe('planControl: what it refuses, and why', () => {
  it('an unknown strategy or preset, naming the known ones', () => {
    expect(problem(planControl(NONE, NONE, 'strategy=blok', null))).toMatch(
      /^strategy: "blok" is not a strategy; the strategies are none, block, .*add-consumers$/,
    );
    expect(problem(planControl(NONE, NONE, 'preset=kafak', null))).toMatch(
      /^preset: "kafak" is not a preset; the presets are no-backpressure, .*kafka/,
    );
  });

  it('a seed that is not a whole number in range', () => {
    for (const seed of ['-1', '1.5', 'abc', '4294967296', '99999999999'])
      expect(problem(planControl(NONE, NONE, `seed=${seed}`, null))).toContain(
        'is not a whole number from 0 to 4294967295',
      );
  });

  it('a knob value out of its range, not whole, or not a number', () => {
    expect(problem(planControl(NONE, NONE, 'consumers.count=500', null))).toBe(
      'consumers.count: "500" is not a whole number from 1 to 100 workers',
    );
    expect(problem(planControl(NONE, NONE, 'consumers.count=1.5', null))).toContain('whole number');
    expect(problem(planControl(NONE, NONE, 'consumers.count=0x2', null))).toContain('whole number');
    expect(problem(planControl(NONE, NONE, 'consumers.count=none', null))).toBe(
      'consumers.count: "none" is not a whole number from 1 to 100 workers',
    );
    const block = showing('block');
    expect(problem(planControl(block, NONE, 'queue.capacity=0', null))).toContain(', or none');
  });

  it('a choice or a switch it does not know', () => {
    expect(problem(planControl(NONE, NONE, 'queue.whenFull=explode', null))).toMatch(
      /^queue.whenFull: "explode" is not one of block, reject, /,
    );
    expect(problem(planControl(NONE, NONE, 'queue.conflateByKey=maybe', null))).toBe(
      'queue.conflateByKey: "maybe" is neither on nor off',
    );
  });

  it('a name that is no setting, and a knob of a part the scenario does not have', () => {
    expect(problem(planControl(NONE, NONE, 'colour=red', null))).toContain(
      '"colour" is not something a figure can set',
    );
    expect(problem(planControl(NONE, NONE, 'feedback.window=5', null))).toBe(
      'feedback.window does not apply to the scenario the figure shows',
    );
  });

  it('a combination the scenario rules forbid, with the scenario’s own words', () => {
    const signal = showing('slow-down-signal');
    expect(problem(planControl(signal, NONE, 'feedback.lowWatermark=400', null))).toBe(
      'feedback.lowWatermark: must be below highWatermark (got 400)',
    );
  });

  it('everything when one setting is wrong: nothing half done', () => {
    expect(planControl(NONE, NONE, 'strategy=block; consumers.count=500', 'play')).toEqual({
      ok: false,
      problem: 'consumers.count: "500" is not a whole number from 1 to 100 workers',
    });
  });

  it('an action it does not know', () => {
    expect(problem(planControl(NONE, NONE, null, 'stop'))).toBe(
      'data-action: "stop" is not one of play, pause, toggle, reset',
    );
  });
});

describe('planControl: actions', () => {
  it('plays, pauses and toggles after the settings', () => {
    expect(steps(planControl(NONE, NONE, null, 'play'))).toEqual([{ kind: 'play' }]);
    expect(steps(planControl(NONE, NONE, null, 'pause'))).toEqual([{ kind: 'pause' }]);
    expect(steps(planControl(NONE, NONE, 'strategy=block', 'toggle')).map((s) => s.kind)).toEqual([
      'scenario',
      'toggle',
    ]);
  });

  it('resets to the preset and seed the figure opened on, before any settings', () => {
    const opened = showing('block', 2);
    const now = showing('drop-oldest');
    const plan = planControl(now, opened, null, 'reset');
    expect(steps(plan)[0]).toEqual({ kind: 'preset', id: 'block' });
    expect(result(plan, now)).toEqual(opened.scenario);
    // Opened on the preset's own seed: the preset alone.
    expect(steps(planControl(now, showing('block'), null, 'reset'))).toEqual([
      { kind: 'preset', id: 'block' },
    ]);
    const thenMore = planControl(now, opened, 'consumers.count=3', 'reset');
    expect(result(thenMore, now)).toEqual({
      ...opened.scenario,
      consumers: { ...opened.scenario.consumers, count: 3 },
    });
  });

  it('resets a custom scenario as a fresh run of it', () => {
    const custom: Showing = {
      scenario: { ...presetScenario('kafka'), name: 'Mine' },
      presetId: null,
    };
    expect(steps(planControl(NONE, custom, null, 'reset'))).toEqual([
      { kind: 'custom', scenario: custom.scenario },
    ]);
  });
});

describe('planControl: pipelines', () => {
  it('an embedded figure’s host may load a pipeline preset', () => {
    const plan = planControl(NONE, NONE, 'preset=pipeline-reactive-streams', null);
    expect(plan.ok && plan.steps).toEqual([{ kind: 'preset', id: 'pipeline-reactive-streams' }]);
  });
});
