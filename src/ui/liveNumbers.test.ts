import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { presetScenario } from '../sim/presets.ts';
import { formatMs, formatNumber, formatShare } from '../domain/format.ts';
import { formatRate } from '../domain/stageWords.ts';
import { stageNumbersFrom } from '../render/stageNumbers.ts';
import { CARD_TERMS, findTerms, glossaryEntry } from '../domain/glossary.ts';
import {
  liveNumbers,
  littleApart,
  littleWords,
  meanServiceMs,
  producerStatus,
  recentStopShare,
  sinceLastDelivery,
  deliveryStall,
  shownArrivalPerMs,
  stallTime,
  statusSentence,
  announcement,
} from './liveNumbers.ts';

function run(presetId: string, ms: number) {
  const scenario = presetScenario(presetId);
  const engine = createSimulation(scenario, { eventCapacity: 0 });
  engine.run(ms);
  return { scenario, engine, numbers: liveNumbers(engine.summary(), engine.series, scenario) };
}

describe('liveNumbers', () => {
  it('gives every number a label, a value, a detail line and a formula', () => {
    const { numbers } = run('drop-oldest', 5000);
    expect(numbers.map((n) => n.id)).toEqual([
      'delivered',
      'dropped',
      'p99',
      'depth',
      'utilisation',
      'little',
    ]);
    for (const n of numbers) {
      expect(n.label).not.toBe('');
      expect(n.value).not.toBe('');
      expect(n.detail).not.toBe('');
      expect(n.formula).not.toBe('');
    }
  });

  it('shows drops under drop-oldest and none under block', () => {
    expect(run('drop-oldest', 10_000).numbers.find((n) => n.id === 'dropped')?.raw).toBeGreaterThan(
      0,
    );
    expect(run('block', 10_000).numbers.find((n) => n.id === 'dropped')?.raw).toBe(0);
  });

  it('does not count a value replaced by a newer one of its key as lost, and says how many were', () => {
    const { engine, numbers } = run('latest-per-key', 10_000);
    const s = engine.summary();
    expect(s.dropped.conflated).toBeGreaterThan(0);
    const lost = numbers.find((n) => n.id === 'dropped')!;
    expect(lost.raw).toBeCloseTo((s.dropped.total - s.dropped.conflated) / s.produced, 10);
    expect(lost.detail).toMatch(/replaced by newer: \d/);
    expect(lost.formula).toContain(`Not counted: ${formatNumber(s.dropped.conflated, 6)} replaced`);
    // Drop-oldest replaces nothing: all its drops count, and the card says nothing of replacing.
    const other = run('drop-oldest', 5000);
    const card = other.numbers.find((n) => n.id === 'dropped')!;
    expect(card.raw).toBeCloseTo(
      other.engine.summary().dropped.total / other.engine.summary().produced,
      10,
    );
    expect(card.detail).not.toMatch(/replaced/);
  });

  it('leads with the run so far, and shows the last second second', () => {
    // No backpressure crashes out of memory within ten seconds, losing everything it held.
    const scenario = presetScenario('no-backpressure');
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    engine.run(12_000);
    const summary = engine.summary();
    expect(summary.dropped.total).toBeGreaterThan(0);
    const block = presetScenario('block');
    engine.reconfigure({ ...scenario, queue: block.queue });
    engine.run(5_000);
    const lost = liveNumbers(engine.summary(), engine.series, engine.scenario).find(
      (n) => n.id === 'dropped',
    );
    // The headline is the run's loss, which a quiet second does not wipe out...
    const share = engine.summary().dropped.total / engine.summary().produced;
    expect(lost?.label).toBe('Lost so far');
    expect(lost?.raw).toBeCloseTo(share, 12);
    expect(lost?.value).not.toBe('0');
    // With the count, as the stage's Lost box says it.
    const count = engine.summary().dropped.total;
    expect(lost?.value).toBe(`${formatNumber(count, 6)} (${formatShare(share)})`);
    // ...and the second line is the last second, in which blocking lost nothing.
    expect(lost?.detail).toBe('last second: 0%');
    expect(lost?.formula).toMatch(/^Lost ÷ made: [\d,]+ of [\d,]+ messages/);
  });

  it('writes the delivered rate as the stage’s Done box does, at the same moment', () => {
    for (const id of ['block', 'no-backpressure']) {
      for (const ms of [3_000, 8_700]) {
        const { engine, scenario } = run(id, ms);
        const card = liveNumbers(engine.summary(), engine.series, scenario).find(
          (n) => n.id === 'delivered',
        )!;
        const stage = stageNumbersFrom(
          engine.summary(),
          engine.series,
          scenario.metrics.sampleIntervalMs,
          engine,
        );
        expect(card.detail, `${id} at ${ms} ms`).toMatch(
          new RegExp(`^last second: ${formatRate(stage.deliveredPerSec).replace('/', '\\/')}`),
        );
      }
    }
  });

  it('says what the slowest 1% took in plain words', () => {
    // "over 2.98 s" read oddly; "2.98 s or longer" did not fit a phone's card: the time alone.
    const { numbers } = run('block', 5000);
    const p99 = numbers.find((n) => n.id === 'p99')!;
    expect(p99.value).toMatch(/^[\d.,]+ (ms|s)$/);
    expect(p99.detail).toMatch(/^last second: [\d.,]+ (ms|s)$/);
  });

  it('never shows a loss that happened as 0.0%', () => {
    // The reader's case under Add consumers: 1 lost of 3,961 read "0.0%" on the card.
    const { engine, scenario } = run('block', 2_000);
    const summary = engine.summary();
    const oneLost = {
      ...summary,
      produced: 3961,
      dropped: { ...summary.dropped, total: 1, rejected: 1 },
    };
    const lost = liveNumbers(oneLost, engine.series, scenario).find((n) => n.id === 'dropped')!;
    expect(lost.value).toBe('1 (<0.1%)');
    expect(statusSentence(oneLost, scenario, engine)).toContain('<0.1% lost so far');
  });

  it('says the consumer is down and when it comes back, rather than 0% busy', () => {
    const scenario = presetScenario('no-backpressure');
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    while (!engine.crashed && engine.now < 30_000) engine.run(50);
    expect(engine.crashed).toBe(true);
    const restartIn = (engine.restartAt - engine.summary().timeMs) / 1000;
    expect(restartIn).toBeGreaterThan(0);
    const numbers = liveNumbers(engine.summary(), engine.series, scenario, engine);
    const busy = numbers.find((n) => n.id === 'utilisation');
    expect(busy?.value).toBe('Down');
    expect(busy?.detail).toBe(`restarting in ${formatNumber(restartIn, 2)} s`);
    expect(numbers.find((n) => n.id === 'p99')?.detail).toBe('last second: consumer down');
    expect(statusSentence(engine.summary(), scenario, engine, engine)).toContain(
      `consumer down, restarting in ${formatNumber(restartIn, 2)} s`,
    );
    // Without the consumer's state the same moment reads as an ordinary one.
    expect(liveNumbers(engine.summary(), engine.series, scenario)[4]?.value).toMatch(/%$/);
  });

  it('counts a crash’s losses in the last second at once, before the series has sampled them', () => {
    // A run paused on its crash read "Lost so far 200 (35%), last second: 0%" (try 14).
    const scenario = presetScenario('no-backpressure');
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    while (!engine.crashed && engine.now < 30_000) engine.run(5);
    expect(engine.crashed).toBe(true);
    const summary = engine.summary();
    const sampled = engine.series.read('droppedTotal').at(-1)!;
    // The crash came after the last sample.
    expect(summary.dropped.total).toBeGreaterThan(sampled);
    const lost = liveNumbers(summary, engine.series, scenario, engine).find(
      (n) => n.id === 'dropped',
    )!;
    const share = Number(/last second: (\d+)%/.exec(lost.detail)?.[1]);
    expect(share, lost.detail).toBeGreaterThan(50);
  });

  it('says why fewer than one attempt a message can be made under a circuit breaker', () => {
    // "0.79 attempts per message" read as impossible: messages the open breaker failed fast were
    // never sent (try 14).
    const { engine, numbers } = run('metastable-with-circuit-breaker', 12_000);
    const summary = engine.summary();
    expect(summary.dropped['circuit-open']).toBeGreaterThan(0);
    expect(summary.attemptsPerMessage).toBeLessThan(1);
    const delivered = numbers.find((n) => n.id === 'delivered')!;
    expect(delivered.formula).toMatch(
      /attempts per message \(one the open circuit breaker failed fast made none\)/,
    );
    // Without a breaker, no such words.
    const storm = run('metastable-retry-storm', 12_000).numbers.find((n) => n.id === 'delivered')!;
    expect(storm.formula).toMatch(/attempts per message, at most/);
  });

  it('speaks of who is waiting for a delivery only where senders can give up', () => {
    const plain = run('block', 2000).numbers.find((n) => n.id === 'delivered');
    expect(plain?.formula).toBe(
      'Throughput: messages fully processed since the start; the rate is per simulated second.',
    );
    const storm = run('metastable-retry-storm', 15_000).numbers.find((n) => n.id === 'delivered');
    expect(storm?.formula).toMatch(/^Throughput: .* whose sender was still waiting for them;/);
  });

  it('puts plain words first and keeps the symbols for the formula', () => {
    const { numbers } = run('block', 5000);
    const byId = new Map(numbers.map((n) => [n.id, n]));
    expect(byId.get('utilisation')?.label).toBe('How busy the consumers are');
    expect(byId.get('utilisation')?.formula).toMatch(/ρ.*λ\/cμ/);
    expect(byId.get('p99')?.label).toBe('Slowest 1% of deliveries');
    expect(byId.get('little')?.formula).toMatch(/L = λW/);
    for (const n of numbers) expect(`${n.label} ${n.value}`).not.toMatch(/[ρλμ]|p99/);
  });

  it('names the measured average and the law’s prediction apart, and says why they differ', () => {
    // The reader's case: 76.2 over "73.3/s × 952 ms = 69.8" read as a sum the card got wrong.
    const { numbers, engine, scenario } = run('no-backpressure', 5000);
    const { L, meanTimeInSystemMs } = engine.summary().littlesLaw;
    // The rate it multiplies by: the count's, or the setting the count is within chance of.
    const lambdaPerMs = shownArrivalPerMs(engine.summary(), scenario);
    const lambdaW = lambdaPerMs * meanTimeInSystemMs;
    expect(Math.abs(L - lambdaW)).toBeGreaterThan(1);
    const little = numbers.find((n) => n.id === 'little');
    expect(little?.value).toBe(formatNumber(L, 3));
    // Plain words under it, the law's three numbers named: the rate, the time each stays, and
    // about how many that makes; no symbol, nothing saying the two are equal.
    const words = little?.detail ?? '';
    const parts = /^([\d.,]+)\/s arrive × ([\d.,]+) (ms|s) each ≈ ([\d.,]+)(;|$)/.exec(words);
    expect(parts, words).not.toBeNull();
    const [rate, time, unit, made] = [Number(parts![1]), Number(parts![2]), parts![3], parts![4]];
    expect(rate).toBeCloseTo(lambdaPerMs * 1000, 0);
    expect(time * (unit === 's' ? 1000 : 1)).toBeCloseTo(meanTimeInSystemMs, -1);
    expect(made).toBe(formatNumber(lambdaW, 3));
    // The numbers shown multiply to the one after "≈" (within their rounding).
    expect((rate * time * (unit === 's' ? 1 : 0.001)) / Number(made)).toBeCloseTo(1, 2);
    expect(`${little?.value} ${words}`).not.toMatch(/=|[λρμ]|Little/);
    expect(little?.formula).toContain(`measured at ${formatNumber(L, 3)} messages`);
    expect(little?.formula).toContain(`predicts ${formatNumber(lambdaW, 3)}`);
    expect(little?.formula).toMatch(/still inside count in the measured average, but not yet in W/);
  });

  it('says on the card why the two part when they part by much', () => {
    // The reader's case: "531" over "348/s arrive × 1.06 s each ≈ 369", the reason only on hover.
    expect(littleWords(0.348, 1060, 369, 531)).toBe(
      '348/s arrive × 1.06 s each ≈ 369; not steady yet: the queue built up',
    );
    expect(littleApart(531, 369)).toBe('not steady yet: the queue built up');
    expect(littleApart(20, 60)).toBe('not steady yet: the queue drained');
    // Counted from a change, what was inside at it is the reason, whichever way they part.
    expect(littleApart(9.74, 0.7, true)).toBe('not steady yet since your change');
    // Close, or apart by less than a message: nothing added.
    expect(littleWords(0.07, 390, 27.3, 29)).toBe('70/s arrive × 390 ms each ≈ 27.3');
    expect(littleApart(0.5, 0.3)).toBeNull();
    // The reader's run: a storm fills the queue in the last few seconds of ten.
    const { numbers, engine } = run('metastable-retry-storm', 10_050);
    const { L, lambdaW } = engine.summary().littlesLaw;
    expect(L).toBeGreaterThan(1.2 * lambdaW);
    expect(numbers.find((n) => n.id === 'little')?.detail).toMatch(
      /; not steady yet: the queue built up$/,
    );
  });

  it('says the law has no time yet to give before any message has left', () => {
    expect(littleWords(0.07, Number.NaN, 0)).toBe('none through yet to time');
    expect(littleWords(0.07, 390, 27.3)).toBe('70/s arrive × 390 ms each ≈ 27.3');
    expect(littleWords(0.082, 1200, 98.4)).toBe('82/s arrive × 1.2 s each ≈ 98.4');
  });

  it('shows the queue against its capacity', () => {
    const depth = run('drop-oldest', 10_000).numbers.find((n) => n.id === 'depth');
    expect(depth?.value).toMatch(/of 20$/);
  });

  it('says there is no latency before anything is delivered', () => {
    const { numbers } = run('drop-oldest', 0);
    expect(numbers.find((n) => n.id === 'p99')?.value).toBe('none yet');
    expect(numbers.find((n) => n.id === 'p99')?.detail).toBe('last second: none delivered');
  });
});

