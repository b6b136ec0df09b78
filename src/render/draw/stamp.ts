/**
 * Test hook, drawn only when a test asks for it (`window.__stageStamp`, see src/ui/stage/stageShell.ts):
 * a strip of black and white squares along the stage's top-left corner that spells the numbers the
 * frame writes (Done, then waiting, STAMP_BITS bits each, lowest bit first). A test reads it from a
 * screenshot, beside the cards' numbers in the same screenshot: what a reader saw in one frame, not
 * what either side reported about its own.
 */
import type { Ctx2D } from './ctx.ts';
import type { StageNumbers } from '../stageNumbers.ts';

/** One square's side, CSS px. */
export const STAMP_CELL = 4;
export const STAMP_BITS = 12;

/** The squares, dark (1) or light (0): Done's low bits, then waiting's. */
export function stampBits(numbers: Pick<StageNumbers, 'delivered' | 'waiting'>): number[] {
  const bits: number[] = [];
  for (const value of [numbers.delivered, numbers.waiting])
    for (let b = 0; b < STAMP_BITS; b++) bits.push((Math.round(value) >> b) & 1);
  return bits;
}

export function drawStamp(ctx: Ctx2D, numbers: StageNumbers): void {
  stampBits(numbers).forEach((bit, i) => {
    ctx.fillStyle = bit === 1 ? '#000' : '#fff';
    ctx.fillRect(i * STAMP_CELL, 0, STAMP_CELL, STAMP_CELL);
  });
}
