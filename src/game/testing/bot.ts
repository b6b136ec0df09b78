/** Players for tests: simple, deterministic ways to press the keys. */
import type { Game } from '../game.ts';
import type { GameView } from '../types.ts';

/** The lane whose oldest block is the oldest of all, or null when nothing waits. */
export function oldestLane(view: GameView): number | null {
  let best: number | null = null;
  let bestId = Infinity;
  view.lanes.forEach((lane, i) => {
    const head = lane[0];
    if (head && head.id < bestId) {
      bestId = head.id;
      best = i;
    }
  });
  return best;
}

export interface SteadyPlayer {
  /** One press this often (simulated ms). */
  everyMs: number;
  untilMs: number;
  /** Called after every press and step, for tests that watch the game as it goes. */
  onStep?: (game: Game) => void;
}

/** A person who presses the key of the oldest block every `everyMs`, and nothing when all is empty. */
export function playSteadily(game: Game, { everyMs, untilMs, onStep }: SteadyPlayer): void {
  while (!game.isOver && game.now + everyMs <= untilMs) {
    game.advance(everyMs);
    const lane = oldestLane(game.view());
    if (lane !== null) game.consume(lane);
    onStep?.(game);
  }
}

/** As fast as the consumer can go: a press whenever it is free, and a helper whenever one is ready. */
export function playPerfectly(
  game: Game,
  { untilMs, callHelpers = false }: { untilMs: number; callHelpers?: boolean },
): void {
  while (!game.isOver && game.now < untilMs) {
    game.advance(game.rules.tickMs);
    const view = game.view();
    if (callHelpers && view.helper.phase === 'ready' && view.counts.waiting > 0) game.callHelper();
    const idle = view.you.inService === null && view.you.typeAhead.length === 0;
    const lane = oldestLane(view);
    if (idle && lane !== null) game.consume(lane);
  }
}