describe('meanServiceMs', () => {
  it('takes the middle of a uniform time', () => {
    expect(meanServiceMs(presetScenario('go-channel'))).toBe(10);
  });
});

describe('producerStatus and statusSentence', () => {
  it('says when the producer is blocked', () => {
    const { engine, scenario } = run('block', 10_000);
    // Under this overload the producer is blocked part of the time: find a second when it was.
    let words = '';
    for (let i = 0; i < 500 && !words.startsWith('blocked'); i++) {
      engine.run(10);
      words = producerStatus(engine);
    }
    expect(words).toMatch(/^blocked(, queue full| \d+(\.\d+)?% of the last second)$/);
    expect(statusSentence(engine.summary(), scenario, engine)).toMatch(/of 20 waiting/);
  });

  it('follows the last second, not the producer’s state at one instant', () => {
    // At one instant it flipped between running and blocked ten times a second.
    for (const id of ['block', 'credit-window']) {
      const { engine } = run(id, 5000);
      for (let i = 0; i < 300; i++) {
        engine.run(10);
        const share = recentStopShare(engine);
        const words = producerStatus(engine);
        const firm = words === 'blocked, queue full' || words === 'no credit, waiting for more';
        if (firm) expect(share, `${id} at ${engine.now}`).toBeGreaterThanOrEqual(0.7);
        if (share >= 0.06 && share < 0.7) expect(words, id).toMatch(/% of the last second$/);
        if (share < 0.06) expect(words, id).not.toMatch(/blocked|credit/);
      }
    }
  });
});

