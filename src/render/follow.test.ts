import { describe, expect, it } from 'vitest';
import { DROP_REASONS } from '../sim/types.ts';
import type { SimEvent } from '../sim/eventLog.ts';
import { Follower, randomServiceMean } from './follow.ts';

const ev = (kind: SimEvent['kind'], time: number, a = 0, b = 0): SimEvent => ({
  kind,
  time,
  id: 7,
  a,
  b,
});

describe('Follower', () => {
  it('tells a delivered message’s story from the events', () => {
    const f = new Follower();
    f.start({ id: 7, createdAt: 1000, enqueuedAt: 1000, place: 'well', ahead: 12, now: 1050 });
    expect(f.text()).toBe('Message 8: joined behind 12.');
    f.onEvent(ev('start', 1480, 0));
    expect(f.text()).toBe('Message 8: a consumer is working on it (waited 480 ms).');
    f.onEvent(ev('finish', 1500, 0));
    // One state at a time: delivered, with what it went through; no "joined" or "waiting" left over.
    expect(f.text()).toBe(
      'Message 8: delivered, 500 ms in all (waited 480 ms, processed in 20 ms).',
    );
    expect(f.done).toBe(true);
    // Nothing is added after the end.
    f.onEvent(ev('drop', 1600, 0));
    expect(f.text()).toMatch(/^Message 8: delivered/);
  });

  it('in a pipeline, says a message finished by the first stage is handed on, not delivered', () => {
    // A reader read "delivered, 183 ms in all" while the stages after it were full (try 15).
    const f = new Follower();
    f.handsOnTo = 'stage 2';
    f.start({ id: 7, createdAt: 1000, enqueuedAt: 1000, place: 'well', ahead: 12, now: 1050 });
    f.onEvent(ev('start', 1480, 0));
    f.onEvent(ev('finish', 1500, 0));
    expect(f.text()).toBe(
      'Message 8: handed on to stage 2 500 ms after it was made, and followed no further (waited 480 ms, processed in 20 ms).',
    );
    expect(f.done).toBe(true);
    expect(f.ending).toBe('handed-on');
  });

  it('says a processing time far from the average was chance, when times are random', () => {
    // A reader saw "processed in under 1 ms" beside the knob's "avg 20 ms" and took it for wrong.
    const told = (mean: number | null, took: number) => {
      const f = new Follower();
      f.serviceMeanMs = mean;
      f.start({ id: 7, createdAt: 1000, enqueuedAt: 1000, place: 'well', ahead: 3, now: 1010 });
      f.onEvent(ev('start', 1100, 0));
      f.onEvent(ev('finish', 1100 + took, 0));
      return f.text();
    };
    const note = "by chance: each message's time is random, and 20 ms is the average";
    expect(told(20, 0.2)).toBe(
      `Message 8: delivered, 100 ms in all (waited 100 ms, processed in under 1 ms, ${note}).`,
    );
    expect(told(20, 70)).toContain(`processed in 70 ms, ${note})`);
    // Near the average, or every message taking the same: nothing to explain.
    expect(told(20, 18)).toMatch(/processed in 18 ms\)\.$/);
    expect(told(null, 0.2)).toMatch(/processed in under 1 ms\)\.$/);
  });

  it('knows which processing times are random, and their average', () => {
    expect(randomServiceMean({ kind: 'exponential', meanMs: 20 })).toBe(20);
    expect(randomServiceMean({ kind: 'lognormal', meanMs: 30, sigma: 0.8 })).toBe(30);
    expect(randomServiceMean({ kind: 'uniform', minMs: 10, maxMs: 30 })).toBe(20);
    expect(randomServiceMean({ kind: 'uniform', minMs: 10, maxMs: 10 })).toBeNull();
    expect(randomServiceMean({ kind: 'constant', meanMs: 20 })).toBeNull();
  });

  it('says a packed message with none ahead is next to leave, and counts roughly otherwise', () => {
    const f = new Follower();
    f.start({ id: 7, createdAt: 0, enqueuedAt: 0, place: 'packed', ahead: 0.3, now: 2000 });
    expect(f.text()).toBe('Message 8: waiting among the packed rows, next to leave.');
    f.start({ id: 7, createdAt: 0, enqueuedAt: 0, place: 'packed', ahead: 40, now: 2000 });
    expect(f.text()).toBe('Message 8: waiting among the packed rows, about 40 ahead of it.');
  });

  it('says why a message was lost', () => {
    const f = new Follower();
    f.start({ id: 7, createdAt: 0, enqueuedAt: 100, place: 'well', ahead: 3, now: 2000 });
    // It took 100 ms to get in, from no cause the log told: still named, so the parts add up.
    expect(f.text()).toBe('Message 8: waiting, 3 ahead of it (reached the queue after 100 ms).');
    f.onEvent(ev('drop', 2500, DROP_REASONS.indexOf('conflated')));
    expect(f.text()).toBe(
      'Message 8: evicted by a newer message with the same key (reached the queue after 100 ms).',
    );
    const g = new Follower();
    g.start({ id: 7, createdAt: 0, enqueuedAt: 100, place: 'well', ahead: 0, now: 2000 });
    g.onEvent(ev('drop', 5100, DROP_REASONS.indexOf('expired')));
    expect(g.text()).toBe(
      'Message 8: expired: it waited longer than messages are kept (reached the queue after 100 ms, waited 5 s).',
    );
  });

  it('counts a long wait in the queue once a second, and stops counting once it leaves', () => {
    const f = new Follower();
    f.start({ id: 7, createdAt: 1000, enqueuedAt: 1000, place: 'well', ahead: 264, now: 1000 });
    f.waiting(1900, 220);
    expect(f.text()).toBe('Message 8: joined behind 264.');
    f.waiting(2000, 214);
    expect(f.text()).toBe('Message 8: waiting 1 s so far, 214 ahead now.');
    // Within the same second the line holds (a screen reader hears it once a second at most).
    const said = f.revision;
    f.waiting(2500, 190);
    expect(f.revision).toBe(said);
    f.waiting(3000, null);
    expect(f.text()).toBe('Message 8: waiting 2 s so far.');
    f.waiting(6000, 0);
    expect(f.text()).toBe('Message 8: waiting 5 s so far, next to leave.');
    f.onEvent(ev('start', 6100, 0));
    f.waiting(7000, 0);
    expect(f.text()).toBe('Message 8: a consumer is working on it (waited 5.1 s).');
  });

  it('follows a message turned away through its retries', () => {
    const f = new Follower();
    f.start({ id: 7, createdAt: 0, enqueuedAt: 0, place: 'held', ahead: 0, now: 10 });
    f.onEvent(ev('refuse', 20, 0, 1));
    expect(f.text()).toBe('Message 8: turned away at the full queue (turned away once).');
    f.onEvent(ev('retry-wait', 20, 200, 2));
    expect(f.text()).toBe('Message 8: waiting 200 ms before it tries again (turned away once).');
    f.onEvent(ev('refuse', 230, 0, 2));
    f.onEvent(ev('retry-wait', 230, 400, 3));
    f.joined(5, 640);
    expect(f.text()).toBe(
      'Message 8: joined behind 5 (turned away 2 times, 640 ms before it got in).',
    );
    const before = f.revision;
    f.clear();
    expect(f.text()).toBe('');
    expect(f.revision).toBeGreaterThan(before);
  });
});

