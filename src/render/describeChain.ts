/**
 * A pipeline's stage in words, for the canvas's text alternative: each stage's queue and consumers
 * in turn (how many hold a message the next stage will not take yet, and for how much of the time),
 * then the producer and what the whole pipeline delivered and lost. The same pieces as a single
 * stage's sentence (describeStage.ts), so both read alike.
 */
import type { BlockView, SimSnapshot } from '../sim/snapshot.ts';
import type { StageView } from '../sim/pipeline/stageSnapshot.ts';
import {
  describeDrops,
  describeProducer,
  describeQueue,
  describeWorkers,
  type ReasonLabels,
} from './describeStage.ts';
import type { LinkView } from './draw/link.ts';
import { PRESSURE_SHOWN } from './draw/link.ts';
import { formatCount } from './format.ts';
import { laterStageSnapshot } from './laterStage.ts';
import type { ProducerShares } from './scene.ts';

function describeOne(
  s: SimSnapshot,
  stage: StageView<BlockView>,
  link: LinkView | undefined,
): string {
  const own = laterStageSnapshot(stage, s.now);
  const name = stage.name === '' ? `Stage ${stage.stage}` : `Stage ${stage.stage} (${stage.name})`;
  let text = `${name}: ${describeQueue(own).replace(/^Queue/, 'queue')}, ${describeWorkers(own)}`;
  if (link !== undefined && (stage.holding > 0 || link.pressure >= PRESSURE_SHOWN)) {
    const pct = Math.max(1, Math.round(link.pressure * 100));
    text += `, ${formatCount(stage.holding)} holding a message stage ${link.toStage} will not take yet (about ${pct}% of the time)`;
  }
  if (stage.stage > 1 && stage.dropped.total > 0)
    text += `, ${formatCount(stage.dropped.total)} lost here`;
  return text;
}

export function describeChain(
  s: SimSnapshot,
  links: readonly LinkView[],
  labels: ReasonLabels,
  shares?: ProducerShares,
): string {
  const stages = s.stages ?? [];
  const parts = [`A pipeline of ${stages.length} stages, ${describeProducer(s, shares)}`];
  stages.forEach((stage, k) => parts.push(describeOne(s, stage, links[k])));
  parts.push(`${formatCount(s.delivered)} done end to end`);
  parts.push(describeDrops(s, labels));
  return `${parts.join('; ')}.`;
}
