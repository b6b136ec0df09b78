import { describe, expect, it } from 'vitest';
import { DROP_REASONS } from '../sim/types.ts';
import { BLOCK_STYLES, blockStyle, DROP_REASON_STYLE } from './palette.ts';

describe('DROP_REASON_STYLE', () => {
  it('gives every drop reason its own colour, shape and dash', () => {
    const styles = DROP_REASONS.map((r) => DROP_REASON_STYLE[r]);
    expect(new Set(styles.map((s) => s.color)).size).toBe(DROP_REASONS.length);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(DROP_REASONS.length);
    expect(new Set(styles.map((s) => s.dash.join(' '))).size).toBe(DROP_REASONS.length);
  });
});

describe('blockStyle', () => {
  it('wraps around the palette, also for negative indices', () => {
    expect(blockStyle(BLOCK_STYLES.length)).toBe(BLOCK_STYLES[0]);
    expect(blockStyle(-1)).toBe(BLOCK_STYLES.at(-1));
    expect(new Set(BLOCK_STYLES.map((s) => s.shape)).size).toBe(BLOCK_STYLES.length);
  });
});