describe('a followed message on the stage', () => {
  it('keeps its ended story, marks where it ended, and draws it among the packed rows', async () => {
    const { harness, TEST_PALETTE } = await import('./testing/harness.ts');
    const FRAME = 1000 / 60;
    const h = harness('no-backpressure');
    for (let i = 0; i < 60 * 6; i++) h.step(FRAME);
    h.animator.input({ kind: 'head' });
    let s = h.step(FRAME);
    expect(h.animator.storyText).toMatch(/^Message [\d,]+: waiting among the packed rows/);
    // Picked at the head, it is next to leave: not "about 0 ahead of it".
    expect(h.animator.storyText).toMatch(/packed rows, next to leave/);
    expect(h.animator.storyText).not.toMatch(/\b0 ahead/);
    // Its own block is drawn on its grey cell, in the ring.
    expect(s.follow?.visible).toBe(true);
    expect(s.follow!.packedStyle).toBeGreaterThanOrEqual(0);
    const { createFakeContext } = await import('./testing/fakeContext.ts');
    const { drawStage } = await import('./drawStage.ts');
    const { LIGHT_THEME } = await import('./theme.ts');
    const ctx = createFakeContext();
    drawStage(ctx, s, LIGHT_THEME, TEST_PALETTE);
    const f = s.follow!;
    const at = ctx.calls.findIndex(
      (c) => c.name === 'fillRect' && c.args[0] === f.x - f.size / 2 && c.args[2] === f.size,
    );
    // A round ring, centred on it (the well's own marks are square).
    const ring = ctx.calls.findIndex(
      (c) =>
        c.name === 'arc' &&
        c.args[0] === f.x &&
        c.args[1] === f.y &&
        Number(c.args[2]) > f.size * 0.71,
    );
    expect(at).toBeGreaterThan(0);
    expect(ring).toBeGreaterThan(at);

    // It ends (delivered or lost). A reader saw the ending for a second or two, then it went: now
    // the words stay (a minute of frames on, running) until the reader follows another or stops.
    for (let i = 0; i < 60 * 60 && !h.animator.follower.done; i++) s = h.step(FRAME, 4);
    expect(h.animator.follower.done).toBe(true);
    const ended = h.animator.storyText;
    expect(ended).toMatch(/^Message [\d,]+: (delivered|lost)/);
    expect(ended).not.toMatch(/waiting|joined/);
    for (let t = 0; t < 60_000; t += FRAME) s = h.step(FRAME);
    expect(h.animator.storyText).toBe(ended);
    // Its last journey over, the stage marks where it ended: by the Done box, or the Lost bin.
    expect(s.follow).toBeNull();
    const end = s.followEnd;
    expect(end).not.toBeNull();
    const box = end!.ending === 'delivered' ? s.layout.sink : s.layout.bin;
    expect(ended).toMatch(end!.ending === 'delivered' ? /: delivered/ : /: (?!delivered)/);
    expect(end!.x).toBe(box.x + box.w / 2);
    expect(end!.y).toBe(box.y);
    const id = /^Message ([\d,]+)/.exec(ended)?.[1];
    expect(end!.text[0]).toBe(`Message ${id} ${end!.ending}`);
    // Drawn as a chip with its words, clear of every other word on the stage.
    const { LabelLog } = await import('./labels.ts');
    const labels = new LabelLog();
    drawStage(createFakeContext(), s, LIGHT_THEME, TEST_PALETTE, labels);
    const chip = labels.banners().find((b) => end!.text.includes(b.text));
    expect(chip).toBeDefined();
    for (const l of labels.list()) {
      if (l.text === chip!.text) continue;
      const apart =
        l.x + l.w <= chip!.x ||
        chip!.x + chip!.w <= l.x ||
        l.y + l.h <= chip!.y ||
        chip!.y + chip!.h <= l.y;
      expect(apart, `"${chip!.text}" over "${l.text}"`).toBe(true);
    }
    // A still stage has nothing to redraw for it, once what was moving has come to rest.
    for (let t = 0; t < 5000; t += FRAME) h.step(FRAME, 0);
    expect(h.animator.animating).toBe(false);
    expect(h.animator.storyText).toBe(ended);
    // Stopped (Esc, or the button under the stage): the line and the chip go.
    h.animator.input({ kind: 'clear' });
    s = h.step(FRAME, 0);
    expect(h.animator.storyText).toBe('');
    expect(s.followEnd).toBeNull();
  });
});

