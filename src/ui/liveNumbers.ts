/**
 * The live strip's numbers, computed from the run summary and the recent series. Pure, so it is
 * tested without a browser; the component only lays them out.
 */
import { rateSegmentAt } from '../sim/arrivalPattern.ts';
import { Blocked } from '../sim/blocked.ts';
import type { SimReadout } from '../driver/simReadout.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { SeriesColumn, SeriesView } from '../sim/series.ts';
import type { SinceChange } from '../sim/summary.ts';
import type { Summary } from '../sim/types.ts';
import { formatMs, formatNumber, formatPercent, formatShare } from '../domain/format.ts';
import { formatRate, stoppedAtTimesWords, stoppedWords } from '../domain/stageWords.ts';
import type { LiveNumber } from './liveCard.ts';
import { workersWords } from '../domain/cardWords.ts';

export type { LiveNumber, LiveNumberId } from './liveCard.ts';

/** Whether the consumer process is down (out of memory) and when it comes back, simulated ms. */
export interface ConsumerState {
  crashed: boolean;
  restartAt: number;
}

const UP: ConsumerState = { crashed: false, restartAt: 0 };

/** The mean processing time of one message, ms. */
export function meanServiceMs(scenario: Scenario): number {
  const s = scenario.consumers.service;
  switch (s.kind) {
    case 'constant':
    case 'exponential':
    case 'lognormal':
      return s.meanMs;
    case 'uniform':
      return (s.minMs + s.maxMs) / 2;
  }
}

/** As the stage says it: a stop under this share of the last second goes unmentioned; from
 * FIRM_SHARE on, it is stated outright (when it holds now). */
const MENTION_SHARE = 0.06;
const FIRM_SHARE = 0.7;

/** The last `count` values of a series column, oldest first. */
function recent(series: SeriesView, column: SeriesColumn, count: number): Float64Array {
  const all = series.read(column);
  return all.subarray(Math.max(0, all.length - count));
}

/**
 * Simulated ms since the series last saw a delivery, or NaN when it never has (within the series'
 * reach). A retry storm delivered nothing for 12 s while "Slowest 1%" still read the 107 ms of
 * deliveries long gone: the card says how stale its number is.
 */
export function sinceLastDelivery(series: SeriesView, nowMs: number): number {
  const delivered = series.read('deliveredRate');
  const t = series.read('t');
  for (let i = delivered.length - 1; i >= 0; i--)
    if ((delivered[i] as number) > 0) return nowMs - (t[i] as number);
  return Number.NaN;
}

function meanOf(values: Float64Array): number {
  let sum = 0;
  let n = 0;
  for (const v of values)
    if (!Number.isNaN(v)) {
      sum += v;
      n++;
    }
  return n > 0 ? sum / n : NaN;
}

function sumOf(values: Float64Array): number {
  let sum = 0;
  for (const v of values) if (!Number.isNaN(v)) sum += v;
  return sum;
}

function maxOf(values: Float64Array): number {
  let max = NaN;
  for (const v of values) if (!Number.isNaN(v) && !(v <= max)) max = v;
  return max;
}

/** From this long without a delivery, the slowest-1% card leads with the stall. */
const STALL_MS = 2_000;

/**
 * How long nothing has been delivered, simulated ms, once that is STALL_MS or more after earlier
 * deliveries; else null. A reader of the retry storm read "Slowest 1% of deliveries 107 ms" as
 * "fast" over a jammed well that had delivered nothing for 15 s (73% lost): the old deliveries'
 * time said nothing about the messages stuck now, and a sub-line saying so did not outweigh it.
 */
export function deliveryStall(series: SeriesView, summary: Summary): number | null {
  if (summary.delivered <= 0) return null;
  const gap = sinceLastDelivery(series, summary.timeMs);
  return gap >= STALL_MS ? gap : null;
}

/**
 * How long nothing has been delivered, short enough for a phone's card headline ("none for 16 s"
 * fits where "none for 16.5 s" ran past the card at 360 px): whole seconds, then whole minutes.
 * Rounded down: it has been at least that long.
 */
export function stallTime(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return seconds < 100 ? `${seconds} s` : `${formatNumber(Math.floor(seconds / 60), 6)} min`;
}

