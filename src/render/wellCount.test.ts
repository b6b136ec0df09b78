/**
 * A reader counts the blocks in the well and reads the caption under it: the two agree in every frame
 * while the run plays, not only when it is paused. Every message waiting is drawn inside the rim (one
 * newcomer at most rides in over it, from the producer), and a block that has landed in its cell
 * jumps to its new cell in the very frame the line ahead of it moves, so a full well never shows a
 * hole, nor a block between two cells, while it turns over. Readers saw "20 of 20 waiting" over a well with four empty cells
 * and blocks queuing above the rim, and "12 / 20 waiting" over an empty well at the start of
 * Payments on a phone, with a dozen blocks crowding its mouth.
 */
import { describe, expect, it } from 'vitest';
import { loadBuiltInPack } from '../exercises/index.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { BlockSprite, StageScene } from './scene.ts';
import { stageHeightFor } from './stageLayout.ts';
import { harness } from './testing/harness.ts';

const FRAME = 1000 / 60;

interface Resting extends BlockSprite {
  place: 'well' | 'worker' | 'held';
  dur: number;
  tx: number;
  ty: number;
}

function payments(): Scenario {
  const found = loadBuiltInPack().exercises.find((e) => e.id === 'payments');
  if (found === undefined) throw new Error('the built-in pack has no Payments exercise');
  return found.start;
}

function withStrategy(s: Scenario, whenFull: 'block' | 'reject', consumers = 1): Scenario {
  return {
    ...s,
    queue: { ...s.queue, whenFull },
    consumers: { ...s.consumers, count: consumers },
  };
}

/** Blocks of the well drawn inside its rim and walls, and those drawn above the rim. */
function wellBlocks(scene: StageScene): { inside: Resting[]; over: Resting[] } {
  const l = scene.layout;
  const inside: Resting[] = [];
  const over: Resting[] = [];
  for (const s of scene.sprites as Resting[]) {
    if (s.place !== 'well') continue;
    const top = s.y - s.size / 2;
    const within = s.x > l.well.x && s.x < l.well.x + l.well.w;
    (top >= l.well.y - 0.5 && within ? inside : over).push(s);
  }
  return { inside, over };
}

const cases: [string, number, number, () => Scenario | string][] = [
  ['Payments, rejecting (its start)', 336, 1, payments],
  ['Payments, rejecting (its start)', 880, 1, payments],
  ['Payments, blocking', 336, 1, () => withStrategy(payments(), 'block')],
  ['Payments, blocking', 880, 1, () => withStrategy(payments(), 'block')],
  ['Payments, two workers', 880, 1, () => withStrategy(payments(), 'reject', 2)],
  ['the block preset', 880, 1, () => 'block'],
  ['drop-oldest', 880, 4, () => 'drop-oldest'],
  ['reject-with-retries', 336, 1, () => 'reject-with-retries'],
  ['no-backpressure', 336, 1, () => 'no-backpressure'],
];

describe('the blocks a reader counts and the caption', () => {
  it.each(cases)(
    '%s at %d px, %d×: every waiting message inside the rim, at most one riding in over it',
    (_name, width, speed, scenario) => {
      const h = harness(scenario(), width, stageHeightFor(width));
      const faults: string[] = [];
      for (let i = 0; i < 6 * 60 && faults.length < 4; i++) {
        const scene = h.step(FRAME, speed);
        const { inside, over } = wellBlocks(scene);
        const packed = scene.piles.reduce((sum, p) => sum + p.packed, 0);
        // The harness publishes no numbers, so the caption states this frame's snapshot.
        const caption = scene.numbers.waiting;
        const at = `frame ${i} (${scene.snapshot.now.toFixed(0)} ms)`;
        if (over.length > 1) faults.push(`${at}: ${over.length} blocks over the rim`);
        const drawn = inside.length + packed;
        if (drawn !== caption && drawn + over.length !== caption)
          faults.push(`${at}: ${drawn} drawn in the well, caption ${caption}`);
        if (drawn + over.length !== caption) faults.push(`${at}: a waiting message not drawn`);
      }
      expect(faults).toEqual([]);
    },
  );

  // Two workers keep Payments' queue too short for places to move often; drop-oldest at 4× moves
  // its full well along at every frame, so its blocks never land (the queue-order properties in
  // wellOrder.test.ts cover it).
  it.each(cases.filter(([name]) => !name.includes('two workers') && name !== 'drop-oldest'))(
    '%s at %d px, %d×: a landed block whose place moves is in its new cell in the same frame',
    (_name, width, speed, scenario) => {
      const h = harness(scenario(), width, stageHeightFor(width));
      /** Where each block landed in its cell stood last frame (its cell's centre). */
      const landed = new Map<number, number>();
      const faults: string[] = [];
      let moved = 0;
      for (let i = 0; i < 6 * 60 && faults.length < 4; i++) {
        const scene = h.step(FRAME, speed);
        const { inside } = wellBlocks(scene);
        const present = new Set<number>();
        for (const b of inside) {
          present.add(b.id);
          const cell = b.tx * 100000 + b.ty;
          const before = landed.get(b.id);
          if (before === undefined) {
            if (b.dur === 0 && b.x === b.tx && b.y === b.ty) landed.set(b.id, cell);
            continue;
          }
          if (before !== cell) moved++;
          if (b.x !== b.tx || b.y !== b.ty)
            faults.push(
              `frame ${i}: block ${b.id} at ${b.x.toFixed(1)},${b.y.toFixed(1)}, not in its new cell at ${b.tx},${b.ty} (move ${b.dur.toFixed(0)} ms)`,
            );
          landed.set(b.id, cell);
        }
        for (const id of landed.keys()) if (!present.has(id)) landed.delete(id);
      }
      expect(faults).toEqual([]);
      // Landed blocks did move along: the frames above were not a still picture.
      expect(moved).toBeGreaterThan(10);
    },
  );
});
