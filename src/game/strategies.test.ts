/** Each strategy's trade-off, and that every strategy ends in time. */
import { describe, expect, it } from 'vitest';
import { Game } from './game.ts';
import { levelRate } from './levels.ts';
import { DEFAULT_RULES, GAME_STRATEGIES } from './rules.ts';
import type { GameStrategy } from './rules.ts';
import { playPerfectly, playSteadily } from './testing/bot.ts';
import type { GameEvent } from './types.ts';

const rules = DEFAULT_RULES;

function idleUntilOver(seed: number, strategy: GameStrategy): { game: Game; events: GameEvent[] } {
  const game = new Game(seed);
  game.setStrategy(strategy);
  const events: GameEvent[] = [];
  for (let i = 0; i < 10_000 && !game.isOver; i++) {
    game.advance(100);
    events.push(...game.drainEvents());
  }
  return { game, events };
}

/** By default a player who manages a block every 600 ms: enough at first, too slow from level 3. */
function steadyGame(seed: number, strategy: GameStrategy, untilMs: number, everyMs = 600): Game {
  const game = new Game(seed);
  game.setStrategy(strategy);
  playSteadily(game, { everyMs, untilMs });
  return game;
}

describe('keep everything (unbounded buffer)', () => {
  it('loses nothing, but memory climbs until the consumer runs out of it', () => {
    const { game, events } = idleUntilOver(1, 'unbounded');
    const view = game.view();
    expect(view.over?.reason).toBe('out-of-memory');
    expect(view.counts.dropped).toBe(0);
    expect(view.memoryBytes).toBeGreaterThan(rules.memoryBudgetBytes);
    // Memory only ever grew: nothing left the buffer.
    const arrived = events.filter((e) => e.kind === 'arrived').length;
    expect(view.counts.waiting).toBe(arrived);
    expect(events.at(-1)).toMatchObject({ kind: 'game-over', reason: 'out-of-memory' });
  });

  it('ends out of memory even when played, once the player falls behind', () => {
    const game = steadyGame(2, 'unbounded', 600_000);
    expect(game.view().over?.reason).toBe('out-of-memory');
    expect(game.view().counts.dropped).toBe(0);
    expect(game.view().counts.delivered).toBeGreaterThan(50);
  });
});

describe('drop the oldest', () => {
  it('caps memory by throwing away the oldest waiting blocks, each costing points', () => {
    const { game, events } = idleUntilOver(3, 'drop-oldest');
    const view = game.view();
    expect(view.over?.reason).toBe('too-many-drops');
    expect(view.peakMemoryBytes).toBeLessThanOrEqual(rules.boundedCapacityBytes);
    expect(view.counts.evicted).toBe(view.counts.dropped);
    expect(view.score.drops).toBe(view.counts.dropped * rules.scoring.perDrop);
    // Every eviction took a block older than any block left waiting.
    const waiting = new Set<number>();
    for (const e of events) {
      if (e.kind === 'arrived') waiting.add(e.block.id);
      if (e.kind === 'dropped') {
        expect(e.reason).toBe('evicted-oldest');
        expect(e.block.id).toBe(Math.min(...waiting));
        waiting.delete(e.block.id);
      }
    }
  });

  it('evicts at once when switched on over a buffer fuller than its capacity', () => {
    const game = new Game(4);
    game.advance(20_000);
    expect(game.view().memoryBytes).toBeGreaterThan(rules.boundedCapacityBytes);
    game.setStrategy('drop-oldest');
    expect(game.view().memoryBytes).toBeLessThanOrEqual(rules.boundedCapacityBytes);
    expect(game.view().counts.evicted).toBeGreaterThan(0);
  });
});

