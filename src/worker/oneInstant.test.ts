/**
 * The stage and the cards tell of one instant in every frame while the run plays: about ten times a
 * second the worker takes the run's numbers for the cards and gives the stage its picture of that
 * same instant (a StageMoment) with them; the picture drawn then travels to the page with the
 * numbers. From then on, every frame, the well's caption, the Done box and the blocks in the well
 * state exactly the numbers sent to the cards, while blocks keep travelling in, out and to the sink
 * (the well's own blocks step to their new cells at each instant, stillFrames.test.ts). A reader saw "45
 * waiting" over the card's 42, "Done 87" beside "Delivered 95", and 20 full cells under "15 of 20"
 * (try 3, item 1). (That the page shows the picture and the numbers in the same frame is
 * e2e/stage-reading.spec.ts's to check.)
 *
 * This drives the worker's own parts (the painter, stageNumbersFrom) frame by frame as simWorker.ts
 * does.
 */
import { describe, expect, it } from 'vitest';
import { LIVE_INTERVAL_MS } from '../driver/frameTiming.ts';
import { formatNumber } from '../domain/format.ts';
import { formatCount } from '../render/format.ts';
import type { StageNumbers } from '../render/stageNumbers.ts';
import { StagePainter } from '../render/stagePainter.ts';
import { createFakeContext } from '../render/testing/fakeContext.ts';
import { TEST_PALETTE } from '../render/testing/harness.ts';
import { createSimulation } from '../sim/engine.ts';
import { presetScenario } from '../sim/presets.ts';
import { plainView, publishMoment, quiet } from '../render/testing/painterView.ts';

const FRAME = 1000 / 60;

/** Frames checked with the consumer down and its restart counting down. */
let restarts = 0;

/** What a reader could find to disagree in one frame, one line each. */
function disagreements(painter: StagePainter, cards: StageNumbers): string[] {
  const out: string[] = [];
  const scene = painter.renderer.animator.scene;
  const words = painter.renderer.labels.list().map((l) => l.text);
  const caption = words.find((w) => / waiting|^\d[\d,]* \/ /.test(w));
  const waiting = formatCount(cards.waiting);
  if (caption === undefined || !caption.startsWith(`${waiting} `))
    out.push(`caption "${caption}", the cards ${waiting}`);
  const done = words[words.indexOf('Done') + 1];
  if (done !== formatCount(cards.delivered))
    out.push(`Done ${done}, the cards ${formatCount(cards.delivered)}`);
  const blocks = (scene.sprites as { place?: string }[]).filter((s) => s.place === 'well').length;
  const packed = scene.piles.reduce((sum, p) => sum + p.packed, 0);
  if (blocks + packed !== cards.waiting)
    out.push(`${blocks} blocks and ${packed} packed drawn, the cards ${cards.waiting} waiting`);
  if (cards.restartAt !== null) {
    // The countdown in the card's own words (a reader saw "492 ms" on the stage, "0.38 s" on the card).
    const left = `${formatNumber(Math.max(0, cards.restartAt - cards.timeMs) / 1000, 2)} s`;
    if (!words.some((w) => w.endsWith(`in ${left}`)))
      out.push(`no "restarting in ${left}" on the stage`);
    restarts++;
  }
  if (scene.snapshot.now !== cards.timeMs)
    out.push(`the picture of ${scene.snapshot.now} ms, the cards' of ${cards.timeMs} ms`);
  return out;
}

function play(preset: string, speed: number, frames: number) {
  const engine = createSimulation(presetScenario(preset), { eventCapacity: 1 << 14 });
  const ctx = createFakeContext();
  const painter = new StagePainter(ctx, TEST_PALETTE, () => 0, quiet);
  painter.setView(plainView(900, 420));
  const faults: string[] = [];
  let shown: StageNumbers | null = null;
  let lastLive = -Infinity;
  let wall = 1000;
  let checked = 0;
  let moving = 0;
  let flying = 0;
  for (let i = 0; i < frames && faults.length < 4; i++) {
    wall += FRAME;
    engine.advanceTo(engine.now + FRAME * speed);
    if (wall - lastLive >= LIVE_INTERVAL_MS) {
      lastLive = wall;
      shown = publishMoment(painter, engine);
    }
    ctx.reset();
    painter.frame(engine, wall);
    if (shown === null) continue;
    checked++;
    const scene = painter.renderer.animator.scene;
    // Blocks on their way in from the producer, or to a worker.
    if (scene.sprites.some((s) => (s as { dur?: number }).dur! > 0)) moving++;
    // Blocks on their way out of the well or to the sink.
    if (scene.flights.some((f) => f.alpha > 0)) flying++;
    for (const f of disagreements(painter, shown)) faults.push(`frame ${i}: ${f}`);
  }
  return { faults, checked, moving, flying };
}

describe('the stage and the cards: one instant in every frame', () => {
  // What keeps moving between the instants: the blocks on their way out over the wall and to the
  // sink, and those riding in from the producer. (The well's waiting blocks step to their new cells
  // at each instant and rest between them, like Tetris.)
  it.each([
    ['no-backpressure', 1, 4 * 60],
    ['no-backpressure', 4, 2 * 60],
    ['drop-oldest', 1, 4 * 60],
    ['drop-oldest', 4, 3 * 60],
    ['block', 2, 3 * 60],
  ] as const)('%s at %d×', (preset, speed, frames) => {
    const { faults, checked, moving, flying } = play(preset, speed, frames);
    expect(faults).toEqual([]);
    expect(checked).toBeGreaterThan(frames - 20);
    // Blocks kept travelling between the instants: the picture was not a still one.
    expect(Math.max(moving, flying)).toBeGreaterThan(checked / 10);
  });

  it('counts the restart down in the card’s words, after the out-of-memory crash', () => {
    restarts = 0;
    expect(play('no-backpressure', 4, 4 * 60).faults).toEqual([]);
    expect(restarts).toBeGreaterThan(5);
  });
});
