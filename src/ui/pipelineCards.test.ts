/**
 * A pipeline's cards say their figures are end to end, and give each stage's where it tells where
 * things happen; a single stage's cards are as they were.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { PIPELINE_PRESETS } from '../sim/pipelinePresets.ts';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { CARD_TERMS, findTerms } from '../domain/glossary.ts';
import { formatPercent } from '../domain/format.ts';
import { liveNumbers } from './liveNumbers.ts';
import { endToEndCards } from './pipelineCards.ts';

function pipeline(id: string): Scenario {
  const preset = PIPELINE_PRESETS.find((p) => p.id === id);
  const parsed = parseScenario(preset?.scenario ?? {});
  if (!parsed.ok) throw new Error(id);
  return parsed.value;
}

function cardsAfter(scenario: Scenario, ms: number) {
  const engine = createSimulation(scenario, { eventCapacity: 0 });
  engine.run(ms);
  const summary = engine.summary();
  const cards = endToEndCards(liveNumbers(summary, engine.series, scenario), summary, scenario);
  return { summary, byId: new Map(cards.map((c) => [c.id, c])) };
}

describe('the cards of a pipeline', () => {
  it('say that delivered, lost, the slowest 1%, waiting and in the system are end to end', () => {
    const { byId } = cardsAfter(pipeline('pipeline-slow-database'), 12_000);
    for (const id of ['delivered', 'dropped', 'p99', 'depth', 'little'] as const) {
      const card = byId.get(id)!;
      expect(`${card.label} ${card.detail}`, id).toMatch(/end to end/);
      // The "?" still finds the card's own glossary entry.
      const named = findTerms(`${card.label}. ${card.formula.split(':')[0]}`).map((t) => t.id);
      expect(named, id).toContain(CARD_TERMS[id]);
    }
  });

  it('count what waits in every stage, stage by stage', () => {
    const { byId, summary } = cardsAfter(pipeline('pipeline-slow-database'), 12_000);
    const stages = summary.stages!;
    const waiting = stages.map((s) => s.waiting);
    const total = waiting.reduce((a, b) => a + b, 0);
    // The database's busy spell has backed the chain up: the later stages hold a backlog.
    expect(waiting[1]! + waiting[2]!).toBeGreaterThan(0);
    const depth = byId.get('depth')!;
    expect(depth.raw).toBe(total);
    expect(depth.value).toBe(`${total} of 60`);
    expect(depth.detail).toBe(`by stage: ${waiting.join(' · ')}`);
  });

  it('say where messages were lost, and how busy each stage is', () => {
    // Kafka's topic never refuses: give it a short queue that rejects, and it loses at stage 2.
    const scenario = pipeline('pipeline-kafka-between-services');
    const lossy: Scenario = {
      ...scenario,
      downstream: scenario.downstream!.map((d) => ({
        ...d,
        queue: { ...d.queue, capacity: 5, whenFull: 'reject' },
      })),
    };
    const { byId, summary } = cardsAfter(lossy, 10_000);
    const stages = summary.stages!;
    expect(stages[0]!.dropped.total).toBe(0);
    expect(stages[1]!.dropped.total).toBeGreaterThan(0);
    const lost = byId.get('dropped')!;
    expect(lost.label).toBe('Lost end to end');
    expect(lost.detail).toMatch(new RegExp(`· by stage 0 · ${stages[1]!.dropped.total}$`));
    const busy = byId.get('utilisation')!;
    expect(busy.detail).toBe(
      `by stage: ${stages.map((s) => formatPercent(s.utilization)).join(' · ')}`,
    );
    expect(busy.raw).toBe(Math.max(...stages.map((s) => s.utilization)));
    // Not stage 1's load alone, as if it were the whole chain's.
    expect(busy.formula).not.toMatch(/load asked/);
    expect(busy.formula).toMatch(/busiest stage’s is shown/);
  });

  it('leave a single stage’s cards as they were', () => {
    const { byId } = cardsAfter(presetScenario('kafka'), 5000);
    expect([...byId.values()].map((c) => c.label)).toEqual([
      'Delivered',
      'Lost so far',
      'Slowest 1% of deliveries',
      'Waiting in the queue',
      'How busy the consumers are',
      'In the system, on average',
    ]);
  });
});
