/** Properties over random games: what holds whatever the seed and whatever the player presses. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { Game } from './game.ts';
import { GAME_STRATEGIES } from './rules.ts';
import { expectInvariants } from './testing/invariants.ts';
import type { GameAction } from './types.ts';

const actionArb: fc.Arbitrary<GameAction> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.integer({ min: 0, max: 3 }).map((lane) => ({ type: 'consume', lane }) as const),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(...GAME_STRATEGIES)
      .map((strategy) => ({ type: 'set-strategy', strategy }) as const),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'call-helper' } as const) },
);

const gameArb = fc.record({
  seed: fc.integer({ min: 0, max: 0xffff_ffff }),
  steps: fc.array(
    fc.record({
      dtMs: fc.integer({ min: 0, max: 1500 }),
      actions: fc.array(actionArb, { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 250 },
  ),
});

describe('every game, whatever the player does', () => {
  it('conserves blocks, accounts memory and score exactly, and ends only at a limit', () => {
    fc.assert(
      fc.property(gameArb, ({ seed, steps }) => {
        const game = new Game(seed);
        for (const { dtMs, actions } of steps) {
          game.advance(dtMs);
          expectInvariants(game);
          for (const action of actions) {
            game.dispatch(action);
            expectInvariants(game);
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('keeps the clock, the counts and the score from going backwards where they only grow', () => {
    fc.assert(
      fc.property(gameArb, ({ seed, steps }) => {
        const game = new Game(seed);
        let last = game.view();
        for (const { dtMs, actions } of steps) {
          game.advance(dtMs);
          for (const action of actions) game.dispatch(action);
          const next = game.view();
          for (const key of ['arrived', 'delivered', 'dropped', 'emptyPresses'] as const)
            if (next.counts[key] < last.counts[key]) throw new Error(`${key} went down`);
          if (next.now < last.now || next.level < last.level) throw new Error('time went back');
          if (next.peakMemoryBytes < next.memoryBytes)
            throw new Error('the peak is below the present');
          last = next;
        }
      }),
      { numRuns: 80 },
    );
  });
});
