/**
 * The live cards of a pipeline. The summary's figures are end to end there (delivered at the end of
 * the last stage, lost anywhere, latency from creation to the last stage's finish), so the cards say
 * so, and where a stage-by-stage figure tells where things happen (what is lost where, what waits
 * where, how busy each stage is), they show it too. Pure, like liveNumbers.ts; the playground loads
 * it only for a pipeline (usePipelineCards.ts), so its first download does without it.
 */
import type { Scenario } from '../sim/scenario.ts';
import type { StageSummary, Summary } from '../sim/types.ts';
import { formatMs, formatNumber, formatPercent } from '../domain/format.ts';
import type { LiveNumber } from './liveCard.ts';

/** "3 · 12 · 0": one figure per stage, first to last. */
function byStage(stages: readonly StageSummary[], figure: (s: StageSummary) => string): string {
  return stages.map(figure).join(' · ');
}

/**
 * Rewrites `cards` (liveNumbers' list for `summary`) in place for a pipeline's stages, and returns
 * them; a single stage's are left as they are.
 */
export function endToEndCards(
  cards: LiveNumber[],
  summary: Summary,
  scenario: Scenario,
): LiveNumber[] {
  const stages = summary.stages;
  if (stages === undefined || stages.length < 2) return cards;
  const count = (n: number) => formatNumber(n, 6);
  for (const card of cards) {
    switch (card.id) {
      case 'delivered':
        card.label = 'Delivered end to end';
        card.formula += ` In a pipeline, through its last stage; handed on by stage: ${byStage(stages, (s) => count(s.delivered))}.`;
        break;
      case 'dropped': {
        card.label = 'Lost end to end';
        if (summary.dropped.total > 0)
          card.detail += ` · by stage ${byStage(stages, (s) => count(s.dropped.total))}`;
        card.formula += ` In a pipeline, lost at any stage; by stage: ${byStage(stages, (s) => count(s.dropped.total))}.`;
        break;
      }
      case 'p99':
        card.label = 'Slowest 1%, end to end';
        card.formula += ` In a pipeline, to the end of its last stage; the mean wait in each stage’s queue: ${byStage(stages, (s) => formatMs(s.meanWaitMs))}.`;
        break;
      case 'depth': {
        let waiting = 0;
        for (const s of stages) waiting += s.waiting;
        const capacities = [
          scenario.queue.capacity,
          ...(scenario.downstream ?? []).map((d) => d.queue.capacity),
        ];
        const bounded = capacities.every((c) => c !== null);
        const room = bounded ? capacities.reduce<number>((sum, c) => sum + (c ?? 0), 0) : null;
        card.label = 'Waiting end to end';
        card.value = room === null ? count(waiting) : `${count(waiting)} of ${count(room)}`;
        card.detail = `by stage: ${byStage(stages, (s) => count(s.waiting))}`;
        card.formula =
          'Queue depth: messages waiting for a consumer in every stage’s queue, not counting those being processed or held by a consumer for the next stage.';
        card.raw = waiting;
        break;
      }
      case 'utilisation': {
        // A crashed first stage keeps its own words ("Down", "restarting in …").
        if (card.value === 'Down') break;
        let busiest = 0;
        for (const s of stages) busiest = Math.max(busiest, s.utilization);
        card.label = 'How busy each stage is';
        card.value = formatPercent(busiest);
        card.detail = `by stage: ${byStage(stages, (s) => formatPercent(s.utilization))}`;
        // The single stage's "load asked, λ/cμ" is stage 1's alone: beside a full database it read
        // as a calm system.
        card.formula = `Utilisation ρ: busy time ÷ working time of each stage’s consumers; the busiest stage’s is shown, each stage’s below it. Time its consumers spent holding a finished message for the next stage, by stage: ${byStage(stages, (s) => formatPercent(s.blockedFraction))}.`;
        card.raw = busiest;
        break;
      }
      case 'little':
        card.label = 'In the system, end to end';
        break;
    }
  }
  return cards;
}