/**
 * The slowest-1% card's second line when its time reads less than the average processing time now
 * set, which looks impossible, saying which deliveries it counts; else null. Either most of them
 * (since the reader's change) were of messages already in hand at it, so processed at the setting
 * before it, or crashes lost every message that took longer, so only the quickest were delivered.
 * A reader who set every slider to its maximum (processing 1 s on average) read "24.3 ms" there.
 */
function tooQuickWords(
  summary: Summary,
  scenario: Scenario,
  since: { begunBefore?: number } | null,
): string | null {
  const n = summary.delivered;
  if (!(n > 0 && summary.latencyMs.p99 < meanServiceMs(scenario))) return null;
  const before = since?.begunBefore ?? 0;
  if (before > 0 && 2 * before >= n) {
    if (before < n)
      return `${formatNumber(before, 6)} of ${formatNumber(n, 6)} begun before your change`;
    return n === 1
      ? 'the one begun before your change'
      : `all ${formatNumber(n, 6)} begun before your change`;
  }
  if (summary.crashes > 0)
    return n === 1
      ? 'only the quickest one; crashes lost the rest'
      : `only the ${formatNumber(n, 6)} quickest; crashes lost the rest`;
  return null;
}

/** "consumer down", while the consumer process is out (after running out of memory). */
function downWho(summary: Summary): string {
  return summary.workers.now === 1 ? 'consumer down' : 'consumers down';
}

/** "restarting in 2.1 s" */
function restartingIn(summary: Summary, consumer: ConsumerState): string {
  const inMs = Math.max(0, consumer.restartAt - summary.timeMs);
  return `restarting in ${formatNumber(inMs / 1000, 2)} s`;
}