describe('a delivered followed message', () => {
  it('leaves no ring over the Done box’s count', async () => {
    // A reader saw "Done ·80" for 180: the ring of the delivered message sat on the count.
    const { harness } = await import('./testing/harness.ts');
    const FRAME = 1000 / 60;
    const h = harness('drop-oldest');
    for (let i = 0; i < 60 * 2; i++) h.step(FRAME);
    h.animator.input({ kind: 'head' });
    let delivered = false;
    for (let i = 0; i < 60 * 10; i++) {
      const s = h.step(FRAME);
      const sink = s.layout.sink;
      const f = s.follow;
      delivered ||= /delivered/.test(h.animator.storyText);
      if (f === null || !f.visible) continue;
      const over =
        f.x >= sink.x && f.x <= sink.x + sink.w && f.y >= sink.y && f.y <= sink.y + sink.h;
      expect(over, `frame ${i}: ring at ${f.x},${f.y}`).toBe(false);
    }
    expect(delivered).toBe(true);
  });
});

describe('a followed message on a busy machine', () => {
  const FRAME = 1000 / 60;
  const fate = /^Message [\d,]+: (delivered|pushed out as the oldest waiting)/;

  it('hears how it ended when that was in a frame too long to animate', async () => {
    const { harness } = await import('./testing/harness.ts');
    const { EVENT_BUDGET } = await import('./stageAnimator.ts');
    const h = harness('drop-oldest');
    for (let i = 0; i < 60 * 3; i++) h.step(FRAME);
    h.animator.input({ kind: 'head' });
    h.step(FRAME);
    expect(h.animator.storyText).toMatch(/^Message [\d,]+: (waiting|joined|a consumer)/);
    // One late frame: five seconds of the run at once, more events than a frame animates (the
    // picture resyncs), fewer than the log holds. The followed head left early in them.
    const written = h.engine.events!.written;
    h.engine.advanceTo(h.engine.now + 5000);
    expect(h.engine.events!.written - written).toBeGreaterThan(EVENT_BUDGET);
    h.step(FRAME, 0);
    expect(h.animator.storyText).toMatch(fate);
  });

  it('says its end went unseen when the log lost it before it was read', async () => {
    const { harness } = await import('./testing/harness.ts');
    const h = harness('drop-oldest');
    for (let i = 0; i < 60 * 3; i++) h.step(FRAME);
    h.animator.input({ kind: 'head' });
    h.step(FRAME);
    // Two minutes at once: the log overwrites its oldest events, the followed head's end among them.
    const written = h.engine.events!.written;
    h.engine.advanceTo(h.engine.now + 120_000);
    expect(h.engine.events!.written - written).toBeGreaterThan(h.engine.events!.capacity);
    h.step(FRAME, 0);
    expect(h.animator.storyText).toMatch(
      /^Message [\d,]+: out of sight: the stage skipped ahead to keep up, so how it ended was not seen\.$/,
    );
    expect(h.animator.follower.done).toBe(true);
  });

  it('hears how it ended when picked from a picture drawn again while the run went on', async () => {
    // A loaded machine: every snapshot takes 40 ms, so the renderer draws each one again for a
    // while (as many frames as it cost 2 ms budgets) while the events go on being read. A block
    // picked then may have left already, its end read before it was followed.
    const { renderer, frame } = await pageStage('drop-oldest', 360, 400, 40);
    const animator = renderer.animator;
    const stories: string[] = [];
    for (let tries = 0; tries < 30 && stories.length < 5; tries++) {
      for (let i = 0; i < 50 + tries * 3; i++) frame();
      // One of the newest blocks the picture shows waiting (the picture may be a while old).
      const waiting = frame().sprites.filter((b) => (b as { place?: string }).place === 'well');
      const block = waiting[waiting.length - 1 - (tries % 5)];
      if (block === undefined) continue;
      animator.input({ kind: 'pick', x: block.x, y: block.y });
      frame();
      if (animator.follower.id === null) continue;
      for (let i = 0; i < 60 * 10 && !animator.follower.done; i++) frame();
      stories.push(animator.storyText);
      animator.input({ kind: 'clear' });
      frame();
    }
    expect(stories).toHaveLength(5);
    for (const story of stories) expect(story).toMatch(fate);
  });
});

