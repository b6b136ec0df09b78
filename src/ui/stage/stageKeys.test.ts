import { describe, expect, it } from 'vitest';
import { STAGE_KEYS, stageInputForKey } from './stageKeys.ts';

describe('stageInputForKey', () => {
  it('answers the keys the help lists, and leaves every other key to the page', () => {
    expect(stageInputForKey('f')).toEqual({ kind: 'head' });
    expect(stageInputForKey('Enter')).toEqual({ kind: 'head' });
    expect(stageInputForKey('N')).toEqual({ kind: 'newest' });
    expect(stageInputForKey('ArrowDown')).toEqual({ kind: 'down' });
    expect(stageInputForKey('Escape')).toEqual({ kind: 'clear' });
    // Space still plays and pauses, R still resets.
    expect(stageInputForKey(' ')).toBeNull();
    expect(stageInputForKey('r')).toBeNull();
    expect(STAGE_KEYS.map((k) => k.keys)).toEqual(['F or Enter', 'N', 'Arrow keys', 'Esc']);
  });
});