export function liveNumbers(
  summary: Summary,
  series: SeriesView,
  scenario: Scenario,
  consumer: ConsumerState = UP,
  /**
   * When `summary` counts from the reader's last change to the running scenario: when it was and
   * how many messages were in the system then; else null.
   */
  since: { atMs: number; carriedIn: number; begunBefore?: number } | null = null,
): LiveNumber[] {
  const changedAtMs = since === null ? null : since.atMs;
  const from =
    changedAtMs === null ? 'since the start' : `since your change at ${formatMs(changedAtMs)}`;
  const samplesPerSecond = Math.max(1, Math.round(1000 / scenario.metrics.sampleIntervalMs));
  const deliveredRate = meanOf(recent(series, 'deliveredRate', samplesPerSecond));
  const produced = summary.produced;
  // Since a change, what is lost may have been made before it (a crash loses all that waits): the
  // share counts those in the system at the change with those made since, so it never passes 100%.
  const carriedIn = since === null ? 0 : since.carriedIn;
  const atStake = produced + carriedIn;
  // Each card leads with the run so far, which does not flip with every burst; the last second
  // follows, so a strategy picked a moment ago still shows its own effect.
  // A message replaced by a newer one with its key is not lost: the newer one carries the latest
  // value. A reader saw "Lost so far 38%" under Keep the latest per key and took it for lost data.
  const replaced = summary.dropped.conflated;
  const lost = summary.dropped.total - replaced;
  const lostInAll = atStake > 0 ? Math.min(1, lost / atStake) : 0;
  // Lost after the last sample, which the series has yet to see: a run paused on a crash between two
  // samples read "Lost so far 200 (35%), last second: 0%" (try 14). Known only for the whole run.
  const lastTotal = recent(series, 'droppedTotal', 1)[0];
  const unsampled =
    since === null && lastTotal !== undefined && !Number.isNaN(lastTotal)
      ? Math.max(0, summary.dropped.total - lastTotal)
      : 0;
  // (The series holds rates a second: a count is that many a second over one sample's interval.)
  const droppedRecently = Math.max(
    0,
    sumOf(recent(series, 'dropRate', samplesPerSecond)) -
      sumOf(recent(series, 'drop:conflated', samplesPerSecond)) +
      unsampled * samplesPerSecond,
  );
  const madeRecently = sumOf(recent(series, 'producerRate', samplesPerSecond));
  const lostRecently =
    series.length === 0
      ? lostInAll
      : madeRecently > 0
        ? Math.min(1, droppedRecently / madeRecently)
        : droppedRecently > 0
          ? 1
          : 0;
  // Each sample holds the p99 of the deliveries in its interval; the highest over the last second is
  // what a reader watching the numbers would call "the p99 right now", and stays readable at 10 Hz.
  const p99Recently = maxOf(recent(series, 'latencyP99', samplesPerSecond));
  const p99 = summary.delivered > 0 ? summary.latencyMs.p99 : NaN;
  const stall = deliveryStall(series, summary);
  const tooQuick = tooQuickWords(summary, scenario, since);
  const capacity = scenario.queue.capacity;
  const busyRecently = meanOf(recent(series, 'utilization', samplesPerSecond));
  const workers = summary.workers.now;
  const workerWords = workersWords(workers, summary.workers.starting);
  // What the workload asks of the consumers, λ/(cμ): above 1 no amount of queueing can keep up.
  const asked = rateSegmentAt(scenario.workload.pattern, summary.timeMs, { ratePerSec: 0, end: 0 });
  const offeredLoad = (asked.ratePerSec * meanServiceMs(scenario)) / 1000 / workers;
  const { L, lambdaPerMs, meanTimeInSystemMs } = summary.littlesLaw;
  // The count's rate, or the producer's steady setting when the count is within chance of it.
  const arrivalPerMs = shownArrivalPerMs(summary, scenario);
  const down = consumer.crashed;
  // With requester timeouts, part of what is processed is for requesters who have given up.
  const wastedRecently = meanOf(recent(series, 'wastedRate', samplesPerSecond));
  const timeouts = summary.timedOut > 0;
  const heldBack = Math.round(summary.heldBack);
  const cards: LiveNumber[] = [
    {
      id: 'delivered',
      label: 'Delivered',
      value: formatNumber(summary.delivered, 6),
      detail:
        `last second: ${formatRate(Number.isNaN(deliveredRate) ? 0 : deliveredRate)}` +
        (timeouts
          ? `, ${formatNumber(Number.isNaN(wastedRecently) ? 0 : wastedRecently)}/s wasted`
          : ''),
      formula:
        (timeouts
          ? `Throughput: messages fully processed ${from} whose sender was still waiting for them; the rate is per simulated second.`
          : `Throughput: messages fully processed ${from}; the rate is per simulated second.`) +
        (timeouts
          ? ` Besides these, ${formatNumber(summary.wastedDeliveries, 6)} were processed after their requester gave up (${formatMs(summary.wastedWorkMs)} of consumer time wasted); ${formatNumber(summary.timedOut, 6)} attempts timed out, ${formatNumber(summary.attemptsPerMessage, 3)} ${formatNumber(summary.attemptsPerMessage, 3) === '1' ? 'attempt' : 'attempts'} per message${summary.dropped['circuit-open'] > 0 ? ' (one the open circuit breaker failed fast made none)' : ''}, at most ${formatNumber(summary.peakRetryRatePerSec)} retries/s.`
          : ''),
      raw: summary.delivered,
    },
    {
      id: 'dropped',
      label: 'Lost so far',
      // The count first, as the stage's Lost box has it ("Lost 339"), then its share of all made:
      // a reader saw 339 on the stage and only "48%" here.
      value: lost > 0 ? `${formatNumber(lost, 6)} (${formatShare(lostInAll)})` : '0',
      detail:
        `last second: ${formatShare(lostRecently)}` +
        (replaced > 0 ? `; replaced by newer: ${formatShare(replaced / atStake)}` : ''),
      formula:
        `Lost ÷ made: ${formatNumber(summary.dropped.total - replaced, 6)} of ${formatNumber(atStake, 6)} messages` +
        (carriedIn > 0
          ? ` (${formatNumber(produced, 6)} made since your change and ${formatNumber(carriedIn, 6)} already in the system at it)`
          : '') +
        `, for any reason (dropped, turned away, expired, lost in a crash).` +
        (replaced > 0
          ? ` Not counted: ${formatNumber(replaced, 6)} replaced by a newer message with the same key, which carries the latest value.`
          : '') +
        (heldBack > 0
          ? ` Not counted: ${formatNumber(heldBack, 6)} messages the producer wanted to send and was held back from; they wait upstream, or are lost there.`
          : ''),
      raw: lostInAll,
    },
    {
      id: 'p99',
      label: 'Slowest 1% of deliveries',
      // The time itself, under the label that says whose it is ("Slowest 1% of deliveries: 2.98 s").
      // "over 2.98 s" read oddly, and "2.98 s or longer" did not fit a phone's card.
      // Once nothing has been delivered for a while, the headline says so: the time of the
      // deliveries before follows, named as theirs (the glossary's entry and the announcement say
      // the same). Under it, first what makes a time read impossibly short after a change.
      value: Number.isNaN(p99)
        ? 'none yet'
        : stall !== null
          ? `none for ${stallTime(stall)}`
          : formatMs(p99),
      detail:
        stall !== null
          ? `${down ? `${downWho(summary)}; ` : ''}before that: ${formatMs(p99)}`
          : tooQuick !== null
            ? tooQuick
            : down
              ? 'last second: consumer down'
              : Number.isNaN(p99Recently)
                ? 'last second: none delivered'
                : `last second: ${formatMs(p99Recently)}`,
      formula:
        'p99 latency: 99% of messages were delivered faster than this, timed from creation to delivery.' +
        (stall !== null
          ? ` Nothing has been delivered for ${stallTime(stall)}: ${formatMs(p99)} is the slowest 1% of the deliveries before that, and says nothing of the messages waiting now.`
          : '') +
        (since !== null && (since.begunBefore ?? 0) > 0
          ? ` Of the ${formatNumber(summary.delivered, 6)} delivered since your change, ${formatNumber(since.begunBefore ?? 0, 6)} ${since.begunBefore === 1 ? 'was' : 'were'} already being processed at it, at the setting before it.`
          : '') +
        (summary.crashes > 0
          ? ' A crash loses the messages being processed, so the slowest are never timed.'
          : ''),
      raw: p99,
    },
    {
      id: 'depth',
      label: 'Waiting in the queue',
      value:
        capacity === null
          ? formatNumber(summary.queueDepth.now, 6)
          : `${formatNumber(summary.queueDepth.now, 6)} of ${formatNumber(capacity, 6)}`,
      detail: `most so far: ${formatNumber(summary.queueDepth.max, 6)}${capacity === null ? ', no limit' : ''}`,
      formula: 'Queue depth: messages waiting for a consumer, not counting those being processed.',
      raw: summary.queueDepth.now,
    },
    {
      id: 'utilisation',
      label: 'How busy the consumers are',
      // Short, so the card keeps its size when the consumer goes down and comes back.
      value: down ? 'Down' : formatPercent(summary.utilization),
      detail: down
        ? restartingIn(summary, consumer)
        : `last second: ${formatPercent(Number.isNaN(busyRecently) ? summary.utilization : busyRecently)}, ${workerWords}`,
      formula: `Utilisation ρ: busy time ÷ working time. The load asked, λ/cμ, is ${Number.isFinite(offeredLoad) ? formatNumber(offeredLoad, 2) : '—'}: above 1 no queue can keep up.`,
      raw: summary.utilization,
    },
    {
      id: 'little',
      label: 'In the system, on average',
      value: formatNumber(L, 3),
      // The headline is measured; the line under it is the law in plain words, its three numbers
      // named ("70/s arrive × 390 ms each ≈ 27.3"), the symbols on hover or focus. "Little’s law
      // predicts 27.3" named a law the reader did not know; "73.3/s × 952 ms = 69.8" under 76.2
      // read as a sum the card got wrong: "≈", and the hover says why the two part.
      // When the two part by much, the line says why in a few words (the hover says more): a reader
      // saw "531" over "348/s arrive × 1.06 s each ≈ 369" with the reason only in hidden help.
      detail: littleWords(
        arrivalPerMs,
        meanTimeInSystemMs,
        arrivalPerMs * meanTimeInSystemMs,
        L,
        changedAtMs !== null,
      ),
      formula:
        littleFormula(
          L,
          arrivalPerMs,
          meanTimeInSystemMs,
          arrivalPerMs * meanTimeInSystemMs,
          changedAtMs === null ? 'over the run' : from,
        ) +
        (arrivalPerMs !== lambdaPerMs
          ? ` The rate is the producer’s setting: the ${formatNumber(summary.accepted, 6)} taken in (${formatNumber(lambdaPerMs * 1000)}/s) are within chance of it, as arrivals come at random.`
          : ''),
      raw: L,
    },
  ];
  // A pipeline's figures are end to end: pipelineCards.ts (loaded with a pipeline) says so on them.
  return cards;
}