describe('the producer’s rates, each named for what it is', () => {
  it('says a slowed producer’s rate is the one it is set to send now, and the one it wants', () => {
    const scenario = presetScenario('slow-down-signal');
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    let status = producerStatus(engine);
    for (let i = 0; i < 300 && !Number.isFinite(engine.rateCap); i++) {
      engine.run(50);
      status = producerStatus(engine);
    }
    expect(Number.isFinite(engine.rateCap)).toBe(true);
    const wants =
      scenario.workload.pattern.kind === 'steady' ? scenario.workload.pattern.ratePerSec : 0;
    expect(status).toBe(
      `slowed by the signal, set to send ${formatNumber(engine.rateCap)}/s now (it wants ${formatNumber(wants)}/s)`,
    );
  });

  it('names the rate in Little’s law as the rate taken in over the run', () => {
    // Block the producer takes in fewer than the producer is set to make: the count's rate.
    const { numbers, engine, scenario } = run('block', 5000);
    const perSec = engine.summary().littlesLaw.lambdaPerMs * 1000;
    expect(shownArrivalPerMs(engine.summary(), scenario)).toBe(perSec / 1000);
    expect(numbers.find((n) => n.id === 'little')?.formula).toContain(
      `the rate taken into the queue over the run (λ, ${formatNumber(perSec)}/s)`,
    );
    expect(numbers.find((n) => n.id === 'little')?.detail).toMatch(
      new RegExp(`^${formatNumber(perSec)}/s arrive`),
    );
  });

  it('gives the producer’s setting as the arrival rate when the count is within chance of it', () => {
    // Try 9: at 0.15 s a producer set to 70/s had made 18, and the card read "120/s arrive".
    const first = run('no-backpressure', 150);
    const early = first.engine.summary();
    expect(formatNumber(early.littlesLaw.lambdaPerMs * 1000)).toBe('120');
    const card = first.numbers.find((n) => n.id === 'little')!;
    expect(card.detail).toMatch(/^70\/s arrive × /);
    expect(card.formula).toContain('The rate is the producer’s setting: the 18 taken in (120/s)');
    // …and at the maximum, 10,000/s, the card read "10,100/s arrive", more than it can be set to.
    const base = presetScenario('drop-oldest');
    const engine = createSimulation(base, { eventCapacity: 0 });
    engine.run(2_000);
    engine.reconfigure({
      ...base,
      workload: { ...base.workload, pattern: { kind: 'steady', ratePerSec: 10_000 } },
      consumers: { ...base.consumers, service: { kind: 'exponential', meanMs: 1_000 } },
    });
    let strayed = false;
    for (let i = 0; i < 40 && !strayed; i++) {
      engine.run(50);
      const since = engine.summarySinceChange()!;
      const counted = formatNumber(since.summary.littlesLaw.lambdaPerMs * 1000);
      if (counted === '10,000') continue;
      strayed = true;
      const little = liveNumbers(since.summary, engine.series, engine.scenario, engine, since).find(
        (n) => n.id === 'little',
      )!;
      expect(little.detail, counted).toMatch(/^10,000\/s arrive × /);
      // The law still adds up: the numbers shown multiply to the one after "≈".
      const parts = /^([\d.,]+)\/s arrive × ([\d.,]+) (ms|s) each ≈ ([\d.,]+)/.exec(little.detail)!;
      const [rate, time, unit, made] = [
        Number(parts[1]!.replace(/,/g, '')),
        Number(parts[2]),
        parts[3],
        Number(parts[4]!.replace(/,/g, '')),
      ];
      expect((rate * time * (unit === 's' ? 1 : 0.001)) / made).toBeCloseTo(1, 1);
    }
    expect(strayed).toBe(true);
  });
});

