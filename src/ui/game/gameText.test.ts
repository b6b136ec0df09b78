import { describe, expect, it } from 'vitest';
import { Game } from '../../game/game.ts';
import { DEFAULT_RULES, GAME_STRATEGIES } from '../../game/rules.ts';
import { playSteadily } from '../../game/testing/bot.ts';
import {
  gameClock,
  gameOverAnnouncement,
  kb,
  producerStatus,
  scoreBreakdown,
  signedPoints,
  strategyText,
  timePerStrategy,
} from './gameText.ts';

const rules = DEFAULT_RULES;

describe('scoreBreakdown', () => {
  it('adds up to the score, whatever the game', () => {
    for (const strategy of GAME_STRATEGIES) {
      const game = new Game(77);
      game.setStrategy(strategy);
      game.consume(0);
      game.callHelper();
      playSteadily(game, { everyMs: 500, untilMs: 600_000 });
      const view = game.view();
      expect(view.over).not.toBeNull();
      const rows = scoreBreakdown(view, rules);
      expect(rows.reduce((sum, row) => sum + row.points, 0)).toBe(view.score.total);
    }
  });
});

describe('the words', () => {
  it('quote the rules’ own numbers', () => {
    expect(strategyText('unbounded', rules).summary).toContain(kb(rules.memoryBudgetBytes));
    expect(strategyText('drop-oldest', rules).summary).toContain(`−${rules.scoring.perDrop}`);
    expect(strategyText('slow-producer', rules).summary).toContain('1.5 s');
    expect(kb(48_000)).toBe('48 KB');
  });

  it('tell when a signal lands and how the game ended', () => {
    const game = new Game(13);
    game.setStrategy('slow-producer');
    while (game.view().producer.signals.length === 0) game.advance(100);
    expect(producerStatus(game.view(), rules)).toMatch(
      /full speed; a “slow down” signal lands in 1\.\d+ s/,
    );
    game.setStrategy('unbounded');
    game.advance(600_000);
    expect(gameOverAnnouncement(game.view(), rules)).toMatch(
      /^Game over: Out of memory\. .* Score -?\d+\.$/,
    );
  });

  it('format clocks and points', () => {
    expect(gameClock(65_400)).toBe('1:05');
    expect(signedPoints(10)).toBe('+10');
    expect(signedPoints(-15)).toBe('−15');
    expect(signedPoints(0)).toBe('0');
  });

  it('give each strategy its time in play, never a 0:00 for a short spell', () => {
    const [first, second, third] = GAME_STRATEGIES;
    const times = Object.fromEntries(GAME_STRATEGIES.map((s) => [s, 0])) as Record<
      (typeof GAME_STRATEGIES)[number],
      number
    >;
    times[first!] = 450;
    times[second!] = 65_400;
    times[third!] = 40; // touched in passing: left out
    const text = timePerStrategy(times, GAME_STRATEGIES, rules);
    expect(text).toBe(
      `${strategyText(first!, rules).label} 0.45 s, ${strategyText(second!, rules).label} 1:05`,
    );
    expect(text).not.toContain('0:00');
  });
});
