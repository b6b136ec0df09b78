import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import type { ScenarioInput } from '../sim/scenario.ts';
import { DROP_REASONS } from '../sim/types.ts';
import { binLanding } from './binPlan.ts';
import { CALLOUT_MS, EVENT_BUDGET, FLIGHT_CAP, PULSE_CAP, tempoFor } from './stageAnimator.ts';
import { harness } from './testing/harness.ts';

function scenario(input: ScenarioInput) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const FRAME = 1000 / 60;

describe('StageAnimator', () => {
  it('follows single messages at a slow speed: a newcomer starts at the producer', () => {
    const h = harness('drop-oldest');
    let sawJourney = false;
    for (let i = 0; i < 240; i++) {
      const s = h.step(FRAME, 0.25);
      expect(s.flow).toBe('discrete');
      for (const b of s.sprites)
        if (b.x < s.layout.well.x && b.y <= s.layout.exitY + 1) sawJourney = true;
    }
    expect(sawJourney).toBe(true);
  });

  it('streams at high rates and keeps its work bounded at 10,000 messages/s × 100', () => {
    const h = harness(
      scenario({
        workload: { pattern: { kind: 'steady', ratePerSec: 10_000 } },
        queue: { capacity: 200, whenFull: 'drop-oldest' },
        consumers: { count: 20, service: { kind: 'exponential', meanMs: 5 } },
      }),
    );
    for (let i = 0; i < 40; i++) {
      const s = h.step(FRAME, 100);
      expect(s.flights.length).toBeLessThanOrEqual(FLIGHT_CAP);
      expect(s.pulses.length).toBeLessThanOrEqual(PULSE_CAP);
      expect(h.animator.spriteCount).toBeLessThanOrEqual(200 + 20 + 1);
    }
    expect(h.animator.flow).toBe('stream');
  }, 30_000);

  it('resyncs from the snapshot when more happened than it reads in a frame', () => {
    const h = harness('drop-oldest');
    h.step(FRAME);
    // Far more than the per-frame event budget in one go.
    h.engine.advanceTo(h.engine.now + 60_000);
    expect(h.engine.events?.written).toBeGreaterThan(EVENT_BUDGET);
    const s = h.step(FRAME, 0);
    expect(s.flights).toHaveLength(0);
    for (const b of s.sprites) expect(b.alpha).toBe(1);
  });

  it('draws no tweens under reduced motion, only where things are', () => {
    const h = harness('credit-window');
    for (let i = 0; i < 200; i++) {
      const s = h.step(FRAME, 1, true);
      expect(s.flights).toHaveLength(0);
      expect(s.pulses).toHaveLength(0);
      expect(s.sinkBump).toBe(0);
      expect(s.beltPhase).toBe(0);
    }
  });

  it('pushes the oldest out of the bottom under drop-oldest, in the reason’s colour', () => {
    const h = harness('drop-oldest');
    const reason = DROP_REASONS.indexOf('evicted-oldest');
    let seen = false;
    for (let i = 0; i < 900 && !seen; i++) {
      const s = h.step(FRAME, 0.5);
      seen = s.flights.some((f) => f.reason === reason);
    }
    expect(seen).toBe(true);
  });

  it('sends credits back along the wire under a credit window, and signals under watermarks', () => {
    const credit = harness('credit-window');
    let kinds = new Set<string>();
    for (let i = 0; i < 200; i++) for (const p of credit.step(FRAME).pulses) kinds.add(p.kind);
    expect(kinds.has('credit')).toBe(true);
    const signal = harness('slow-down-signal');
    kinds = new Set<string>();
    for (let i = 0; i < 600; i++) for (const p of signal.step(FRAME).pulses) kinds.add(p.kind);
    expect(kinds.has('slow')).toBe(true);
  });

  it('flashes and explains an out-of-memory crash', () => {
    const h = harness('no-backpressure');
    let flash = 0;
    let crashed = false;
    for (let i = 0; i < 60 * 14 && flash === 0; i++) {
      const s = h.step(FRAME);
      flash = s.crashFlash;
      crashed = s.numbers.crashed;
    }
    expect(flash).toBeGreaterThan(0);
    expect(crashed).toBe(true);
  });

  it('fades new workers in over their cold start', () => {
    const h = harness('add-consumers');
    let starting = null as number | null;
    for (let i = 0; i < 60 * 6 && starting === null; i++) {
      const s = h.step(FRAME);
      const w = s.workers.find((v) => v.status === 'starting');
      if (w !== undefined) starting = w.alpha;
    }
    expect(starting).not.toBeNull();
    expect(starting as number).toBeLessThan(1);
  });

  it('smooths a producer that blocks many times a second into a share', () => {
    const h = harness('block');
    let s = h.step(FRAME);
    let sum = 0;
    for (let i = 0; i < 900; i++) {
      s = h.step(FRAME);
      if (i >= 300) sum += s.producerShares.stopped;
      // The read-out keeps the set rate through each momentary block.
      expect(s.producerRate).toBe(65);
    }
    const mean = sum / 600;
    expect(mean).toBeGreaterThan(0.1);
    expect(mean).toBeLessThan(0.5);
  });

  it('starts over for a new run', () => {
    const h = harness(presetScenario('drop-oldest'));
    for (let i = 0; i < 60; i++) h.step(FRAME);
    h.animator.reset();
    expect(h.animator.spriteCount).toBe(0);
  });
});