describe('live numbers with requesters and a held-back producer', () => {
  it('show the wasted work and the held-back demand only when there are some', () => {
    const storm = createSimulation(presetScenario('metastable-retry-storm'), { eventCapacity: 0 });
    storm.run(15_000);
    const [delivered] = liveNumbers(storm.summary(), storm.series, storm.scenario);
    expect(delivered?.detail).toMatch(/\/s wasted$/);
    expect(delivered?.formula).toMatch(/processed after their requester gave up/);
    const block = createSimulation(presetScenario('block'), { eventCapacity: 0 });
    block.run(15_000);
    const numbers = liveNumbers(block.summary(), block.series, block.scenario);
    expect(numbers[0]?.detail).not.toMatch(/wasted/);
    expect(numbers[1]?.formula).toMatch(/wanted to send and was held back from/);
  });
});

describe('each card’s “?”', () => {
  it('opens the glossary at the entry the card is about, named by its title or its formula', () => {
    const { numbers } = run('drop-oldest', 5000);
    for (const card of numbers) {
      const id = CARD_TERMS[card.id];
      expect(glossaryEntry(id ?? ''), card.id).toBeDefined();
      // The formula leads with the card's term ("Queue depth: …", "Lost ÷ made: …").
      const lead = card.formula.split(':')[0] ?? '';
      const named = findTerms(`${card.label}. ${lead}`).map((u) => u.id);
      expect(named, `${card.label} → ${id}`).toContain(id);
    }
    // The reader's case: "Lost so far" once opened "Load shedding and priorities".
    expect(glossaryEntry(CARD_TERMS.dropped ?? '')?.term).toBe('Lost messages');
  });
});