describe('a followed message among the packed rows', () => {
  const FRAME = 1000 / 60;
  /** The stage inside a 360 px phone, a 700 px window, a 1280 and a 1440 px desktop. */
  const WIDTHS = [336, 676, 780, 880];

  it.each(WIDTHS)(
    'at %d px is ringed in full in the packed rows, with no words over the followed block',
    async (width) => {
      const { harness, TEST_PALETTE } = await import('./testing/harness.ts');
      const { createFakeContext } = await import('./testing/fakeContext.ts');
      const { drawStage } = await import('./drawStage.ts');
      const { LabelLog } = await import('./labels.ts');
      const { LIGHT_THEME } = await import('./theme.ts');
      const { stageHeightFor } = await import('./stageLayout.ts');
      const h = harness('no-backpressure', width, stageHeightFor(width));
      // Followed at the head (the F key: next to leave, by "next") and at the newest (the tour's
      // "Follow another"), which sinks into the packed rows as the queue grows: on a phone the
      // "×20" chip then covered the whole followed block, the ring holding only "×20".
      let checked = 0;
      const faults = new Set<string>();
      for (let i = 0; i < 60 * 9; i++) {
        const s = h.step(FRAME);
        const fw = h.animator.follower;
        if (i % 30 === 0 && s.packUnit > 1 && (fw.id === null || fw.done || i % 120 === 0))
          h.animator.input({ kind: i % 60 === 0 ? 'newest' : 'head' });
        const f = s.follow;
        if (f === null || !f.visible || f.packedStyle < 0) continue;
        const ctx = createFakeContext();
        const labels = new LabelLog();
        drawStage(ctx, s, LIGHT_THEME, TEST_PALETTE, labels);
        const arcs = ctx.calls.map(
          (c) => c.name === 'arc' && c.args[0] === f.x && c.args[1] === f.y,
        );
        expect(arcs.lastIndexOf(true)).toBeGreaterThan(0);
        checked++;
        // No words on the cells at all (a "×20" chip once covered the whole followed block).
        for (const l of labels.list())
          if (
            l.x < f.x + f.size / 2 &&
            l.x + l.w > f.x - f.size / 2 &&
            l.y < f.y + f.size / 2 &&
            l.y + l.h > f.y - f.size / 2
          )
            faults.add(`"${l.text}" over the followed block at ${width} px`);
      }
      expect(checked).toBeGreaterThan(20);
      expect([...faults]).toEqual([]);
    },
  );
});

