/** The game as a function of (seed, timed inputs): determinism, replay, slicing, bad input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Game, replayGame } from './game.ts';
import { GAME_STRATEGIES } from './rules.ts';
import { playSteadily } from './testing/bot.ts';
import type { Block, GameAction } from './types.ts';

/** Blocks in the order they arrived, from the events. */
function arrivalsOf(game: Game): Block[] {
  return game.drainEvents().flatMap((e) => (e.kind === 'arrived' ? [e.block] : []));
}

const actionArb: fc.Arbitrary<GameAction> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.integer({ min: 0, max: 3 }).map((lane) => ({ type: 'consume', lane }) as const),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...GAME_STRATEGIES)
      .map((strategy) => ({ type: 'set-strategy', strategy }) as const),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'call-helper' } as const) },
);

/** A session as a screen would drive it: frames of varying length, with actions between them. */
const sessionArb = fc.record({
  seed: fc.integer({ min: 0, max: 0xffff_ffff }),
  steps: fc.array(
    fc.record({ dtMs: fc.double({ min: 0, max: 900, noNaN: true }), action: fc.option(actionArb) }),
    { minLength: 1, maxLength: 200 },
  ),
});

function playSession(seed: number, steps: { dtMs: number; action: GameAction | null }[]): Game {
  const game = new Game(seed);
  for (const { dtMs, action } of steps) {
    game.advance(dtMs);
    if (action) game.dispatch(action);
  }
  return game;
}

describe('Game', () => {
  it('gives the same state and score for the same seed and inputs', () => {
    const play = () => {
      const game = new Game(42);
      game.setStrategy('drop-oldest');
      playSteadily(game, { everyMs: 350, untilMs: 60_000 });
      game.setStrategy('slow-producer');
      game.callHelper();
      playSteadily(game, { everyMs: 300, untilMs: 120_000 });
      return game;
    };
    const a = play();
    const b = play();
    expect(b.view()).toEqual(a.view());
    expect(b.inputs).toEqual(a.inputs);
    expect(a.view().counts.delivered).toBeGreaterThan(50);
  });

  it('gives a different game for a different seed', () => {
    const first = (seed: number) => {
      const game = new Game(seed);
      game.advance(20_000);
      return arrivalsOf(game).slice(0, 12);
    };
    const a = first(1);
    const b = first(2);
    expect(a.length).toBe(12);
    expect(b.map((x) => [x.lane, x.sizeBytes, x.arrivedAt])).not.toEqual(
      a.map((x) => [x.lane, x.sizeBytes, x.arrivedAt]),
    );
  });

  it('brings the same blocks in the same order whatever the player does', () => {
    const idle = new Game(9);
    idle.advance(10_000);
    const busy = new Game(9);
    busy.setStrategy('reject-new');
    busy.consume(0);
    busy.advance(3000);
    busy.consume(1);
    busy.consume(2);
    busy.advance(7000);
    expect(arrivalsOf(busy)).toEqual(arrivalsOf(idle));
  });

  it('does not depend on how time is sliced', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { minLength: 1, maxLength: 300 }),
        (seed, slices) => {
          const sliced = new Game(seed);
          for (const dt of slices) sliced.advance(dt);
          const whole = new Game(seed);
          whole.advanceTo(sliced.now);
          expect(whole.view()).toEqual(sliced.view());
        },
      ),
      { numRuns: 60 },
    );
  });

  it('replays a recorded game exactly from its seed and inputs', () => {
    fc.assert(
      fc.property(sessionArb, ({ seed, steps }) => {
        const live = playSession(seed, steps);
        const again = replayGame(seed, live.inputs, live.now);
        expect(again.view()).toEqual(live.view());
      }),
      { numRuns: 80 },
    );
  });

  it('records every action with the simulated time it was taken at', () => {
    const game = new Game(3);
    game.advance(1234);
    game.consume(2);
    game.setStrategy('reject-new');
    expect(game.inputs).toEqual([
      { atMs: 1230, action: { type: 'consume', lane: 2 } },
      { atMs: 1230, action: { type: 'set-strategy', strategy: 'reject-new' } },
    ]);
  });

  it('ignores actions once the game is over and keeps its final state', () => {
    const game = new Game(5);
    game.advance(600_000);
    expect(game.isOver).toBe(true);
    const final = game.view();
    const inputs = game.inputs.length;
    game.consume(0);
    game.callHelper();
    game.setStrategy('drop-oldest');
    game.advance(10_000);
    expect(game.view()).toEqual(final);
    expect(game.inputs.length).toBe(inputs);
  });

  it('refuses bad input with a clear message and keeps its state', () => {
    const game = new Game(8);
    game.advance(5000);
    const before = game.view();
    expect(() => game.advance(-1)).toThrow(/forward only/);
    expect(() => game.advance(Number.NaN)).toThrow(RangeError);
    expect(() => game.advanceTo(10)).toThrow(/back in time/);
    expect(() => game.consume(4)).toThrow(/no lane 4/);
    expect(() => game.consume(1.5)).toThrow(RangeError);
    expect(() => game.setStrategy('panic' as never)).toThrow(/Unknown strategy/);
    expect(game.view()).toEqual(before);
    expect(game.inputs).toEqual([]);
    expect(() => new Game(-1)).toThrow(/whole number from 0/);
    expect(() => new Game(2 ** 32)).toThrow(RangeError);
  });

  it('keeps at most a bounded backlog of events for a reader that never drains them', () => {
    const game = new Game(11);
    game.setStrategy('drop-oldest');
    for (let i = 0; i < 20_000 && !game.isOver; i++) {
      game.advance(10);
      game.consume(i % 4);
    }
    expect(game.drainEvents().length).toBeLessThanOrEqual(8192);
  });
});