describe('StageAnimator: blocks in their places', () => {
  it('moves every waiting block only towards the head, along the queue, even when it cannot read every event', () => {
    // A flood turned away by a rate limit: more events each frame than the animator reads (so it
    // resyncs every frame), while the queue behind the limit drains slowly.
    const h = harness(
      scenario({
        workload: { pattern: { kind: 'steady', ratePerSec: 100_000 } },
        rateLimit: { ratePerSec: 20, burst: 5 },
        queue: { capacity: 20, whenFull: 'reject' },
        consumers: { count: 1, service: { kind: 'constant', meanMs: 400 } },
      }),
    );
    for (let i = 0; i < 90; i++) h.step(FRAME, 1, true);
    let before = new Map<number, number>();
    let resynced = 0;
    let moved = 0;
    for (let i = 0; i < 120; i++) {
      const written = h.engine.events?.written ?? 0;
      const s = h.step(FRAME, 1, true);
      if ((h.engine.events?.written ?? 0) - written > EVENT_BUDGET) resynced++;
      const now = new Map<number, number>();
      const w = s.layout.well;
      const cols = s.grid.cols;
      for (const b of s.sprites) {
        if (!(b.x > w.x && b.x < w.x + w.w)) continue;
        // Its place along the path the queue takes: from the bottom right, row by row, as a snake.
        const col = Math.floor((b.x - w.x) / s.layout.cell);
        const row = Math.floor((w.y + w.h - b.y) / s.layout.cell);
        now.set(b.id, row * cols + (row % 2 === 0 ? cols - 1 - col : col));
      }
      for (const [id, place] of now) {
        const was = before.get(id);
        if (was === undefined) continue;
        expect(place, `block ${id} moved back along the queue`).toBeLessThanOrEqual(was);
        if (place < was) moved++;
      }
      before = now;
    }
    expect(resynced).toBeGreaterThan(100);
    // Departures happened meanwhile, and the blocks behind moved up.
    expect(moved).toBeGreaterThan(0);
  });

  it('marks the head and the newest of a single queue where their blocks are', () => {
    const h = harness('block');
    let s = h.step(FRAME);
    for (let i = 0; i < 240; i++) s = h.step(FRAME, 1, true);
    const m = s.marks[0]!;
    const head = s.snapshot.lanes[0]!.blocks[0]!;
    const newest = s.snapshot.lanes[0]!.blocks.at(-1)!;
    const at = (id: number) => s.sprites.find((b) => b.id === id)!;
    expect([m.headX, m.headY]).toEqual([at(head.id).x, at(head.id).y]);
    expect([m.tailX, m.tailY]).toEqual([at(newest.id).x, at(newest.id).y]);
    // The head sits on the floor: the next to leave is at the bottom.
    expect(m.headY).toBeGreaterThan(s.layout.well.y + s.layout.well.h - s.layout.cell);
  });

  it('packs a long queue under its newest blocks, and marks the head in the packed rows', () => {
    const h = harness('no-backpressure');
    let s = h.step(FRAME);
    for (let i = 0; i < 60 * 6 && s.snapshot.lanes[0]!.count <= s.grid.cellsPerLane + 10; i++)
      s = h.step(FRAME, 1, true);
    const pile = s.piles[0]!;
    expect(s.packUnit).toBeGreaterThan(1);
    expect(pile.packedRows).toBeGreaterThan(0);
    expect(pile.single + pile.packed).toBe(s.snapshot.lanes[0]!.count);
    // The single blocks are the newest messages.
    const newest = s.snapshot.lanes[0]!.tail.slice(-pile.single).map((b) => b.id);
    const shown = s.sprites.filter((b) => b.y < s.layout.well.y + s.layout.well.h).map((b) => b.id);
    for (const id of newest) expect(shown).toContain(id);
    expect(s.marks[0]!.headPacked).toBe(true);
  });

  it('sends each lost block to its reason’s place in the bin, in the reason’s colour', () => {
    const h = harness('reject-with-retries');
    const gaveUp = DROP_REASONS.indexOf('gave-up');
    let s = h.step(FRAME);
    let flight = null as { x: number; y: number } | null;
    for (let i = 0; i < 60 * 20 && flight === null; i++) {
      s = h.step(FRAME);
      const f = s.flights.find((g) => g.reason === gaveUp);
      if (f !== undefined) flight = f;
    }
    expect(flight).not.toBeNull();
    // Let it land: its last position is the reason's swatch.
    const landing = binLanding(s.layout, s.snapshot.dropped, gaveUp, { x: 0, y: 0 });
    const f = s.flights.find((g) => g.reason === gaveUp)!;
    let last = { x: f.x, y: f.y };
    for (let i = 0; i < 60 && s.flights.includes(f); i++) {
      last = { x: f.x, y: f.y };
      s = h.step(FRAME, 0);
    }
    expect(Math.hypot(last.x - landing.x, last.y - landing.y)).toBeLessThan(s.layout.cell);
  });
});

