import { describe, expect, it } from 'vitest';
import type { Summary } from '../sim/types.ts';
import { DROP_REASONS } from '../sim/types.ts';
import { alignRows, count, decimal, formatSummary, percent, summaryJson } from './formatSummary.ts';

function summary(): Summary {
  const dropped = Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Summary['dropped'];
  dropped['evicted-oldest'] = 150;
  dropped.expired = 50;
  dropped.total = 200;
  return {
    timeMs: 5000,
    produced: 1000,
    offered: 1010,
    accepted: 1010,
    rejections: 0,
    delivered: 790,
    dropped,
    retries: 10,
    waiting: 8,
    inService: 2,
    retryWaiting: 0,
    rateDelayed: 0,
    heldByProducer: 0,
    queueDepth: { now: 8, mean: 7.5, max: 20 },
    meanQueueLength: 7.5,
    meanInSystem: 9.25,
    memoryBytes: { now: 8192, max: 20480 },
    latencyMs: { mean: 46.25, p50: 40.1, p95: 120, p99: 180.55, max: 1234.5 },
    meanWaitMs: 37.5,
    throughputPerSec: 158,
    goodputPerSec: 158,
    producerRatePerSec: 200,
    producerBlockedFraction: 0,
    utilization: 0.987,
    workers: { now: 2, starting: 0, mean: 2, max: 2 },
    outOfOrder: 3,
    meanStalenessMs: 0,
    crashes: 0,
    machineMemoryCrashes: 0,
    bytesSent: 1_034_240,
    bytesWasted: 225_280,
    timedOut: 0,
    wastedDeliveries: 0,
    wastedWorkMs: 0,
    discarded: 0,
    abandoned: 0,
    attemptsPerMessage: 1.01,
    heldBack: 0,
    peakRetryRatePerSec: 0,
    breakerOpened: 0,
    littlesLaw: { L: 9.25, lambdaPerMs: 0.2, meanTimeInSystemMs: 46.25, lambdaW: 9.25 },
  };
}

const info = { scenarioName: 'Drop oldest', seed: 7, durationSec: 5 };

describe('number formatting', () => {
  it('groups thousands and keeps about four significant digits', () => {
    expect(count(1234567)).toBe('1,234,567');
    expect(count(-1000)).toBe('-1,000');
    expect(count(12)).toBe('12');
    expect(decimal(4.6471)).toBe('4.647');
    expect(decimal(46.471)).toBe('46.47');
    expect(decimal(464.71)).toBe('464.7');
    expect(decimal(46471.2)).toBe('46,471');
    expect(decimal(Number.NaN)).toBe('n/a');
    expect(percent(0.0508)).toBe('5.1%');
  });
});

describe('formatSummary', () => {
  const lines = formatSummary(summary(), info);
  const line = (label: string) => lines.find((l) => l.trimStart().startsWith(label)) ?? '';

  it('lines the values up in one column', () => {
    const column = line('Produced').indexOf('1,000');
    expect(column).toBeGreaterThan(0);
    for (const l of lines) expect(l.slice(column - 2, column)).toBe('  ');
  });

  it('shows the totals, units and only the drop reasons that happened', () => {
    expect(line('Produced')).toMatch(/1,000 messages$/);
    expect(line('Dropped')).toMatch(/200 \(20\.0%\)$/);
    expect(line('evicted-oldest')).toMatch(/150 \(15\.0%\)$/);
    expect(line('expired')).toMatch(/50 \(5\.0%\)$/);
    expect(lines.some((l) => l.includes('rate-limited'))).toBe(false);
    expect(line('Latency p99')).toMatch(/180\.6 ms$/);
    expect(line('Throughput')).toMatch(/158\.0 messages\/s$/);
    expect(line('Utilisation')).toMatch(/98\.7%$/);
    expect(line('Little')).toMatch(/L = 9\.250, λW = 9\.250, 0\.0% apart$/);
  });

  it('says how many crashes were the machine’s memory rather than the budget', () => {
    expect(line('Crashes')).toMatch(/ 0$/);
    const s = summary();
    s.crashes = 3;
    s.machineMemoryCrashes = 2;
    const crashes = formatSummary(s, info).find((l) => l.startsWith('Crashes')) ?? '';
    expect(crashes).toMatch(/ 3 \(2 out of the machine’s memory\)$/);
  });

  it('shows timeouts and wasted work only when requesters timed out, held-back demand only when some was', () => {
    expect(lines.some((l) => /Timed out|Wasted work|Held back/.test(l))).toBe(false);
    const s = summary();
    Object.assign(s, {
      timedOut: 1200,
      wastedDeliveries: 300,
      wastedWorkMs: 6000,
      attemptsPerMessage: 2.5,
      peakRetryRatePerSec: 480,
      heldBack: 41.6,
    });
    const more = formatSummary(s, info);
    const row = (label: string) => more.find((l) => l.startsWith(label)) ?? '';
    expect(row('Timed out')).toMatch(/1,200 attempts$/);
    expect(row('Wasted work')).toMatch(
      /300 processed after their requester gave up, 6\.000 s of consumer time$/,
    );
    expect(row('Attempts per message')).toMatch(/2\.500$/);
    expect(row('Peak retry rate')).toMatch(/480\.0 retries\/s$/);
    expect(row('Held back')).toMatch(/42 messages the producer could not send$/);
  });

  it('shows the peak retry rate whenever there were retries, timeouts or not', () => {
    expect(lines.some((l) => l.startsWith('Peak retry rate'))).toBe(false);
    const s = summary();
    s.peakRetryRatePerSec = 780;
    const rows = formatSummary(s, info);
    expect(rows.some((l) => /Timed out/.test(l))).toBe(false);
    const at = rows.findIndex((l) => l.startsWith('Peak retry rate'));
    expect(rows[at]).toMatch(/780\.0 retries\/s$/);
    expect(rows[at - 1]).toMatch(/^Retries/);
  });

  it('says n/a rather than NaN when nothing was delivered', () => {
    const s = summary();
    s.latencyMs = { mean: Number.NaN, p50: Number.NaN, p95: 0, p99: 0, max: 0 };
    expect(formatSummary(s, info).join('\n')).not.toContain('NaN');
  });
});

describe('alignRows', () => {
  it('pads labels to the longest', () => {
    expect(
      alignRows([
        ['a', '1'],
        ['long label', '2'],
      ]),
    ).toEqual(['a           1', 'long label  2']);
  });
});

describe('summaryJson', () => {
  it('names the run and keeps every summary field at the top level', () => {
    const json = JSON.parse(JSON.stringify(summaryJson(summary(), info))) as Record<
      string,
      unknown
    >;
    expect(json).toMatchObject({
      scenario: 'Drop oldest',
      seed: 7,
      durationSec: 5,
      produced: 1000,
    });
    for (const field of [
      'produced',
      'accepted',
      'delivered',
      'dropped',
      'retries',
      'meanQueueLength',
      'meanInSystem',
      'throughputPerSec',
      'latencyMs',
      'utilization',
      'producerBlockedFraction',
      'outOfOrder',
    ]) {
      expect(json).toHaveProperty(field);
    }
    expect(json.dropped).toMatchObject({ total: 200, 'evicted-oldest': 150 });
  });
});