describe('reject new when full', () => {
  it('caps memory by turning new blocks away, so the waiting ones grow old', () => {
    const { game, events } = idleUntilOver(3, 'reject-new');
    const view = game.view();
    expect(view.over?.reason).toBe('too-many-drops');
    expect(view.peakMemoryBytes).toBeLessThanOrEqual(rules.boundedCapacityBytes);
    expect(view.counts.rejected).toBe(view.counts.dropped);
    // The first block is still there; every rejected block was newer than all that wait.
    expect(Math.min(...view.lanes.flat().map((b) => b.id))).toBe(0);
    const waiting = new Set<number>();
    for (const e of events) {
      if (e.kind === 'arrived') waiting.add(e.block.id);
      if (e.kind === 'dropped') {
        expect(e.block.id).toBe(Math.max(...waiting));
        waiting.delete(e.block.id);
      }
    }
  });

  it('keeps latency higher than drop-oldest for the same player and workload', () => {
    const seeds = [5, 6, 7, 8];
    for (const seed of seeds) {
      const oldest = steadyGame(seed, 'drop-oldest', 600_000).view();
      const newest = steadyGame(seed, 'reject-new', 600_000).view();
      expect(oldest.counts.dropped).toBeGreaterThan(0);
      expect(newest.counts.dropped).toBeGreaterThan(0);
      expect(newest.latency.meanMs).toBeGreaterThan(oldest.latency.meanMs);
      expect(newest.score.latency).toBeGreaterThan(oldest.score.latency);
    }
  });
});

describe('slow the producer down', () => {
  it('signals at the high watermark; the producer slows only when the signal lands', () => {
    const game = new Game(9);
    game.setStrategy('slow-producer');
    const { highWatermarkBytes, signalDelayMs, slowFactor } = rules.slowProducer;
    let sent: { at: number; memory: number } | null = null;
    let landed: { at: number; memory: number; rate: number; level: number } | null = null;
    while (!landed && game.now < 120_000) {
      game.advance(rules.tickMs);
      for (const e of game.drainEvents()) {
        const view = game.view();
        if (e.kind === 'signal-sent' && e.signal === 'slow') {
          sent = { at: e.at, memory: view.memoryBytes };
          expect(view.producer.slowed).toBe(false);
        }
        if (e.kind === 'signal-landed' && e.signal === 'slow')
          landed = { at: e.at, memory: view.memoryBytes, rate: view.ratePerSec, level: view.level };
      }
    }
    expect(sent!.memory).toBeGreaterThanOrEqual(highWatermarkBytes);
    expect(landed!.at - sent!.at).toBe(signalDelayMs);
    // While the signal travelled, blocks kept coming at full speed.
    expect(landed!.memory).toBeGreaterThan(sent!.memory);
    expect(landed!.rate).toBeCloseTo(levelRate(landed!.level, rules) * slowFactor, 10);
  });

  it('loses nothing and brings fewer blocks, each held back costing points, so it scores more slowly', () => {
    for (const seed of [11, 12]) {
      // A slower player, so the buffer reaches the high watermark early.
      const slow = steadyGame(seed, 'slow-producer', 50_000, 800).view();
      const all = steadyGame(seed, 'unbounded', 50_000, 800).view();
      expect(all.over).toBeNull();
      expect(slow.counts.dropped).toBe(0);
      expect(slow.counts.arrived).toBeLessThan(all.counts.arrived);
      expect(slow.counts.heldBack).toBeGreaterThan(0);
      expect(slow.score.heldBack).toBe(slow.counts.heldBack * rules.scoring.perHeldBack);
      expect(slow.score.total).toBeLessThan(all.score.total);
      // …but it survives longer.
      const slowEnd = steadyGame(seed, 'slow-producer', 900_000).view().over!;
      const allEnd = steadyGame(seed, 'unbounded', 900_000).view().over!;
      expect(slowEnd.reason).toBe('out-of-memory');
      expect(slowEnd.at).toBeGreaterThan(allEnd.at);
    }
  });

  it('tells the producer to resume below the low watermark, and when you switch away', () => {
    const game = new Game(13);
    game.setStrategy('slow-producer');
    while (!game.view().producer.slowed) game.advance(100);
    // Drain the buffer below the low watermark: the resume signal goes out.
    playSteadily(game, { everyMs: 60, untilMs: game.now + 20_000 });
    const kinds = game
      .drainEvents()
      .filter((e) => e.kind === 'signal-sent')
      .map((e) => (e.kind === 'signal-sent' ? e.signal : null));
    expect(kinds).toContain('resume');

    const other = new Game(13);
    other.setStrategy('slow-producer');
    while (!other.view().producer.slowed) other.advance(100);
    other.setStrategy('unbounded');
    expect(other.view().producer.signals).toEqual([
      { kind: 'resume', landsAt: other.now + rules.slowProducer.signalDelayMs },
    ]);
    other.advance(rules.slowProducer.signalDelayMs);
    expect(other.view().producer.slowed).toBe(false);
  });
});