describe('a followed message’s delivered story', () => {
  /** A duration as the story says it, ms, and how far its rounding may be off. */
  function ms(text: string): [number, number] {
    if (text === 'under 1 ms') return [0.5, 0.5];
    const m = /^([\d.]+) (ms|s)$/.exec(text);
    if (m === null) throw new Error(`not a duration: ${text}`);
    const v = Number(m[1]);
    if (m[2] === 'ms') return [v, 0.5];
    return [v * 1000, v < 10 ? 50 : 500];
  }
  const DUR = /(under 1 ms|[\d.]+ m?s)/;

  it.each(['block', 'credit-window', 'reject-with-retries', 'no-backpressure', 'latest-per-key'])(
    'under %s names every part of its time, and the parts add up to the whole',
    async (preset) => {
      // A reader found "419 ms in all (waited 328 ms, processed in 23 ms)" under Block the
      // producer: 68 ms (held at the blocked producer) went unnamed.
      const { harness } = await import('./testing/harness.ts');
      const FRAME = 1000 / 60;
      const h = harness(preset);
      for (let i = 0; i < 60 * 3; i++) h.step(FRAME);
      const stories = new Set<string>();
      let before = 0;
      for (let i = 0; i < 60 * 40 && stories.size < 6; i++) {
        if (h.animator.follower.id === null || h.animator.follower.done)
          h.animator.input({ kind: i % 2 === 0 ? 'newest' : 'head' });
        h.step(FRAME, 2);
        const story = h.animator.storyText;
        if (/: delivered, /.test(story)) stories.add(story);
      }
      expect(stories.size).toBeGreaterThan(2);
      for (const story of stories) {
        const m = new RegExp(`delivered, ${DUR.source} in all(?: \\((.*)\\))?\\.$`).exec(story);
        expect(m, story).not.toBeNull();
        const [total, slack0] = ms(m![1]!);
        let sum = 0;
        let slack = slack0;
        for (const part of (m![2] ?? '').split(', ').filter((p) => DUR.test(p))) {
          const [v, e] = ms(DUR.exec(part)![1]!);
          sum += v;
          slack += e;
        }
        if (/held|before it got in|reached the queue/.test(story)) before++;
        expect(Math.abs(sum - total), story).toBeLessThanOrEqual(slack);
      }
      // Where the producer holds messages back or they are turned away, that part is named.
      if (preset === 'block' || preset === 'credit-window' || preset === 'reject-with-retries')
        expect(before).toBeGreaterThan(0);
    },
  );
});