describe('the Lost card since a change', () => {
  it('counts what was in the system at the change, so a crash after it never reads over 100%', () => {
    // A reader set the producer to 10,000/s and read "Lost ÷ made: 31,630 of 31,621 messages": the
    // crash after their change also lost messages made before it.
    const base = presetScenario('no-backpressure');
    const engine = createSimulation(base, { eventCapacity: 0 });
    engine.run(3_000);
    engine.reconfigure({
      ...base,
      workload: { ...base.workload, pattern: { kind: 'steady', ratePerSec: 10_000 } },
    });
    const waitingAtChange = engine.summary().waiting;
    expect(waitingAtChange).toBeGreaterThan(50);
    engine.run(engine.summary().timeMs + 2_000);
    const since = engine.summarySinceChange()!;
    expect(since.summary.crashes).toBeGreaterThan(0);
    expect(since.carriedIn).toBeGreaterThanOrEqual(waitingAtChange);
    const lost = since.summary.dropped.total - since.summary.dropped.conflated;
    // The window lost more than it made (the case the reader met), yet no more than it had at stake.
    expect(lost).toBeGreaterThan(since.summary.produced);
    expect(lost).toBeLessThanOrEqual(since.summary.produced + since.carriedIn);
    const card = liveNumbers(since.summary, engine.series, engine.scenario, undefined, since).find(
      (n) => n.id === 'dropped',
    )!;
    expect(card.raw).toBeLessThanOrEqual(1);
    expect(card.formula).toContain(
      `of ${formatNumber(since.summary.produced + since.carriedIn, 6)} messages`,
    );
    expect(card.formula).toContain('already in the system at it');
  });
});