describe('the helper consumer', () => {
  it('costs points at once, starts after a moment, takes the oldest blocks, then rests', () => {
    const game = new Game(14);
    game.advance(8000);
    const waitingBefore = game.view().counts.waiting;
    expect(waitingBefore).toBeGreaterThan(3);
    game.callHelper();
    expect(game.view().score.helpers).toBe(rules.scoring.perHelper);
    expect(game.view().helper.phase).toBe('starting');
    game.advance(rules.helper.startupMs - rules.tickMs);
    expect(game.view().counts.deliveredByHelper).toBe(0);
    game.advance(rules.tickMs);
    expect(game.view().helper.phase).toBe('working');
    const oldestId = Math.min(
      ...game
        .view()
        .lanes.flat()
        .map((b) => b.id),
    );
    expect(game.view().helper.inService?.block.id).toBe(Math.min(oldestId, 0));
    game.advance(rules.helper.workMs);
    expect(game.view().helper.phase).toBe('resting');
    expect(game.view().counts.deliveredByHelper).toBeGreaterThan(3);

    // Resting: a call is refused and costs nothing.
    game.drainEvents();
    game.callHelper();
    expect(game.drainEvents()).toEqual([
      { kind: 'helper-refused', at: game.now, phase: 'resting' },
    ]);
    expect(game.view().score.helpers).toBe(rules.scoring.perHelper);
    // Keep the game alive through the rest.
    playSteadily(game, { everyMs: 200, untilMs: game.now + rules.helper.cooldownMs });
    expect(game.isOver).toBe(false);
    expect(game.view().helper.phase).toBe('ready');
  });
});

describe('your presses', () => {
  it('process the oldest block of the pressed key, taking longer for bigger blocks', () => {
    const game = new Game(15);
    game.advance(6000);
    const view = game.view();
    const lane = view.lanes.findIndex((l) => l.length > 0);
    const block = view.lanes[lane]![0]!;
    game.consume(lane);
    const service = game.view().you.inService!;
    expect(service.block).toEqual(block);
    expect(service.endsAt - service.startedAt).toBe(
      (block.sizeBytes / 1000) * rules.serviceMsPerKB,
    );
    game.advance(service.endsAt - game.now);
    const delivered = game.drainEvents().find((e) => e.kind === 'delivered');
    expect(delivered).toMatchObject({ block, by: 'you', waitedMs: game.now - block.arrivedAt });
  });

  it('cost points and a moment when the column is empty', () => {
    const game = new Game(16);
    game.consume(2);
    expect(game.view().counts.emptyPresses).toBe(1);
    expect(game.view().score.total).toBe(-rules.scoring.perEmptyPress);
    expect(game.view().you.busyUntil).toBe(rules.emptyPollMs);
  });

  it('wait their turn while you are busy, up to the type-ahead, and are ignored beyond it', () => {
    const game = new Game(17);
    game.advance(10_000);
    game.drainEvents();
    for (let i = 0; i < rules.typeAhead + 3; i++) game.consume(i % 4);
    const view = game.view();
    expect(view.you.inService).not.toBeNull();
    expect(view.you.typeAhead.length).toBe(rules.typeAhead);
    expect(game.drainEvents().filter((e) => e.kind === 'press-ignored').length).toBe(2);
  });
});

describe('every strategy ends', () => {
  it.each(GAME_STRATEGIES)('%s: even a perfect player loses within ten minutes', (strategy) => {
    for (const callHelpers of [false, true]) {
      const game = new Game(21);
      game.setStrategy(strategy);
      playPerfectly(game, { untilMs: 600_000, callHelpers });
      const over = game.view().over;
      expect(over).not.toBeNull();
      const bounded = strategy === 'drop-oldest' || strategy === 'reject-new';
      expect(over!.reason).toBe(bounded ? 'too-many-drops' : 'out-of-memory');
      // …and lasts well past the first levels.
      expect(over!.at).toBeGreaterThan(90_000);
    }
  });
});
