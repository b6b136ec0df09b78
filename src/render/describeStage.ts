/**
 * The stage in one sentence, for the canvas's text alternative: how full the queue is, what the
 * producer is doing, how many workers are busy, and what was lost and why. The drop-reason names come
 * from the shared palette, so the words match the legend.
 */
import type { SimSnapshot } from '../sim/snapshot.ts';
import { DROP_REASONS, type DropReason } from '../sim/types.ts';
import { formatBytes, formatCount, formatDuration, formatRate } from './format.ts';
import type { ProducerShares } from './scene.ts';
import { BLOCKED, NO_CREDIT } from '../domain/stageWords.ts';

export type ReasonLabels = Record<DropReason, string>;

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function describeQueue(s: SimSnapshot): string {
  if (s.capacity === null) {
    const memory =
      s.memoryBudgetBytes === null
        ? ''
        : `, memory ${formatBytes(s.memoryBytes)} of ${formatBytes(s.memoryBudgetBytes)}`;
    return `Queue ${formatCount(s.waiting)} waiting, no limit${memory}`;
  }
  const full = s.capacity > 0 && s.waiting >= s.capacity ? ' (full)' : ' full';
  return `Queue ${formatCount(s.waiting)} of ${formatCount(s.capacity)}${full}`;
}

export function describeProducer(s: SimSnapshot, shares: ProducerShares | undefined): string {
  const p = s.producer;
  if (shares !== undefined && shares.stopped > 0.06 && shares.stopped < 0.7) {
    // A producer that stops many times a second is best described by how much of the time.
    const why = shares.stopKind === 'blocked' ? BLOCKED : `has ${NO_CREDIT}`;
    return `producer ${why} about ${Math.round(shares.stopped * 100)}% of the time`;
  }
  switch (p.status) {
    case 'running':
      return `producer sending ${formatRate(p.ratePerSec)}`;
    case 'slowed':
      return `producer slowed to ${formatRate(p.ratePerSec)} of ${formatRate(p.targetRatePerSec)}`;
    case 'blocked':
      return `producer ${BLOCKED}`;
    case 'out-of-credit':
      return `producer has ${NO_CREDIT}`;
    case 'idle':
      return 'producer idle';
  }
}

export function describeWorkers(s: SimSnapshot): string {
  let busy = 0;
  let starting = 0;
  let active = 0;
  let wasted = 0;
  for (const w of s.workers) {
    if (w.status === 'retiring') continue;
    active++;
    if (w.status === 'busy') busy++;
    else if (w.status === 'starting') starting++;
    if (w.status === 'busy' && w.wasted) wasted++;
  }
  const noun = active === 1 ? 'worker' : 'workers';
  let text = `${formatCount(busy)} of ${formatCount(active)} ${noun} busy`;
  if (wasted > 0)
    text += ` (${formatCount(wasted)} of them on wasted work: their requesters have given up)`;
  if (starting > 0) text += `, ${formatCount(starting)} starting`;
  return text;
}

export function describeDrops(s: SimSnapshot, labels: ReasonLabels): string {
  // A message replaced by a newer one with its key is not lost (the newer carries its value), and
  // the cards do not count it lost: said apart, so the sentence and "Lost so far 0" agree.
  const replaced = s.dropped.conflated;
  const total = s.dropped.total - replaced;
  const also =
    replaced > 0 ? `; ${formatCount(replaced)} replaced by a newer message with the same key` : '';
  if (total === 0) return `nothing dropped${also}`;
  const parts: { reason: DropReason; n: number }[] = [];
  for (const reason of DROP_REASONS) {
    const n = s.dropped[reason];
    if (n > 0 && reason !== 'conflated') parts.push({ reason, n });
  }
  parts.sort((a, b) => b.n - a.n);
  const named = parts
    .slice(0, 2)
    .map((p) =>
      (parts.length === 1
        ? labels[p.reason]
        : `${formatCount(p.n)} ${labels[p.reason]}`
      ).toLowerCase(),
    );
  if (parts.length > 2) named.push('other reasons');
  return `${formatCount(total)} dropped: ${named.join(', ')}${also}`;
}

/**
 * One sentence summarising the stage; numbers are rounded and grouped for reading aloud. With the
 * producer's recent `shares`, a producer that stops and starts is described by how often it stops.
 */
export function describeStage(
  s: SimSnapshot,
  labels: ReasonLabels,
  shares?: ProducerShares,
): string {
  const parts = [describeQueue(s), describeProducer(s, shares), describeWorkers(s)];
  if (s.crashed) {
    const restart =
      s.restartAt === null ? '' : `, restarting in ${formatDuration(s.restartAt - s.now)}`;
    const why =
      s.crashCause === 'machine-memory'
        ? 'ran out of the machine’s memory'
        : 'crashed out of memory';
    parts.unshift(`Consumer ${why}${restart}`);
  }
  if (s.retryWaiting > 0)
    parts.push(`${plural(s.retryWaiting, 'message', 'messages')} waiting to retry`);
  // Held back by the rate limit before the queue: not in the well, but waiting all the same.
  if (s.rateDelayed > 0)
    parts.push(
      `${plural(s.rateDelayed, 'message', 'messages')} waiting their turn at the rate limit, before the queue`,
    );
  parts.push(`${formatCount(s.delivered)} done`);
  parts.push(describeDrops(s, labels));
  return `${parts.join('; ')}.`;
}