/** How many standard deviations of chance a count may stray from what the set rate gives. */
const WITHIN_CHANCE = 3;

/**
 * The arrival rate the in-system card multiplies by, per ms: the rate taken into the queue as
 * counted, unless that count is within chance of what the producer's steady setting makes over the
 * same time, when it is the setting. Arrivals come at random, so a count over a short time strays:
 * at 0.15 s a producer set to 70/s had made 18 (the card read "120/s arrive"), and one set to its
 * maximum, 10,000/s, read "10,100/s arrive", more than it can be set to. Those counts say nothing
 * the setting does not; a count that differs by more than chance (a producer held back, messages
 * turned away, retries on top) is what the card shows.
 */
export function shownArrivalPerMs(summary: Summary, scenario: Scenario): number {
  const { lambdaPerMs } = summary.littlesLaw;
  const pattern = scenario.workload.pattern;
  const count = summary.accepted;
  if (pattern.kind !== 'steady' || scenario.triggers.length > 0 || !(lambdaPerMs > 0) || count <= 0)
    return lambdaPerMs;
  const setPerMs = pattern.ratePerSec / 1000;
  const expected = setPerMs * (count / lambdaPerMs);
  return Math.abs(count - expected) <= WITHIN_CHANCE * Math.sqrt(Math.max(1, expected))
    ? setPerMs
    : lambdaPerMs;
}

