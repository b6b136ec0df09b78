import { describe, expect, it } from 'vitest';
import { Game } from './game.ts';
import { levelAt, levelRate } from './levels.ts';
import { DEFAULT_RULES } from './rules.ts';

const rules = DEFAULT_RULES;

describe('levelAt', () => {
  it('starts at 1 and goes up one level per levelMs', () => {
    expect(levelAt(0, rules)).toBe(1);
    expect(levelAt(rules.levelMs - 1, rules)).toBe(1);
    expect(levelAt(rules.levelMs, rules)).toBe(2);
    expect(levelAt(10 * rules.levelMs + 5, rules)).toBe(11);
  });
});

describe('levelRate', () => {
  it('rises with every level until the cap, then stays there', () => {
    let last = 0;
    for (let level = 1; level <= 40; level++) {
      const rate = levelRate(level, rules);
      expect(rate).toBeGreaterThanOrEqual(last);
      expect(rate).toBeLessThanOrEqual(rules.maxRatePerSec);
      last = rate;
    }
    expect(levelRate(1, rules)).toBe(rules.startRatePerSec);
    expect(levelRate(2, rules)).toBeGreaterThan(levelRate(1, rules));
    expect(levelRate(100, rules)).toBe(rules.maxRatePerSec);
  });
});

describe('a game', () => {
  it('announces each level as it starts, with its rate, and brings blocks faster', () => {
    const game = new Game(1, { ...rules, memoryBudgetBytes: 1e9, boundedCapacityBytes: 1e9 });
    const levels: { at: number; level: number; ratePerSec: number }[] = [];
    const perLevel = new Map<number, number>();
    while (game.now < 5 * rules.levelMs) {
      game.advance(100);
      for (const e of game.drainEvents()) {
        if (e.kind === 'level') levels.push({ at: e.at, level: e.level, ratePerSec: e.ratePerSec });
        if (e.kind === 'arrived') {
          const level = levelAt(e.at - rules.tickMs, rules);
          perLevel.set(level, (perLevel.get(level) ?? 0) + 1);
        }
      }
    }
    expect(levels).toEqual(
      [2, 3, 4, 5, 6].map((level) => ({
        at: (level - 1) * rules.levelMs,
        level,
        ratePerSec: levelRate(level, rules),
      })),
    );
    // Poisson counts are noisy level by level; the last level brings clearly more than the first.
    expect(perLevel.get(5)!).toBeGreaterThan(perLevel.get(1)!);
  });
});