describe('the screen reader’s announcement', () => {
  it('speaks the numbers the cards show: since the reader’s change, once there is one', () => {
    // No backpressure loses everything it held in its crash; then the reader turns on blocking,
    // which loses nothing: the cards count from that change, and so does the sentence.
    const scenario = presetScenario('no-backpressure');
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    engine.run(12_000);
    expect(engine.summary().dropped.total).toBeGreaterThan(0);
    engine.reconfigure({ ...scenario, queue: presetScenario('block').queue });
    engine.run(5_000);
    const since = engine.summarySinceChange()!;
    const live = { summary: engine.summary(), sinceChange: since };
    const card = liveNumbers(since.summary, engine.series, engine.scenario, engine, since).find(
      (n) => n.id === 'dropped',
    )!;
    const said = announcement(live, engine.scenario, engine, true);
    expect(said).toContain(`${formatShare(card.raw)} lost since your change`);
    const whole = engine.summary().dropped.total / engine.summary().produced;
    expect(formatShare(whole)).not.toBe(formatShare(card.raw));
    expect(said).not.toContain(`${formatShare(whole)} lost`);
    // Before any change, the run so far, and paused it says so first.
    const before = run('no-backpressure', 12_000).engine;
    const first = announcement(
      { summary: before.summary(), sinceChange: null },
      scenario,
      before,
      false,
    );
    const share = before.summary().dropped.total / before.summary().produced;
    expect(first).toMatch(/^Paused\. At /);
    expect(first).toContain(`${formatShare(share)} lost so far`);
  });

  it('counts as the “Lost so far” card does: a replaced message is not lost', () => {
    const { engine, scenario } = run('latest-per-key', 8_000);
    const summary = engine.summary();
    expect(summary.dropped.conflated).toBeGreaterThan(0);
    const card = liveNumbers(summary, engine.series, scenario).find((n) => n.id === 'dropped')!;
    expect(statusSentence(summary, scenario, engine)).toContain(
      `${formatShare(card.raw)} lost so far`,
    );
  });
});

