import { describe, expect, it } from 'vitest';
import { Game } from './game.ts';
import { DEFAULT_RULES } from './rules.ts';
import { latencyPenalty, scoreTotal, ZERO_SCORE } from './scoring.ts';

const rules = DEFAULT_RULES;
const { latencyGraceMs, latencyStepMs, maxLatencyPenalty, perDelivery } = rules.scoring;

describe('latencyPenalty', () => {
  it('costs nothing within the grace period', () => {
    expect(latencyPenalty(0, rules)).toBe(0);
    expect(latencyPenalty(latencyGraceMs, rules)).toBe(0);
  });

  it('costs a point per step of extra wait, in whole steps', () => {
    expect(latencyPenalty(latencyGraceMs + latencyStepMs - 1, rules)).toBe(0);
    expect(latencyPenalty(latencyGraceMs + latencyStepMs, rules)).toBe(1);
    expect(latencyPenalty(latencyGraceMs + 3 * latencyStepMs + 1, rules)).toBe(3);
  });

  it('is capped, so a late delivery is still worth more than none', () => {
    expect(latencyPenalty(1e9, rules)).toBe(maxLatencyPenalty);
    expect(maxLatencyPenalty).toBeLessThan(perDelivery);
  });
});

describe('scoreTotal', () => {
  it('adds the gains and subtracts every cost', () => {
    expect(scoreTotal(ZERO_SCORE)).toBe(0);
    expect(
      scoreTotal({
        deliveries: 100,
        latency: 7,
        drops: 30,
        emptyPresses: 5,
        helpers: 50,
        heldBack: 8,
      }),
    ).toBe(0);
  });
});

describe('a delivery', () => {
  it('earns its points minus what its wait costs', () => {
    const game = new Game(31);
    game.advance(4000);
    const lane = game.view().lanes.findIndex((l) => l.length > 0);
    const block = game.view().lanes[lane]![0]!;
    // Let it wait well past the grace period, then take it.
    game.advance(latencyGraceMs + 2 * latencyStepMs);
    game.consume(lane);
    const endsAt = game.view().you.inService!.endsAt;
    game.advance(endsAt - game.now);
    const delivered = game.drainEvents().find((e) => e.kind === 'delivered');
    const waited = game.now - block.arrivedAt;
    expect(delivered).toMatchObject({
      waitedMs: waited,
      points: perDelivery - latencyPenalty(waited, rules),
    });
    expect(game.view().score.latency).toBe(latencyPenalty(waited, rules));
    expect(latencyPenalty(waited, rules)).toBeGreaterThanOrEqual(2);
  });
});