describe('StageAnimator: following a message', () => {
  it('highlights a picked block all the way to the sink and tells its story', () => {
    const h = harness('block');
    let s = h.step(FRAME);
    for (let i = 0; i < 180; i++) s = h.step(FRAME);
    const w = s.layout.well;
    // One with others ahead of it, so it is seen waiting in the well first (the head, taken by its
    // consumer, shows at the worker at once).
    const target = s.sprites
      .filter((b) => b.x > w.x && b.x < w.x + w.w && b.y > w.y)
      .sort((a, b) => a.y - b.y)[0]!;
    h.animator.input({ kind: 'pick', x: target.x + 2, y: target.y - 2 });
    s = h.step(FRAME);
    expect(h.animator.follower.id).toBe(target.id);
    expect(s.follow).toMatchObject({ id: target.id, visible: true });
    const places = new Set<string>();
    for (let i = 0; i < 60 * 6 && s.follow !== null; i++) {
      s = h.step(FRAME);
      const f = s.follow;
      if (f === null || !f.visible) continue;
      const l = s.layout;
      places.add(
        f.x >= l.workers.x && f.x <= l.workers.x + l.workers.w
          ? 'worker'
          : f.x >= l.sink.x - l.cell
            ? 'sink'
            : 'well',
      );
    }
    expect([...places]).toEqual(expect.arrayContaining(['well', 'worker', 'sink']));
    // Delivered: the ring is gone, the story stays.
    expect(s.follow).toBeNull();
    expect(h.animator.storyText).toMatch(
      /^Message [\d,]+: delivered, [\d.]+ m?s in all \((held at the producer [\d.]+ m?s, )?waited [\d.]+ m?s, processed in [^)]*\)\.$/,
    );
  });

  it('picks the next to leave and the newest by key, and moves between blocks', () => {
    const h = harness('block');
    let s = h.step(FRAME);
    for (let i = 0; i < 240; i++) s = h.step(FRAME, 1, true);
    const lane = s.snapshot.lanes[0]!;
    h.animator.input({ kind: 'head' });
    s = h.step(FRAME, 0, true);
    expect(h.animator.follower.id).toBe(lane.blocks[0]!.id);
    h.animator.input({ kind: 'newest' });
    s = h.step(FRAME, 0, true);
    expect(h.animator.follower.id).toBe(s.snapshot.lanes[0]!.blocks.at(-1)!.id);
    const from = { ...s.follow! };
    h.animator.input({ kind: 'down' });
    s = h.step(FRAME, 0, true);
    expect(s.follow!.y).toBeGreaterThan(from.y);
    h.animator.input({ kind: 'clear' });
    s = h.step(FRAME, 0, true);
    expect(s.follow).toBeNull();
    expect(h.animator.storyText).toBe('');
  });

  it('says what happened to a message pushed out or replaced', () => {
    for (const [preset, words] of [
      ['drop-oldest', /pushed out as the oldest waiting|delivered/],
      ['latest-per-key', /evicted by a newer message with the same key|delivered/],
    ] as const) {
      const h = harness(preset);
      for (let i = 0; i < 240; i++) h.step(FRAME);
      h.animator.input({ kind: 'newest' });
      for (let i = 0; i < 60 * 10 && !h.animator.follower.done; i++) h.step(FRAME);
      expect(h.animator.storyText, preset).toMatch(words);
    }
  });
});

