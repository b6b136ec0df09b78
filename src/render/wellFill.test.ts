/**
 * A longer queue looks fuller. Readers of the default run (no backpressure, memory its only limit)
 * saw the well look about as full at 56, 354, 699 and 738 waiting: it was always full, of finer and
 * finer stripes ("now holds 5", "holds 50", "now 200 each"), while the wait grew from 0.3 s to 10 s
 * and the tour said "the fuller the well, the longer the wait". Now the well's height stands for the
 * memory: the drawn pile (its packed cells and the blocks on them) rises as the queue grows, at every
 * size, and is near the top as the memory runs out, with blocks large enough to read from the start.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { BlockSprite, StageScene } from './scene.ts';
import { stageHeightFor } from './stageLayout.ts';
import { harness } from './testing/harness.ts';

const FRAME = 1000 / 60;
/** The stage inside a 360 px phone, a 700 px embed, a 1280 and a 1440 px desktop. */
const WIDTHS = [336, 676, 780, 880];

interface Resting extends BlockSprite {
  place: 'well' | 'worker' | 'held';
  dur: number;
  ty: number;
}

/** How high the drawn pile stands in the well, px: its top packed cell, or the top block at rest. */
function fillHeight(scene: StageScene): number {
  const l = scene.layout;
  const floor = l.well.y + l.well.h;
  let top = floor;
  for (const pile of scene.piles) {
    const rows = Math.ceil(pile.packedCells / scene.grid.colsPerLane);
    top = Math.min(top, floor - rows * l.cell);
  }
  for (const s of scene.sprites as Resting[]) {
    if (s.place !== 'well' || s.alpha <= 0) continue;
    // Where it rests (a block on its way in counts at the cell it is bound for, inside the rim).
    const y = s.dur > 0 ? s.ty : s.y;
    if (y - s.size / 2 >= l.well.y - 0.5) top = Math.min(top, y - l.cell / 2);
  }
  return floor - top;
}

function withMemory(bytes: number): Scenario {
  const base = presetScenario('no-backpressure');
  const parsed = parseScenario({ ...base, queue: { ...base.queue, memoryBudgetBytes: bytes } });
  if (!parsed.ok) throw new Error('no scenario');
  return parsed.value;
}

interface Seen {
  waiting: number;
  fill: number;
  wellH: number;
  cell: number;
  blocks: number;
}

/** The fill at the first frame each of `marks` wait, in the run's first climb (before any crash). */
function fillsAt(scenario: Scenario, width: number, marks: readonly number[]): Seen[] {
  const h = harness(scenario, width, stageHeightFor(width));
  const out: Seen[] = [];
  for (let i = 0; i < 60 * 60 && out.length < marks.length; i++) {
    const scene = h.step(FRAME);
    if (scene.numbers.crashed) break;
    const mark = marks[out.length] as number;
    if (scene.snapshot.waiting < mark) continue;
    out.push({
      waiting: scene.snapshot.waiting,
      fill: fillHeight(scene),
      wellH: scene.layout.well.h,
      cell: scene.layout.cell,
      blocks: scene.sprites.filter((s) => (s as Resting).place === 'well').length,
    });
  }
  return out;
}

describe('the well fills as the queue grows, its height standing for the memory', () => {
  for (const width of WIDTHS) {
    it(`4 MB (the tour's first steps), at ${width} px: fuller at 56, 354 and 700 waiting`, () => {
      const seen = fillsAt(withMemory(4_000_000), width, [20, 56, 354, 700]);
      expect(seen.length, 'the queue reached 700 before the crash').toBe(4);
      const [first, a, b, c] = seen as [Seen, Seen, Seen, Seen];
      // The first second: single blocks, large enough to read as blocks.
      expect(first.blocks).toBeGreaterThanOrEqual(4);
      expect(first.cell).toBeGreaterThanOrEqual(16);
      const said = `fill px at 56, 354, 700: ${a.fill}, ${b.fill}, ${c.fill}`;
      expect(b.fill, said).toBeGreaterThan(a.fill);
      expect(c.fill, said).toBeGreaterThan(b.fill);
      // At 56 the well is not near full yet; at 700 of its about 780 it is.
      expect(a.fill).toBeLessThan(0.5 * a.wellH);
      expect(c.fill).toBeGreaterThan(0.75 * c.wellH);
    });

    it(`1 MB (the default), at ${width} px: fuller at 150 waiting than at 40`, () => {
      const seen = fillsAt(withMemory(1_000_000), width, [40, 150]);
      expect(seen).toHaveLength(2);
      const [a, b] = seen as [Seen, Seen];
      expect(b.fill, `fill px at 40, 150: ${a.fill}, ${b.fill}`).toBeGreaterThan(a.fill + a.cell);
    });
  }
});
