import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { PIPELINE_PRESETS } from '../sim/pipelinePresets.ts';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { setAt } from './path.ts';
import { bottleneckNote, slowestStage, stageCapacities } from './chainBottleneck.ts';

function preset(id: string): Scenario {
  const p = PIPELINE_PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(id);
  const parsed = parseScenario(p.scenario);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('the slowest stage of a chain', () => {
  it('has nothing to say for a single stage', () => {
    const single = presetScenario('kafka');
    expect(stageCapacities(single)).toEqual([]);
    expect(slowestStage(single)).toBeNull();
    expect(bottleneckNote(single, 1)).toBeNull();
  });

  it('reads each stage’s capacity as consumers ÷ mean processing time', () => {
    // API: 8 handlers at 5 ms; workers: 4 at 10 ms; database: 4 connections at 20–40 ms (30 ms).
    const caps = stageCapacities(preset('pipeline-slow-database'));
    expect(caps.map((c) => c.name)).toEqual(['API', 'worker pool', 'database']);
    expect(caps.map((c) => Math.round(c.perSec))).toEqual([1600, 400, 133]);
  });

  it('finds the stage each preset is about', () => {
    const expected: Record<string, number> = {
      'pipeline-slow-database': 3,
      'pipeline-proxy-buffering': 3,
      'pipeline-kafka-between-services': 2,
      'pipeline-reactive-streams': 3,
    };
    for (const p of PIPELINE_PRESETS)
      expect(slowestStage(preset(p.id))?.stage, p.id).toBe(expected[p.id]);
  });

  it('tells the first stage’s knobs that the database sets the pace, naming it', () => {
    const s = preset('pipeline-slow-database');
    expect(bottleneckNote(s, 1)).toBe(
      'Stage 3 (database) is the slowest stage: it can finish about 133 messages a second, only 67 once its queue fills. More consumers or faster processing at stage 1 (API) won’t get more through.',
    );
    expect(bottleneckNote(s, 2)).toMatch(
      /^Stage 3 \(database\) is the slowest.*at stage 2 \(worker pool\)/,
    );
    // The slowest stage's own knobs are the ones that help: no note there.
    expect(bottleneckNote(s, 3)).toBeNull();
  });

  it('says how far a stage that slows under load falls, from its own settings (try 6a)', () => {
    // A reader read "about 133 a second" while the database finished 75 with its queue full.
    const s = preset('pipeline-slow-database');
    const db = stageCapacities(s)[2];
    expect(db?.slowed).toEqual({
      perSec: 400 / 6,
      basis: 'queue-depth',
      fullPaceUpTo: 5,
      heaviest: 10,
    });
    // A longer queue slows it further, down to its most (3×) at 15 waiting.
    const longer = setAt(s, 'downstream.1.queue.capacity', 40);
    expect(bottleneckNote(longer, 1)).toMatch(
      /about 133 messages a second, only 44 once its queue fills\./,
    );
    const unbounded = setAt(s, 'downstream.1.queue.capacity', null);
    expect(bottleneckNote(unbounded, 1)).toMatch(
      /about 133 messages a second, down to 44 as its queue grows\./,
    );
    // Slowing with how many are busy: the pace with all four connections busy.
    const busy = setAt(s, 'downstream.1.consumers.slowUnderLoad', {
      basis: 'concurrency',
      above: 2,
      perUnit: 0.5,
      maxFactor: 3,
    });
    expect(bottleneckNote(busy, 1)).toMatch(
      /about 133 messages a second, only 67 with all 4 busy\./,
    );
    // A queue too short to reach the slowdown never slows: the plain figure alone.
    const short = setAt(s, 'downstream.1.queue.capacity', 5);
    expect(bottleneckNote(short, 1)).toMatch(/about 133 messages a second\. More consumers/);
  });

  it('follows the change: a faster database hands the title to the worker pool', () => {
    const faster = setAt(preset('pipeline-slow-database'), 'downstream.1.consumers.count', 40);
    expect(slowestStage(faster)?.stage).toBe(2);
    expect(bottleneckNote(faster, 3)).toMatch(
      /^Stage 2 \(worker pool\) is the slowest stage: it can finish about 400 messages/,
    );
    expect(bottleneckNote(faster, 2)).toBeNull();
  });

  it('says nothing once the stage in hand is the slowest, or as slow as it', () => {
    const s = preset('pipeline-slow-database');
    // One API handler at 100 ms: 10 a second, slower than the database.
    const slowApi = setAt(setAt(s, 'consumers.count', 1), 'consumers.service.meanMs', 100);
    expect(slowestStage(slowApi)?.stage).toBe(1);
    expect(bottleneckNote(slowApi, 1)).toBeNull();
    expect(bottleneckNote(slowApi, 3)).toMatch(/^Stage 1 \(API\) is the slowest/);
    // 4 workers at 30 ms, as the database: equals, so neither is told the other is slower.
    const even = setAt(s, 'downstream.0.consumers.service.meanMs', 30);
    expect(bottleneckNote(even, 2)).toBeNull();
    expect(bottleneckNote(even, 3)).toBeNull();
  });

  it('names a stage without a name by its number alone', () => {
    const s = setAt(preset('pipeline-kafka-between-services'), 'downstream.0.name', '');
    expect(bottleneckNote(s, 1)).toMatch(/^Stage 2 is the slowest stage/);
  });
});
