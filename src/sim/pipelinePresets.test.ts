/** The pipeline presets: valid, apart from the page's presets, and each showing what it says, over several seeds. */
import { describe, expect, it } from 'vitest';
import { createSimulation, type Engine } from './engine.ts';
import { parseScenario } from './parseScenario.ts';
import { joinPipelinePresets, PIPELINE_PRESETS } from './pipelinePresets.ts';
import { findPreset, LATER_PRESETS, presetScenario, PRESETS } from './presets.ts';
import type { StageSummary } from './types.ts';

const SEEDS = [1, 2, 3];

function run(id: string, seed: number): Engine {
  const preset = PIPELINE_PRESETS.find((p) => p.id === id);
  if (preset === undefined) throw new Error(`no preset ${id}`);
  const parsed = parseScenario({ ...preset.scenario, seed });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return createSimulation(parsed.value, { eventCapacity: 0 });
}

function stagesOf(sim: Engine): StageSummary[] {
  return sim.summary().stages ?? [];
}

describe('pipeline presets', () => {
  it('are valid scenarios of two or three stages, with words, apart from the first download', () => {
    const firstIds = new Set(PRESETS.map((p) => p.id));
    for (const p of PIPELINE_PRESETS) {
      const parsed = parseScenario(p.scenario);
      expect(parsed.ok, p.id).toBe(true);
      if (parsed.ok) expect(parsed.value.downstream?.length ?? 0).toBeGreaterThanOrEqual(1);
      expect(firstIds.has(p.id), p.id).toBe(false);
      expect(p.description.length, p.id).toBeGreaterThan(20);
      expect(p.summary.length, p.id).toBeGreaterThan(50);
      expect(p.watch, p.id).toMatch(/^Watch /);
    }
    expect(new Set(PIPELINE_PRESETS.map((p) => p.id)).size).toBe(PIPELINE_PRESETS.length);
  });

  it('name every stage whose workers they count, with the count the stage has', () => {
    // "8 request handlers (stage 1)": a reader counts the workers drawn in that stage's well.
    for (const p of PIPELINE_PRESETS) {
      const parsed = parseScenario(p.scenario);
      if (!parsed.ok) continue;
      const counts = [
        parsed.value.consumers.count,
        ...(parsed.value.downstream ?? []).map((d) => d.consumers.count),
      ];
      for (const m of p.description.matchAll(
        /(\d+) [a-z ]*?(?:handlers|workers|connections|consumers) \(stage (\d)/g,
      ))
        expect(counts[Number(m[2]) - 1], `${p.id}: ${m[0]}`).toBe(Number(m[1]));
    }
    const slow = PIPELINE_PRESETS.find((p) => p.id === 'pipeline-slow-database');
    expect(slow?.description).toMatch(/\(stage 1\)/);
  });

  it('once joined, every lookup finds them, once each, and PRESETS stays as it is', () => {
    const before = PRESETS.length;
    joinPipelinePresets();
    joinPipelinePresets();
    expect(PRESETS.length).toBe(before);
    expect(LATER_PRESETS.map((p) => p.id)).toEqual(PIPELINE_PRESETS.map((p) => p.id));
    for (const p of PIPELINE_PRESETS) {
      expect(findPreset(p.id)?.title).toBe(p.title);
      expect(presetScenario(p.id).downstream?.length, p.id).toBe(p.scenario.downstream?.length);
    }
  });

  it('a slow database: calm until the busy spell, then the stall climbs to the client', () => {
    for (const seed of SEEDS) {
      const sim = run('pipeline-slow-database', seed);
      sim.run(7_500);
      expect(sim.summary().producerBlockedFraction, `seed ${seed}`).toBe(0);
      sim.run(22_500);
      const s = sim.summary();
      const [api, workers, db] = stagesOf(sim) as [StageSummary, StageSummary, StageSummary];
      expect(s.dropped.total).toBe(0);
      expect(s.producerBlockedFraction, `seed ${seed}`).toBeGreaterThan(0.02);
      expect(db.queueDepth.now).toBe(10);
      expect(workers.blockedFraction).toBeGreaterThan(0.4);
      expect(api.blockedFraction).toBeGreaterThan(0.4);
    }
  });

  it('nginx buffering: the client goes at full speed until the buffer is full, then slows', () => {
    for (const seed of SEEDS) {
      const sim = run('pipeline-proxy-buffering', seed);
      sim.run(5_000);
      const early = sim.summary();
      expect(early.producerBlockedFraction, `seed ${seed}`).toBe(0);
      expect((stagesOf(sim)[1] as StageSummary).waiting).toBeGreaterThan(100);
      sim.run(25_000);
      const s = sim.summary();
      expect(s.producerBlockedFraction, `seed ${seed}`).toBeGreaterThan(0.1);
      expect((stagesOf(sim)[1] as StageSummary).queueDepth.max).toBe(300);
      expect(s.dropped.total).toBe(0);
    }
  });

  it('Kafka between services: the producer never feels the slow consumer, and the lag grows', () => {
    for (const seed of SEEDS) {
      const sim = run('pipeline-kafka-between-services', seed);
      sim.run(10_000);
      const lag10 = (stagesOf(sim)[1] as StageSummary).waiting;
      sim.run(20_000);
      const s = sim.summary();
      const lag30 = (stagesOf(sim)[1] as StageSummary).waiting;
      expect(s.producerBlockedFraction).toBe(0);
      expect(s.dropped.total).toBe(0);
      // About 33 a second more than service B reads.
      expect(lag30 - lag10, `seed ${seed}`).toBeGreaterThan(400);
      expect((stagesOf(sim)[0] as StageSummary).queueDepth.mean).toBeLessThan(1);
    }
  });

  it('Reactive Streams: nothing dropped, no buffer beyond its demand, the source at the sink’s pace', () => {
    for (const seed of SEEDS) {
      const sim = run('pipeline-reactive-streams', seed);
      sim.run(30_000);
      const s = sim.summary();
      expect(s.dropped.total).toBe(0);
      for (const st of stagesOf(sim)) expect(st.queueDepth.max).toBeLessThanOrEqual(8);
      expect(s.producerBlockedFraction, `seed ${seed}`).toBeGreaterThan(0.5);
      expect(s.throughputPerSec).toBeLessThan(44);
      expect(s.throughputPerSec).toBeGreaterThan(36);
    }
  });
});
