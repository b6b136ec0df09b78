import { describe, expect, it } from 'vitest';
import { DROP_REASONS } from '../sim/types.ts';
import { blockIndex } from './paint.ts';
import { TEST_PALETTE } from './testing/harness.ts';

describe('preparePalette', () => {
  it('indexes reasons in DROP_REASONS order with their labels', () => {
    expect(TEST_PALETTE.reasons).toHaveLength(DROP_REASONS.length);
    expect(TEST_PALETTE.labels.rejected).toBe('Reason rejected');
  });

  it('picks dark ink for light colours and light ink for dark ones', () => {
    const yellow = TEST_PALETTE.blocks.findIndex((b) => b.color === '#F0E442');
    const blue = TEST_PALETTE.blocks.findIndex((b) => b.color === '#0072B2');
    expect(TEST_PALETTE.blockInkDark[yellow]).toBe(true);
    expect(TEST_PALETTE.blockInkDark[blue]).toBe(false);
  });

  it('wraps keys beyond the palette around', () => {
    const n = TEST_PALETTE.blocks.length;
    expect(blockIndex(TEST_PALETTE, n + 3)).toBe(3);
    expect(blockIndex(TEST_PALETTE, -1)).toBe(n - 1);
  });
});
