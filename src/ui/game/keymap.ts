/** The game's keys: which key does what. Pure, so the mapping is tested without a browser. */
import { GAME_STRATEGIES } from '../../game/rules.ts';
import type { GameStrategy } from '../../game/rules.ts';

/** Each lane's keys: the left hand's home row, or the right hand's. Shown on screen in this order. */
export const LANE_KEYS: readonly (readonly [string, string])[] = [
  ['A', 'J'],
  ['S', 'K'],
  ['D', 'L'],
  ['F', ';'],
];

export type GameCommand =
  | { kind: 'lane'; lane: number }
  | { kind: 'strategy'; strategy: GameStrategy }
  | { kind: 'helper' }
  /** Start, pause or resume: whichever fits. */
  | { kind: 'play-pause' }
  | { kind: 'pause' };

const BY_KEY = new Map<string, GameCommand>();
LANE_KEYS.forEach((keys, lane) => {
  for (const key of keys) BY_KEY.set(key.toLowerCase(), { kind: 'lane', lane });
});
GAME_STRATEGIES.forEach((strategy, i) => BY_KEY.set(String(i + 1), { kind: 'strategy', strategy }));
BY_KEY.set('h', { kind: 'helper' });
BY_KEY.set(' ', { kind: 'play-pause' });
BY_KEY.set('p', { kind: 'pause' });
BY_KEY.set('escape', { kind: 'pause' });

/** The command for a KeyboardEvent's `key`, or null for keys the game leaves alone. */
export function keyCommand(key: string): GameCommand | null {
  return BY_KEY.get(key.toLowerCase()) ?? null;
}