describe('the slowest-1% card when nothing is delivered', () => {
  it('says for how long, so the deliveries’ old time does not pass for today’s', () => {
    // A reader at 18 s of the retry storm read "Slowest 1% of deliveries: 107 ms" over a jammed well
    // that had delivered nothing for seconds.
    // Try 9: the sub-line did not outweigh a headline reading as fast; the headline says it now.
    const { engine, numbers, scenario } = run('metastable-retry-storm', 18_000);
    const card = numbers.find((n) => n.id === 'p99')!;
    const summary = engine.summary();
    const gap = sinceLastDelivery(engine.series, summary.timeMs);
    expect(gap).toBeGreaterThan(5_000);
    expect(deliveryStall(engine.series, summary)).toBe(gap);
    expect(card.value).toBe(`none for ${stallTime(gap)}`);
    expect(card.value).not.toMatch(/^[\d.]+ m?s$/);
    // The old deliveries' time follows, named as theirs, and the "?" help says the same.
    expect(card.detail).toBe(`before that: ${formatMs(summary.latencyMs.p99)}`);
    expect(card.formula).toMatch(/^p99 latency: /);
    expect(card.formula).toContain(
      `Nothing has been delivered for ${stallTime(gap)}: ${formatMs(summary.latencyMs.p99)} is the slowest 1% of the deliveries before that`,
    );
    // The glossary's entry, which the card's "?" opens, says what the card does then.
    expect(glossaryEntry(CARD_TERMS.p99 ?? '')?.definition).toMatch(
      /nothing has been delivered for a while, the “Slowest 1% of deliveries” card leads with how long/,
    );
    // The screen reader hears it too.
    expect(statusSentence(summary, scenario, engine)).toContain(
      `nothing delivered for ${stallTime(gap)}`,
    );
    // Delivering, the card keeps its time and its last second, and the sentence says nothing of it.
    const steady = run('drop-oldest', 10_000);
    const steadyCard = steady.numbers.find((n) => n.id === 'p99')!;
    expect(steadyCard.value).toBe(formatMs(steady.engine.summary().latencyMs.p99));
    expect(steadyCard.detail).toMatch(/^last second: \d/);
    expect(statusSentence(steady.engine.summary(), steady.scenario, steady.engine)).not.toMatch(
      /nothing delivered/,
    );
  });

  it('says how long in words short enough for a phone’s card', () => {
    expect(stallTime(2_000)).toBe('2 s');
    expect(stallTime(16_500)).toBe('16 s');
    expect(stallTime(99_900)).toBe('99 s');
    expect(stallTime(130_000)).toBe('2 min');
  });

  it('says so when the deliveries it counts since a change were processed at the old setting', () => {
    // Try 9: every slider at its maximum, processing time set last (avg 1 s), and the card read
    // "Slowest 1% of deliveries 24.3 ms": the deliveries since the change had all begun before it.
    const base = presetScenario('no-backpressure');
    const engine = createSimulation(base, { eventCapacity: 0 });
    engine.run(3_000);
    const fast = {
      ...base,
      workload: { ...base.workload, pattern: { kind: 'steady' as const, ratePerSec: 10_000 } },
      consumers: { ...base.consumers, count: 100 },
    };
    engine.reconfigure(fast);
    engine.run(20);
    expect(engine.summary().crashes).toBe(0);
    const slow = {
      ...fast,
      consumers: { ...fast.consumers, service: { kind: 'exponential' as const, meanMs: 1_000 } },
    };
    engine.reconfigure(slow);
    engine.run(100);
    const since = engine.summarySinceChange()!;
    expect(since.summary.delivered).toBeGreaterThan(1);
    expect(since.summary.latencyMs.p99).toBeLessThan(1_000);
    expect(since.begunBefore).toBe(since.summary.delivered);
    const card = liveNumbers(since.summary, engine.series, engine.scenario, engine, since).find(
      (n) => n.id === 'p99',
    )!;
    expect(card.value).toBe(formatMs(since.summary.latencyMs.p99));
    expect(card.detail).toBe(
      `all ${formatNumber(since.summary.delivered, 6)} begun before your change`,
    );
    expect(card.formula).toContain('were already being processed at it, at the setting before it');
    // One of them: "1 was", not "1 were" (try 14).
    const one = liveNumbers(since.summary, engine.series, engine.scenario, engine, {
      ...since,
      begunBefore: 1,
    }).find((n) => n.id === 'p99')!;
    expect(one.formula).toContain(', 1 was already being processed at it');
    // When crashes lose every message that takes long, only the quickest are timed: it says so.
    // (The reader's order: rate and workers first, so the consumer is crashing when processing
    // is set to 1 s; the few delivered after it were begun after it, and lucky.)
    const lucky = createSimulation(base, { eventCapacity: 0 });
    lucky.run(3_000);
    lucky.reconfigure(fast);
    lucky.run(1_000);
    lucky.reconfigure(slow);
    let quick: ReturnType<typeof lucky.summarySinceChange> = null;
    for (let i = 0; i < 100 && quick === null; i++) {
      lucky.run(100);
      const s = lucky.summarySinceChange()!;
      if (s.summary.delivered > 0) quick = s;
    }
    expect(quick!.summary.crashes).toBeGreaterThan(0);
    expect(quick!.begunBefore).toBe(0);
    expect(quick!.summary.latencyMs.p99).toBeLessThan(1_000);
    const luckyCard = liveNumbers(quick!.summary, lucky.series, lucky.scenario, lucky, quick).find(
      (n) => n.id === 'p99',
    )!;
    expect(luckyCard.detail).toMatch(
      /^only the (quickest one|[\d,]+ quickest); crashes lost the rest$/,
    );
    expect(luckyCard.formula).toContain('A crash loses the messages being processed');
    // The engine counts only what began before the last change.
    engine.run(3_000);
    const later = engine.summarySinceChange()!;
    expect(later.begunBefore).toBe(since.begunBefore);
  });
});

describe('the busy card while a consumer warms up', () => {
  it('says how many work and how many still warm up, not "2 workers" with one idle', () => {
    const scenario = presetScenario('add-consumers');
    const engine = createSimulation(scenario, { eventCapacity: 0 });
    const busy = () =>
      liveNumbers(engine.summary(), engine.series, scenario).find((n) => n.id === 'utilisation')!;
    let warming = 0;
    let warm = 0;
    for (let t = 50; t <= 20_000; t += 50) {
      engine.advanceTo(t);
      const { now, starting } = engine.summary().workers;
      if (starting > 0) {
        warming++;
        expect(busy().detail, `at ${t} ms`).toContain(
          `${now - starting} working, ${starting} warming up`,
        );
      } else if (now > 1) {
        warm++;
        expect(busy().detail, `at ${t} ms`).toContain(`${now} workers`);
      }
    }
    expect(warming).toBeGreaterThan(0);
    expect(warm).toBeGreaterThan(0);
  });
});
