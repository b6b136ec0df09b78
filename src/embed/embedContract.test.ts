import { describe, expect, it } from 'vitest';
import {
  CONTROL_MESSAGE_TYPE,
  isStateMessage,
  MAX_SET_LENGTH,
  readControlMessage,
  STATE_MESSAGE_TYPE,
} from './embedContract.ts';

describe('readControlMessage', () => {
  const good = { type: CONTROL_MESSAGE_TYPE, id: 'fig-2', set: 'strategy=block', action: null };

  it('accepts the documented shape, with set or action or both', () => {
    expect(readControlMessage(good)).toEqual(good);
    expect(readControlMessage({ ...good, set: null, action: 'play' })).toEqual({
      ...good,
      set: null,
      action: 'play',
    });
    expect(readControlMessage({ ...good, action: 'play' })?.action).toBe('play');
    expect(readControlMessage({ ...good, id: null })?.id).toBeNull();
  });

  it('reads a missing set or action as null', () => {
    expect(readControlMessage({ type: CONTROL_MESSAGE_TYPE, id: 'f', action: 'pause' })).toEqual({
      type: CONTROL_MESSAGE_TYPE,
      id: 'f',
      set: null,
      action: 'pause',
    });
  });

  it('ignores anything else', () => {
    const bad: unknown[] = [
      null,
      'strategy=block',
      [good],
      { ...good, type: 'backpressure-playground:resize' },
      { ...good, extra: true },
      { ...good, id: undefined },
      { ...good, id: 7 },
      { ...good, id: 'has spaces' },
      { ...good, set: ['strategy', 'block'] },
      { ...good, set: { strategy: 'block' } },
      { ...good, set: 'x'.repeat(MAX_SET_LENGTH + 1) },
      { ...good, action: 1 },
      { ...good, action: 'play'.repeat(5) },
      { ...good, set: null, action: null },
      { type: CONTROL_MESSAGE_TYPE, id: 'f' },
    ];
    for (const data of bad) expect(readControlMessage(data), JSON.stringify(data)).toBeNull();
  });
});

describe('isStateMessage', () => {
  const good = {
    type: STATE_MESSAGE_TYPE,
    id: 'fig-2',
    strategy: 'block',
    preset: 'block',
    seed: 2,
    playing: true,
    problem: null,
  };

  it('accepts the documented shape', () => {
    expect(isStateMessage(good)).toBe(true);
    expect(isStateMessage({ ...good, id: null, preset: null, problem: 'no such strategy' })).toBe(
      true,
    );
  });

  it('rejects other types and fields of the wrong kind', () => {
    for (const data of [
      null,
      { ...good, type: CONTROL_MESSAGE_TYPE },
      { ...good, strategy: null },
      { ...good, seed: '2' },
      { ...good, playing: 'yes' },
      { ...good, problem: undefined },
    ])
      expect(isStateMessage(data), JSON.stringify(data)).toBe(false);
  });
});