/**
 * The page's stage renderer over a real run of `presetId`, `width` × `height`, and a frame that
 * advances the run by one 60 Hz frame and draws it; each snapshot costs `snapshotMs` of the
 * renderer's clock (40: a loaded machine, whose pictures are drawn again while the run goes on).
 */
async function pageStage(presetId: string, width: number, height: number, snapshotMs: number) {
  const { createSimulation } = await import('../sim/engine.ts');
  const { presetScenario } = await import('../sim/presets.ts');
  const { StageRenderer } = await import('./stageRenderer.ts');
  const { createFakeContext } = await import('./testing/fakeContext.ts');
  const { TEST_PALETTE } = await import('./testing/harness.ts');
  const { LIGHT_THEME } = await import('./theme.ts');
  const FRAME = 1000 / 60;
  let clock = 0;
  const renderer = new StageRenderer(() => (clock += snapshotMs));
  const scenario = presetScenario(presetId);
  const engine = createSimulation(scenario, { eventCapacity: 1 << 14 });
  const ctx = createFakeContext();
  const view = {
    width,
    height,
    scale: 1,
    theme: LIGHT_THEME,
    palette: TEST_PALETTE,
    reducedMotion: false,
    fontScale: 1,
  };
  let wall = 1000;
  const frame = () => {
    wall += FRAME;
    engine.advanceTo(engine.now + FRAME);
    return renderer.frame(ctx, engine, view, wall);
  };
  return { renderer, engine, scenario, frame };
}

describe('a followed message on a page’s stage', () => {
  it('keeps its ended story until a knob changes, and compares its processing time with the knob’s average', async () => {
    const { setAt } = await import('../domain/path.ts');
    const { renderer, engine, scenario, frame } = await pageStage('block', 900, 420, 0);
    for (let i = 0; i < 120; i++) frame();
    // The page's stage knows the knob's average: 20 ms, drawn at random (exponential).
    expect(scenario.consumers.service.kind).toBe('exponential');
    expect(renderer.animator.follower.serviceMeanMs).toBe(
      (scenario.consumers.service as { meanMs: number }).meanMs,
    );
    renderer.animator.input({ kind: 'head' });
    for (let i = 0; i < 600 && !renderer.animator.follower.done; i++) frame();
    const ended = renderer.animator.storyText;
    expect(ended).toMatch(/: delivered/);
    for (let i = 0; i < 300; i++) frame();
    expect(renderer.animator.storyText).toBe(ended);
    // A knob changes: the ended story was about the old settings, and goes.
    engine.reconfigure(setAt(scenario, 'workload.ratePerSec', 40));
    frame();
    expect(renderer.animator.storyText).toBe('');
  });
});