/**
 * The in-system card's note: what it measured, what Little's law predicts and from what, and why
 * the two part. The measured average counts every message inside at every moment; the time inside
 * (W) is known only for messages that have left, so while messages pile up (or drain), and just
 * after a change, the prediction trails the measurement. Over a long steady run they meet.
 */
function littleFormula(
  L: number,
  lambdaPerMs: number,
  wMs: number,
  lambdaW: number,
  span: string,
): string {
  return (
    `Little’s law, L = λW: the average number inside (L), measured at ${formatNumber(L, 3)} messages waiting or being processed ${span}, ` +
    `is the rate taken into the queue ${span} (λ, ${formatNumber(lambdaPerMs * 1000)}/s) times the average time inside (W, ${formatMs(meanOrZero(wMs))}, of the messages that have left), ` +
    `which predicts ${formatNumber(lambdaW, 3)}. They agree over a long, steady run. While the queue grows or drains, or just after a change, ` +
    'they differ: the messages still inside count in the measured average, but not yet in W.'
  );
}

/**
 * Little's law in plain words with the run's three numbers: how fast messages arrive, how long each
 * stays inside, and about how many that makes inside at once. Before any message has left there is
 * no time inside to give. Given the measured average `L`, and when the two part by much, a few words
 * say why (littleApart).
 */
export function littleWords(
  lambdaPerMs: number,
  wMs: number,
  lambdaW: number,
  L?: number,
  sinceChange = false,
): string {
  if (!(Number.isFinite(wMs) && wMs > 0)) return 'none through yet to time';
  const law = `${formatNumber(lambdaPerMs * 1000)}/s arrive × ${formatMs(wMs)} each ≈ ${formatNumber(lambdaW, 3)}`;
  const apart = L === undefined ? null : littleApart(L, lambdaW, sinceChange);
  return apart === null ? law : `${law}; ${apart}`;
}

/** How far apart (as a share of the larger) the measured average and the law's may be unremarked. */
const LITTLE_APART = 0.2;

/**
 * Why the measured number inside (L) and the law's (λW) part, when they part by more than a fifth
 * and by a message or more; null otherwise. Over a run from its start, L − λW is the number inside
 * now times (how long they have been inside − W) over the time: W counts only messages that have
 * left, so when the queue has built up those inside have waited longer and L runs ahead; when it
 * has drained (or a crash emptied it) they are newer and λW runs ahead. Counted from a change,
 * what was inside at the change counts in L but did not arrive in the count: the change is why.
 * Over a long steady stretch they meet.
 */
export function littleApart(L: number, lambdaW: number, sinceChange = false): string | null {
  const gap = Math.abs(L - lambdaW);
  if (!(gap > LITTLE_APART * Math.max(L, lambdaW) && gap >= 1)) return null;
  if (sinceChange) return 'not steady yet since your change';
  return L > lambdaW ? 'not steady yet: the queue built up' : 'not steady yet: the queue drained';
}

const meanOrZero = (ms: number) => (Number.isFinite(ms) ? ms : 0);

/** What the producer is doing, in a few words. */
/**
 * What the producer is doing, by the stage's rule: a stop is stated outright only when it took most
 * of the last second and holds now, given as a share when it took part of it, and not mentioned
 * when brief. Read at one instant, the line flipped between "running" and "blocked: queue full" ten
 * times a second under Block the producer, beside a stage saying "blocked 40% of the time".
 */
