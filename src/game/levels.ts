/** Levels: the arrival rate climbs a staircase, one step per level, like Tetris speeding up. */
import { powInt } from '../sim/portableMath/index.ts';
import type { GameRules } from './rules.ts';

/** The level in force at simulated time t (ms), starting at 1. */
export function levelAt(t: number, rules: GameRules): number {
  return 1 + Math.floor(Math.max(0, t) / rules.levelMs);
}

/** Blocks per second the producer makes at a level, before any slow-down. */
export function levelRate(level: number, rules: GameRules): number {
  return Math.min(
    rules.maxRatePerSec,
    rules.startRatePerSec * powInt(rules.risePerLevel, Math.max(0, level - 1)),
  );
}
