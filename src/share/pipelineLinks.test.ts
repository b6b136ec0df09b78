/**
 * Pipelines travel like any scenario: a share link names a pipeline preset in its short form and
 * reads it back, a changed one carries its difference, a comparison link keeps a pipeline column's
 * stages.
 */
import { describe, expect, it } from 'vitest';
import { comparisonOf } from '../compare/comparison.ts';
import { decodeCompareQuery, encodeCompareQuery } from '../compare/compareLink.ts';
import { PIPELINE_PRESETS } from '../sim/pipelinePresets.ts';
import { presetScenario } from '../sim/presets.ts';
import { setAt } from '../domain/path.ts';
import { decodeShareQuery, encodeShareQuery } from './shareLink.ts';

describe('pipelines in links', () => {
  it.each(PIPELINE_PRESETS.map((p) => p.id))('%s: the short link reads back the same', (id) => {
    const scenario = { ...presetScenario(id), seed: 7 };
    const query = encodeShareQuery(scenario, id);
    expect(query).toBe(`preset=${id}&seed=7`);
    expect(decodeShareQuery(query)).toEqual({ ok: true, scenario, presetId: id });
  });

  it('a changed stage travels as the difference from the preset', () => {
    const id = 'pipeline-slow-database';
    const changed = setAt(presetScenario(id), 'downstream.1.queue.capacity', 40);
    const decoded = decodeShareQuery(encodeShareQuery(changed, id));
    expect(decoded.ok && decoded.scenario).toEqual(changed);
    expect(decoded.ok && decoded.scenario.downstream?.[1]?.queue.capacity).toBe(40);
  });

  it('a comparison keeps a pipeline column’s stages beside a single stage', () => {
    const comparison = comparisonOf([
      presetScenario('pipeline-kafka-between-services'),
      presetScenario('kafka'),
    ]);
    const decoded = decodeCompareQuery(encodeCompareQuery(comparison));
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
    expect(decoded.comparison).toEqual(comparison);
    expect(decoded.comparison.columns[0]?.downstream).toHaveLength(1);
    expect(decoded.comparison.columns[1]?.downstream).toBeUndefined();
  });
});