describe('StageAnimator: moments', () => {
  it('calls out each moment once, where it happened, for a while', () => {
    const h = harness('add-consumers');
    const said: string[] = [];
    let s = h.step(FRAME);
    let seen = null as { at: number; text: string } | null;
    for (let i = 0; i < 60 * 12; i++) {
      s = h.step(FRAME);
      said.push(...h.animator.takeMoments().map((m) => m.kind));
      const added = s.callouts.find((c) => c.kind === 'consumer-added');
      if (added !== undefined && seen === null) seen = { at: h.wall, text: added.text };
    }
    expect(said.filter((k) => k === 'consumer-added')).toHaveLength(1);
    expect(said).toContain('first-drop');
    expect(seen?.text).toBe('Consumer added');
    // Gone after its time.
    expect(s.callouts.some((c) => c.kind === 'consumer-added')).toBe(
      h.wall - seen!.at < CALLOUT_MS,
    );
  });

  it('calls out an out-of-memory crash and a blocked producer, in words for screen readers', () => {
    const crash = harness('no-backpressure');
    const words: string[] = [];
    for (let i = 0; i < 60 * 14; i++) {
      crash.step(FRAME);
      words.push(...crash.animator.takeMoments().map((m) => m.announce));
    }
    expect(words.some((w) => w.startsWith('The consumer ran out of memory'))).toBe(true);
    // The crash was the first loss: no separate "first loss" after it.
    expect(words.some((w) => w.startsWith('The first message was lost'))).toBe(false);
    const block = harness('block');
    const kinds: string[] = [];
    for (let i = 0; i < 60 * 3; i++) {
      block.step(FRAME);
      kinds.push(...block.animator.takeMoments().map((m) => m.kind));
    }
    expect(kinds).toEqual(['blocked']);
  });

  it('holds a callout still under reduced motion, and fades it otherwise', () => {
    for (const reduced of [true, false]) {
      const h = harness('block');
      let alpha = 1;
      let s = h.step(FRAME, 1, reduced);
      for (let i = 0; i < 60 * 6; i++) {
        s = h.step(FRAME, 1, reduced);
        const c = s.callouts[0];
        if (c !== undefined) alpha = Math.min(alpha, c.alpha);
      }
      if (reduced) expect(alpha).toBe(1);
      else expect(alpha).toBeLessThan(1);
    }
  });
});

describe('tempoFor', () => {
  it('keeps full-length motion while messages can be followed, and shortens it beyond', () => {
    expect(tempoFor(5)).toBe(1);
    expect(tempoFor(24)).toBeCloseTo(0.5);
    expect(tempoFor(10_000)).toBe(0.25);
  });
});

describe('StageAnimator: a followed message’s long wait', () => {
  it('counts its wait in the story line as it goes, with how many are ahead as the simulation has it', () => {
    // The tour's second step: the story (70/s in, about 50/s out) with room for a deep well (no
    // memory limit: a well whose height stands for a budget draws fewer blocks one by one, the rest
    // packed, and a packed message's place is not counted).
    const story = presetScenario('no-backpressure');
    const roomy = parseScenario({
      ...story,
      queue: { ...story.queue, memoryBudgetBytes: null },
    });
    if (!roomy.ok) throw new Error('no roomy story');
    // A tall stage, whose well draws a hundred blocks one by one: the followed one is drawn all along.
    const h = harness(roomy.value, 900, 1600);
    let s = h.step(FRAME);
    // About 6 s in: some 120 wait.
    for (let i = 0; i < 380; i++) s = h.step(FRAME);
    expect(s.snapshot.lanes[0]!.count).toBeGreaterThan(80);
    h.animator.input({ kind: 'newest' });
    s = h.step(FRAME);
    const id = h.animator.follower.id!;
    const said: string[] = [];
    const faults: string[] = [];
    for (let i = 0; i < 60 * 8 && !h.animator.follower.done; i++) {
      s = h.step(FRAME);
      const text = h.animator.storyText;
      if (said.at(-1) === text) continue;
      said.push(text);
      // A count of those ahead, as it is said, is the lane's own at that moment.
      const ahead = /, ([\d,]+) ahead now\.$/.exec(text);
      if (ahead === null) continue;
      const lane = s.snapshot.lanes[0]!;
      const front = lane.blocks.findIndex((b) => b.id === id);
      const back = lane.tail.findIndex((b) => b.id === id);
      const real = front >= 0 ? front : lane.count - lane.tail.length + back;
      if (Number(ahead[1]!.replace(/,/g, '')) !== real) faults.push(`${text} (lane: ${real})`);
    }
    // While it waits, the line moves on each second: its wait so far, and the queue ahead shrinking.
    const waits = said.filter((t) => / waiting \d+ s so far/.test(t));
    expect(waits.length).toBeGreaterThanOrEqual(2);
    expect(said.some((t) => / ahead now\.$/.test(t))).toBe(true);
    expect(faults).toEqual([]);
    expect(said.at(-1)).toMatch(/delivered/);
  });
});
