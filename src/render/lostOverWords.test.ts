/**
 * Blocks on their way never show through the words they pass under: the bin's words get a backing of
 * the bin's colour while a lost block is under them, the conveyor's rate and the retry tray's words
 * one of the stage's while a block flies past them, and the crash banner is drawn over the blocks
 * falling out of the crashed well.
 */
import { describe, expect, it } from 'vitest';
import { DROP_REASONS } from '../sim/types.ts';
import { drawStage } from './drawStage.ts';
import { LabelLog, type DrawnLabel } from './labels.ts';
import type { FlightView, StageScene } from './scene.ts';
import { stageHeightFor } from './stageLayout.ts';
import { createFakeContext, type Call } from './testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

const FRAME = 1000 / 60;
/** An alpha no other drawing uses, to find the test's flight among the calls. */
const MARK_ALPHA = 0.8125;

function draw(scene: StageScene) {
  const ctx = createFakeContext();
  const labels = new LabelLog();
  drawStage(ctx, scene, LIGHT_THEME, TEST_PALETTE, labels);
  return { calls: ctx.calls, labels: labels.list() };
}

function lostBlockAt(x: number, y: number, reason: string | null): FlightView {
  return {
    id: 999_999,
    x,
    y,
    size: 16,
    style: 0,
    reason: reason === null ? -1 : DROP_REASONS.indexOf(reason as never),
    alpha: MARK_ALPHA,
  };
}

/** Where the flight marked with MARK_ALPHA was drawn. */
function flightIndex(calls: Call[]): number {
  return calls.findIndex((c) => c.name === 'set:globalAlpha' && c.args[0] === MARK_ALPHA);
}

/** Whether a fillRect of `colour` covering `box` comes after `from` and before `to`. */
function backedBetween(calls: Call[], from: number, to: number, box: DrawnLabel, colour: string) {
  let fill = '';
  for (let i = 0; i < to; i++) {
    const c = calls[i] as Call;
    if (c.name === 'set:fillStyle') fill = String(c.args[0]);
    if (i <= from || c.name !== 'fillRect' || fill !== colour) continue;
    const [x, y, w, h] = c.args as number[];
    if (x! <= box.x && y! <= box.y && x! + w! >= box.x + box.w && y! + h! >= box.y + box.h)
      return true;
  }
  return false;
}

/**
 * With a lost block (`reason`) flying under the word starting `prefix`, the word is written after
 * the block, on a backing.
 */
function expectWrittenOverLostBlock(s: StageScene, prefix: string, reason: string): void {
  const label = draw(s).labels.find((l) => l.text.startsWith(prefix)) as DrawnLabel;
  expect(label).toBeDefined();
  s.flights.length = 0;
  s.flights.push(lostBlockAt(label.x + label.w / 2, label.y + label.h / 2, reason));
  const { calls } = draw(s);
  const flight = flightIndex(calls);
  const word = calls.findIndex(
    (c, i) => i > flight && c.name === 'fillText' && String(c.args[0]).startsWith(prefix),
  );
  expect(flight).toBeGreaterThanOrEqual(0);
  expect(word).toBeGreaterThan(flight);
  expect(backedBetween(calls, flight, word, label, LIGHT_THEME.bg)).toBe(true);
}

describe('lost blocks and the words they pass', () => {
  it('backs the bin’s words while a lost block flies under them', () => {
    const h = harness('drop-youngest');
    let s = h.step(FRAME);
    for (let i = 0; i < 400 && s.numbers.dropped.total === 0; i++) s = h.step(FRAME);
    expect(s.numbers.dropped.total).toBeGreaterThan(0);
    const heading = draw(s).labels.find((l) => l.text === 'Lost') as DrawnLabel;
    expect(heading).toBeDefined();
    s.flights.length = 0;
    s.flights.push(
      lostBlockAt(heading.x + heading.w / 2, heading.y + heading.h / 2, 'evicted-youngest'),
    );
    const { calls } = draw(s);
    const flight = flightIndex(calls);
    const word = calls.findIndex(
      (c, i) => i > flight && c.name === 'fillText' && c.args[0] === 'Lost',
    );
    expect(flight).toBeGreaterThanOrEqual(0);
    expect(word).toBeGreaterThan(flight);
    expect(backedBetween(calls, flight, word, heading, LIGHT_THEME.panel)).toBe(true);
    // No flight under it: the words keep their rim only, with no box drawn round them.
    s.flights.length = 0;
    const calm = draw(s).calls;
    const calmWord = calm.findIndex((c) => c.name === 'fillText' && c.args[0] === 'Lost');
    expect(backedBetween(calm, 0, calmWord, heading, LIGHT_THEME.panel)).toBe(false);
  });

  it('backs the retry tray’s words while a block flies over them into the tray', () => {
    const h = harness('reject-with-retries');
    let s = h.step(FRAME);
    for (let i = 0; i < 600 && s.numbers.retryWaiting === 0; i++) s = h.step(FRAME);
    expect(s.numbers.retryWaiting).toBeGreaterThan(0);
    const tray = draw(s).labels.find((l) => l.text.startsWith('Retrying')) as DrawnLabel;
    expect(tray).toBeDefined();
    // In plain words: "in backoff" is a term of the trade a newcomer does not know (h-small).
    expect(tray.text).not.toMatch(/backoff/);
    s.flights.length = 0;
    s.flights.push(lostBlockAt(tray.x + tray.w - 10, tray.y + tray.h / 2, null));
    const { calls } = draw(s);
    const flight = flightIndex(calls);
    const word = calls.findIndex(
      (c, i) => i > flight && c.name === 'fillText' && String(c.args[0]).startsWith('Retrying'),
    );
    expect(flight).toBeGreaterThanOrEqual(0);
    expect(word).toBeGreaterThan(flight);
    expect(backedBetween(calls, flight, word, tray, LIGHT_THEME.bg)).toBe(true);
  });

  it('backs the conveyor’s rate while a lost block flies under it', () => {
    const h = harness('nginx-limit-req', 1000, stageHeightFor(1000));
    let s = h.step(FRAME);
    for (let i = 0; i < 400 && s.flow !== 'stream'; i++) s = h.step(FRAME);
    expect(s.flow).toBe('stream');
    expectWrittenOverLostBlock(s, 'sent ', 'rate-limited');
  });

  it('writes the tray’s words over a message that gives up and flies from it to the bin', () => {
    const h = harness('reject-with-retries');
    let s = h.step(FRAME);
    for (let i = 0; i < 600 && s.numbers.retryWaiting === 0; i++) s = h.step(FRAME);
    expectWrittenOverLostBlock(s, 'Retrying', 'gave-up');
  });

  it('draws the crash banner over the blocks falling out of the crashed well', () => {
    const h = harness('no-backpressure');
    let s = h.step(FRAME);
    for (let i = 0; i < 60 * 14 && !s.numbers.crashed; i++) s = h.step(FRAME);
    expect(s.numbers.crashed).toBe(true);
    const l = s.layout;
    s.flights.length = 0;
    s.flights.push(lostBlockAt(l.well.x + l.well.w / 2, l.well.y + l.well.h / 2, 'oom'));
    const { calls } = draw(s);
    const flight = flightIndex(calls);
    const banner = calls.findIndex(
      (c) => c.name === 'fillText' && (c.args[0] === 'Out of memory' || c.args[0] === 'Crashed'),
    );
    expect(flight).toBeGreaterThanOrEqual(0);
    expect(banner).toBeGreaterThan(flight);
  });
});
