/**
 * A run's Summary for people (aligned `label  value unit` lines) and for programs (one JSON object).
 * Numbers are formatted by hand rather than with toLocaleString, so the output is the same on every
 * machine whatever its locale.
 */
import type { StageSummary, Summary } from '../sim/types.ts';
import { DROP_REASONS } from '../sim/types.ts';

/** What the summary does not know about itself: which scenario ran, with which seed, for how long. */
export interface RunInfo {
  scenarioName: string;
  seed: number;
  durationSec: number;
}

/** A whole number with thousands separators: 1234567 → "1,234,567". */
export function count(n: number): string {
  if (!Number.isFinite(n)) return 'n/a';
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A measured quantity with about four significant digits, never in exponent notation. */
export function decimal(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  const a = Math.abs(x);
  if (a >= 10_000) return count(x);
  if (a >= 100) return x.toFixed(1);
  if (a >= 10) return x.toFixed(2);
  return x.toFixed(3);
}

export function percent(fraction: number): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(1)}%` : 'n/a';
}

/** `part` as a share of `whole`, for "dropped 12 (3.4%)"; nothing when the whole is zero. */
function share(part: number, whole: number, of = ''): string {
  return whole > 0 ? ` (${percent(part / whole)}${of})` : '';
}

/** The label/value rows, before alignment. */
export function summaryRows(summary: Summary, info: RunInfo): [string, string][] {
  const s = summary;
  const rows: [string, string][] = [
    ['Scenario', info.scenarioName],
    ['Seed', String(info.seed)],
    ['Simulated time', `${decimal(s.timeMs / 1000)} s`],
    ['Produced', `${count(s.produced)} messages`],
    ['Offered', `${count(s.offered)} (retries included)`],
    ['Accepted', `${count(s.accepted)}${share(s.accepted, s.offered, ' of offers')}`],
    ['Delivered', `${count(s.delivered)}${share(s.delivered, s.produced)}`],
    ['Dropped', `${count(s.dropped.total)}${share(s.dropped.total, s.produced)}`],
  ];
  for (const reason of DROP_REASONS) {
    const n = s.dropped[reason];
    if (n > 0) rows.push([`  ${reason}`, `${count(n)}${share(n, s.produced)}`]);
  }
  rows.push(['Retries', count(s.retries)]);
  // Retries that come back together show here: one sample interval's worth, per second.
  if (s.peakRetryRatePerSec > 0)
    rows.push(['Peak retry rate', `${decimal(s.peakRetryRatePerSec)} retries/s`]);
  // Only runs with requester timeouts or a held-back producer have these; others read as before.
  if (s.timedOut > 0)
    rows.push(
      ['Timed out', `${count(s.timedOut)} attempts`],
      [
        'Wasted work',
        `${count(s.wastedDeliveries)} processed after their requester gave up, ` +
          `${decimal(s.wastedWorkMs / 1000)} s of consumer time`,
      ],
      ['Attempts per message', decimal(s.attemptsPerMessage)],
    );
  if (s.heldBack >= 0.5)
    rows.push([
      'Held back',
      `${count(Math.round(s.heldBack))} messages the producer could not send`,
    ]);
  rows.push(
    [
      'In the system at end',
      `${count(s.waiting)} waiting, ${count(s.inService)} in service, ` +
        `${count(s.retryWaiting)} awaiting retry, ${count(s.heldByProducer)} held by producer` +
        (s.rateDelayed > 0 ? `, ${count(s.rateDelayed)} delayed by the rate limit` : ''),
    ],
    ['Mean queue length', `${decimal(s.meanQueueLength)} messages`],
    ['Max queue length', `${count(s.queueDepth.max)} messages`],
    ['Mean in system', `${decimal(s.meanInSystem)} messages`],
    ['Throughput', `${decimal(s.throughputPerSec)} messages/s`],
    ['Goodput', `${decimal(s.goodputPerSec)} messages/s`],
    ['Latency mean', `${decimal(s.latencyMs.mean)} ms`],
    ['Latency p50', `${decimal(s.latencyMs.p50)} ms`],
    ['Latency p95', `${decimal(s.latencyMs.p95)} ms`],
    ['Latency p99', `${decimal(s.latencyMs.p99)} ms`],
    ['Latency max', `${decimal(s.latencyMs.max)} ms`],
    ['Mean wait in queue', `${decimal(s.meanWaitMs)} ms`],
    ['Utilisation', percent(s.utilization)],
    ['Producer blocked', percent(s.producerBlockedFraction)],
    ['Workers', `mean ${decimal(s.workers.mean)}, max ${count(s.workers.max)}`],
    ['Out of order', count(s.outOfOrder)],
    ['Crashes', crashes(s)],
    ['Little’s law', littlesLaw(s.littlesLaw)],
  );
  const stages = s.stages ?? [];
  stages.forEach((stage, i) => rows.push(...stageRows(stage, i === stages.length - 1)));
  return rows;
}

/** A pipeline stage's lines, after the end-to-end ones. */
function stageRows(st: StageSummary, last: boolean): [string, string][] {
  const name = st.name === '' ? '' : ` (${st.name})`;
  const drops = DROP_REASONS.filter((r) => st.dropped[r] > 0)
    .map((r) => `${count(st.dropped[r])} ${r}`)
    .join(', ');
  return [
    [
      `Stage ${st.stage}${name}`,
      `${count(st.delivered)} of ${count(st.entered)} ${last ? 'finished' : 'handed on'}`,
    ],
    ['  Dropped', st.dropped.total === 0 ? '0' : `${count(st.dropped.total)}: ${drops}`],
    [
      '  Mean queue length',
      `${decimal(st.queueDepth.mean)} messages (max ${count(st.queueDepth.max)})`,
    ],
    ['  Mean wait', `${decimal(st.meanWaitMs)} ms`],
    [
      '  Consumers blocked',
      `${percent(st.blockedFraction)} of their time, holding a finished message`,
    ],
  ];
}

/** Crashes, and how many of them were the machine's memory rather than the budget. */
function crashes({ crashes, machineMemoryCrashes }: Summary): string {
  if (machineMemoryCrashes === 0) return count(crashes);
  return `${count(crashes)} (${count(machineMemoryCrashes)} out of the machine’s memory)`;
}

function littlesLaw({ L, lambdaW }: Summary['littlesLaw']): string {
  const gap = Math.max(Math.abs(L), Math.abs(lambdaW));
  const apart = gap > 0 ? `, ${percent(Math.abs(L - lambdaW) / gap)} apart` : '';
  return `L = ${decimal(L)}, λW = ${decimal(lambdaW)}${apart}`;
}

/** Rows as lines with the values lined up in one column. */
export function alignRows(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
}

export function formatSummary(summary: Summary, info: RunInfo): string[] {
  return alignRows(summaryRows(summary, info));
}

/** The --json object: which run it was, then every field of the Summary as the core reports it. */
export function summaryJson(summary: Summary, info: RunInfo): Record<string, unknown> {
  return {
    scenario: info.scenarioName,
    seed: info.seed,
    durationSec: info.durationSec,
    ...summary,
  };
}
