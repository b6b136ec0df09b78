import { describe, expect, it } from 'vitest';
import { GAME_STRATEGIES } from '../../game/rules.ts';
import { keyCommand, LANE_KEYS } from './keymap.ts';

describe('keyCommand', () => {
  it('maps both hands’ home rows to the four lanes, in either case', () => {
    LANE_KEYS.forEach(([left, right], lane) => {
      expect(keyCommand(left)).toEqual({ kind: 'lane', lane });
      expect(keyCommand(left.toLowerCase())).toEqual({ kind: 'lane', lane });
      expect(keyCommand(right)).toEqual({ kind: 'lane', lane });
    });
  });

  it('maps 1–4 to the strategies in their listed order', () => {
    GAME_STRATEGIES.forEach((strategy, i) =>
      expect(keyCommand(String(i + 1))).toEqual({ kind: 'strategy', strategy }),
    );
    expect(keyCommand('5')).toBeNull();
  });

  it('maps the helper, play and pause keys, and leaves every other key alone', () => {
    expect(keyCommand('h')).toEqual({ kind: 'helper' });
    expect(keyCommand(' ')).toEqual({ kind: 'play-pause' });
    expect(keyCommand('P')).toEqual({ kind: 'pause' });
    expect(keyCommand('Escape')).toEqual({ kind: 'pause' });
    for (const key of ['Tab', 'Enter', 'ArrowUp', 'q', 'Shift']) expect(keyCommand(key)).toBeNull();
  });
});