export function producerStatus(engine: SimReadout): string {
  const share = recentStopShare(engine);
  const credit =
    engine.blocked === Blocked.noCredit ||
    (engine.blocked === Blocked.no && engine.scenario.feedback.kind === 'credit');
  // In the stage's words (src/domain/stageWords.ts), longest form: the line has the room.
  const kind = credit ? 'no-credit' : 'blocked';
  if (share >= FIRM_SHARE && engine.blocked !== Blocked.no) return stoppedWords(kind)[0] as string;
  if (share >= MENTION_SHARE)
    return stoppedAtTimesWords(kind, formatPercent(share), 'of the last second')[0] as string;
  if (engine.crashed) return 'sending into a crashed consumer';
  return Number.isFinite(engine.rateCap) ? slowedWords(engine) : 'running';
}

/** The share of the last second the producer spent stopped (blocked or out of credit). */
export function recentStopShare(engine: SimReadout): number {
  const samples = Math.max(1, Math.round(1000 / engine.scenario.metrics.sampleIntervalMs));
  const share = meanOf(recent(engine.series, 'blockedFraction', samples));
  return Number.isNaN(share) ? 0 : share;
}

/**
 * A producer held back by a slow-down signal, with its rate named for what it is: the rate it is set
 * to send now, and the one it wants (the setting), as the producer's box says them. "Slowed to 45.7
 * messages/s" beside the box's "52/s · wants 70/s" and the belt's "≈ 33/s" read as three rates
 * of one thing. The wanted rate is left out when triggers scale it, which this readout cannot see.
 */
function slowedWords(engine: SimReadout): string {
  const set = `slowed by the signal, set to send ${formatNumber(engine.rateCap)}/s now`;
  const { workload, triggers } = engine.scenario;
  if (triggers.length > 0) return set;
  const wants = rateSegmentAt(workload.pattern, engine.now, { ratePerSec: 0, end: 0 }).ratePerSec;
  return wants > engine.rateCap ? `${set} (it wants ${formatNumber(wants)}/s)` : set;
}

/**
 * A short sentence for the screen-reader announcement, in the cards' words and numbers: the share
 * lost is the "Lost so far" card's (messages replaced by a newer one with their key not counted),
 * and after a change to the running scenario (`changedAtMs`, with `summary` counting from it) it is
 * the share since that change, as the cards show it.
 */
export function statusSentence(
  summary: Summary,
  scenario: Scenario,
  engine: SimReadout,
  consumer: ConsumerState = UP,
  /** As liveNumbers takes it: when the numbers count from the reader's change, and what was in then. */
  change: { atMs: number; carriedIn: number } | null = null,
): string {
  const capacity = scenario.queue.capacity;
  const depth = `${summary.queueDepth.now}${capacity === null ? '' : ` of ${capacity}`} waiting`;
  const lostCount = summary.dropped.total - summary.dropped.conflated;
  // The Lost card's share: since a change, of those made since and those in the system at it.
  const atStake = summary.produced + (change === null ? 0 : change.carriedIn);
  const lost = atStake > 0 ? Math.min(1, lostCount / atStake) : 0;
  const since = change === null ? 'so far' : 'since your change';
  const workers = consumer.crashed
    ? `${downWho(summary)}, ${restartingIn(summary, consumer)}`
    : workersWords(summary.workers.now, summary.workers.starting);
  // As the slowest-1% card leads with it: nothing delivered for a while.
  const stall = deliveryStall(engine.series, summary);
  const stalled = stall === null ? '' : `, nothing delivered for ${stallTime(stall)}`;
  return `At ${formatMs(summary.timeMs)}: ${depth}${stalled}, ${formatShare(lost)} lost ${since}, ${workers}, producer ${producerStatus(engine)}.`;
}

/**
 * The live region's sentence for the store's live numbers: what the cards show (since the reader's
 * last change, once there is one), paused or not.
 */
export function announcement(
  live: { summary: Summary; sinceChange: SinceChange | null },
  scenario: Scenario,
  engine: SimReadout & ConsumerState,
  playing: boolean,
): string {
  const since = live.sinceChange;
  const summary = since?.summary ?? live.summary;
  const words = statusSentence(summary, scenario, engine, engine, since);
  return `${playing ? '' : 'Paused. '}${words}`;
}
