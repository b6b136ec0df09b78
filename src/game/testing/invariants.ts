/** What must hold at every moment of every game, whatever the player does. */
import { expect } from 'vitest';
import type { Game } from '../game.ts';
import { scoreTotal } from '../scoring.ts';

export function expectInvariants(game: Game): void {
  const view = game.view();
  const { counts, score, lanes } = view;
  const { rules } = game;

  // Conservation: every block that arrived is delivered, dropped, waiting or being processed.
  expect(counts.arrived).toBe(
    counts.delivered + counts.dropped + counts.waiting + counts.inService,
  );
  expect(counts.dropped).toBe(counts.evicted + counts.rejected);

  // Memory is exactly what is held: the waiting blocks and those in service.
  const waitingBytes = lanes.flat().reduce((sum, b) => sum + b.sizeBytes, 0);
  const serviceBytes =
    (view.you.inService?.block.sizeBytes ?? 0) + (view.helper.inService?.block.sizeBytes ?? 0);
  expect(view.memoryBytes).toBe(waitingBytes + serviceBytes);
  expect(counts.waiting).toBe(lanes.flat().length);

  // Each lane holds only its key's blocks, oldest first.
  lanes.forEach((lane, i) => {
    lane.forEach((block, j) => {
      expect(block.lane).toBe(i);
      if (j > 0) expect(block.id).toBeGreaterThan(lane[j - 1]!.id);
    });
  });

  // The score is the sum of its parts, and each part follows from the counts.
  expect(score.total).toBe(scoreTotal(score));
  expect(score.deliveries).toBe(counts.delivered * rules.scoring.perDelivery);
  expect(score.drops).toBe(counts.dropped * rules.scoring.perDrop);
  expect(score.emptyPresses).toBe(counts.emptyPresses * rules.scoring.perEmptyPress);
  expect(score.helpers).toBe(counts.helpersCalled * rules.scoring.perHelper);
  expect(score.heldBack).toBe(counts.heldBack * rules.scoring.perHeldBack);
  expect(score.latency).toBeLessThanOrEqual(counts.delivered * rules.scoring.maxLatencyPenalty);

  // The game ends exactly when a limit is crossed, and not before.
  if (view.over?.reason === 'out-of-memory')
    expect(view.memoryBytes).toBeGreaterThan(rules.memoryBudgetBytes);
  else expect(view.memoryBytes).toBeLessThanOrEqual(rules.memoryBudgetBytes);
  if (view.over?.reason === 'too-many-drops')
    expect(counts.dropped).toBeGreaterThanOrEqual(rules.dropBudget);
  else expect(counts.dropped).toBeLessThan(rules.dropBudget);

  // Drop-oldest never holds more than its capacity.
  if (view.strategy === 'drop-oldest')
    expect(view.memoryBytes).toBeLessThanOrEqual(rules.boundedCapacityBytes);
}
