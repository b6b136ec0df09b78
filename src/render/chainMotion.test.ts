/**
 * A pipeline's later stages move as the first does: a block handed on travels the link into the
 * next well, a loss at a later stage leaves that stage's well for its title (which counts it), and a
 * first stage that turns over within a few frames (at 4×) shows its queue in the well, not a pile of
 * blocks forever starting their fall at the mouth. Driven through the StageRenderer as the page is.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { PIPELINE_PRESETS } from '../sim/pipelinePresets.ts';
import type { Scenario, ScenarioInput } from '../sim/scenario.ts';
import { chainHeightFor } from './chainLayout.ts';
import type { ChainScene } from './chainRenderer.ts';
import type { StageScene } from './scene.ts';
import type { LaterStageWay } from './stageAnimator.ts';
import { StageRenderer, type StageView } from './stageRenderer.ts';
import { createFakeContext } from './testing/fakeContext.ts';
import { TEST_PALETTE } from './testing/harness.ts';
import { LIGHT_THEME } from './theme.ts';

const FRAME = 1000 / 60;

function scenarioOf(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

function viewAt(width: number, stages: number): StageView {
  return {
    width,
    height: chainHeightFor(width, stages, 1),
    scale: 1,
    theme: LIGHT_THEME,
    palette: TEST_PALETTE,
    reducedMotion: false,
    fontScale: 1,
  };
}

/** A renderer's chain, as drawn last. */
const chainOf = (r: StageRenderer) =>
  (r as unknown as { chain: { scene: ChainScene } }).chain.scene;
/** The way into stage `k` (a later one) the renderer worked out. */
const wayOf = (r: StageRenderer, k: number) =>
  (r as unknown as { chain: { slots: { way: LaterStageWay }[] } }).chain.slots[k]!.way;

/** Runs `scenario` from `fromMs` frame by frame at `speed`, calling `each` with every frame's chain. */
function run(
  scenario: Scenario,
  width: number,
  frames: number,
  each: (chain: ChainScene, r: StageRenderer, i: number) => void,
  { speed = 1, fromMs = 0 } = {},
): void {
  const engine = createSimulation(scenario, { eventCapacity: 1 << 14 });
  const view = viewAt(width, 1 + (scenario.downstream?.length ?? 0));
  const r = new StageRenderer();
  engine.advanceTo(fromMs);
  let wall = 1000;
  for (let i = 0; i < frames; i++) {
    wall += FRAME;
    engine.advanceTo(engine.now + FRAME * speed);
    r.frame(createFakeContext(), engine, view, wall);
    each(chainOf(r), r, i);
  }
}

/** Distance from (x, y) to the polyline of `n` points in `pts`. */
function offPath(pts: Float64Array, n: number, x: number, y: number): number {
  let best = Infinity;
  for (let i = 1; i < n; i++) {
    const ax = pts[2 * i - 2]!;
    const ay = pts[2 * i - 1]!;
    const dx = pts[2 * i]! - ax;
    const dy = pts[2 * i + 1]! - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

// A slow second stage that a few messages a second keep busy: each one is handed over on its own.
const slowSecond = scenarioOf({
  seed: 3,
  workload: { pattern: { kind: 'steady', ratePerSec: 6 } },
  queue: { capacity: 10 },
  consumers: { count: 1, service: { kind: 'constant', meanMs: 40 } },
  downstream: [
    {
      name: 'slow',
      link: { kind: 'blocking' },
      queue: { capacity: 10 },
      consumers: { count: 1, service: { kind: 'constant', meanMs: 150 } },
    },
  ],
});

// Fire-and-forget into a second stage that cannot keep up and whose short queue refuses the rest.
const lossyTopic = (whenFull: 'reject' | 'drop-oldest'): Scenario =>
  scenarioOf({
    seed: 5,
    workload: { pattern: { kind: 'steady', ratePerSec: 12 } },
    queue: { capacity: 20 },
    consumers: { count: 2, service: { kind: 'constant', meanMs: 20 } },
    downstream: [
      {
        name: 'topic',
        link: { kind: 'fire-and-forget' },
        queue: { capacity: 3, whenFull },
        consumers: { count: 1, service: { kind: 'constant', meanMs: 200 } },
      },
    ],
  });

describe('a later stage of a pipeline, in motion', () => {
  for (const width of [1280, 360]) {
    it(`brings a handed-over block along the link into its well (${width} px)`, () => {
      const tracks = new Map<number, { x: number; y: number; i: number; flying: boolean }[]>();
      let way: LaterStageWay | null = null;
      let second: StageScene | null = null;
      run(slowSecond, width, 240, (chain, r, i) => {
        way ??= wayOf(r, 1);
        second = chain.scenes[1]!;
        // A block, then its flight on (into the box) once its consumer is done with it.
        for (const s of [...second.sprites, ...second.flights]) {
          const t = tracks.get(s.id) ?? [];
          t.push({ x: s.x, y: s.y, i, flying: second.flights.includes(s as never) });
          tracks.set(s.id, t);
        }
      });
      const link = (way as LaterStageWay | null)?.link;
      if (link === undefined) throw new Error('no way into stage 2');
      const { well, workers } = (second as StageScene | null)!.layout;
      const inside = (
        r: { x: number; y: number; w: number; h: number },
        p: { x: number; y: number },
      ) => p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
      // Blocks that came and went within the run: every one left the box above.
      const came = [...tracks.values()].filter(
        (t) => t[0]!.i > 0 && t[t.length - 1]!.i < 239 && t[0]!.y < well.y,
      );
      expect(came.length).toBeGreaterThan(5);
      for (const t of came) {
        expect(Math.hypot(t[0]!.x - link[0]!, t[0]!.y - link[1]!)).toBeLessThan(40);
        // Until the link's last bend it is on the link, and it keeps moving.
        const xs = [link[0]!, link[2]!, link[4]!];
        const ys = [link[1]!, link[3]!, link[5]!];
        const onLink = t.filter(
          (p) =>
            !p.flying &&
            p.x >= Math.min(...xs) - 0.5 &&
            p.x <= Math.max(...xs) + 0.5 &&
            p.y >= Math.min(...ys) - 0.5 &&
            p.y <= Math.max(...ys) + 0.5,
        );
        expect(onLink.length).toBeGreaterThan(2);
        for (const p of onLink) expect(offPath(link, 3, p.x, p.y)).toBeLessThan(1);
        const moved = t.filter(
          (p, i) => i > 0 && Math.hypot(p.x - t[i - 1]!.x, p.y - t[i - 1]!.y) > 0.5,
        );
        expect(moved.length).toBeGreaterThan(3);
        // And it gets into the well or to a consumer before it goes on.
        expect(t.some((p) => inside(well, p) || inside(workers, p))).toBe(true);
      }
    });
  }

  it('brings nothing over the link that had been waiting out of view in a long queue', () => {
    // The topic's consumer falls behind by 6 a second: after a minute its queue is hundreds long,
    // packed in the well, and each block a consumer takes brings one more into view.
    const deep = scenarioOf({
      seed: 9,
      workload: { pattern: { kind: 'steady', ratePerSec: 10 } },
      consumers: { count: 1, service: { kind: 'constant', meanMs: 20 } },
      downstream: [
        {
          name: 'topic',
          link: { kind: 'fire-and-forget' },
          queue: { capacity: null },
          consumers: { count: 1, service: { kind: 'constant', meanMs: 250 } },
        },
      ],
    });
    const firstSeen = new Map<number, { x: number; y: number }>();
    let link: Float64Array | null = null;
    let waiting = 0;
    run(
      deep,
      1280,
      180,
      (chain, r, i) => {
        link ??= wayOf(r, 1).link;
        waiting = chain.scenes[1]!.snapshot.waiting;
        if (i === 0)
          for (const s of chain.scenes[1]!.sprites) firstSeen.set(s.id, { x: -1, y: -1 });
        for (const s of chain.scenes[1]!.sprites)
          if (!firstSeen.has(s.id)) firstSeen.set(s.id, { x: s.x, y: s.y });
      },
      { fromMs: 60_000 },
    );
    expect(waiting).toBeGreaterThan(200);
    const l = link as Float64Array | null;
    if (l === null) throw new Error('no way into stage 2');
    const came = [...firstSeen.values()].filter((p) => p.x >= 0);
    expect(came.length).toBeGreaterThan(3);
    for (const p of came) expect(Math.hypot(p.x - l[0]!, p.y - l[1]!)).toBeGreaterThan(40);
  });

  it('sends what its consumers finish on into its box, as the first stage does', () => {
    let deliveries = 0;
    run(slowSecond, 1280, 240, (chain) => {
      for (const f of chain.scenes[1]!.flights) if (f.reason < 0) deliveries++;
    });
    expect(deliveries).toBeGreaterThan(0);
  });

  for (const [whenFull, width] of [
    ['reject', 1280],
    ['drop-oldest', 1280],
    ['drop-oldest', 360],
  ] as const) {
    it(`shows a message lost there (${whenFull}) leaving its own well for its title (${width} px)`, () => {
      let firstLosses = 0;
      const lost = new Map<number, { x: number; y: number }>();
      let way: LaterStageWay | null = null;
      let counted = 0;
      const callouts = new Set<string>();
      const told: string[] = [];
      let highest = Infinity;
      let panelTop = 0;
      run(lossyTopic(whenFull), width, 300, (chain, r) => {
        way ??= wayOf(r, 1);
        panelTop = chain.plan.panels[1]!.rect.y - chain.scenes[1]!.layout.fonts.bodyPx * 1.5;
        for (const f of chain.scenes[1]!.flights) highest = Math.min(highest, f.y);
        for (const c of chain.scenes[0]!.callouts) callouts.add(c.kind);
        for (const m of r.animator.takeMoments()) told.push(m.announce);
        for (const f of chain.scenes[0]!.flights) if (f.reason >= 0) firstLosses++;
        for (const f of chain.scenes[1]!.flights)
          if (f.reason >= 0) lost.set(f.id, { x: f.x, y: f.y });
        counted = chain.lost[1]!;
      });
      expect(counted).toBeGreaterThan(3);
      // The first stage lost nothing: none of its blocks flies to its bin, and no callout over
      // its bin says it did; the loss is still told to a screen reader.
      expect(firstLosses).toBe(0);
      expect([...callouts]).not.toContain('first-drop');
      expect(told.some((t) => t.startsWith('The first message was lost'))).toBe(true);
      expect(lost.size).toBeGreaterThan(0);
      const w = way as LaterStageWay | null;
      if (w === null) throw new Error('no way into stage 2');
      // Each one's last place seen is near the title that counts it.
      const near = [...lost.values()].filter((p) => Math.hypot(p.x - w.lostX, p.y - w.lostY) < 60);
      expect(near.length).toBeGreaterThan(0);
      // Never out of its own panel (in a column, stage 1's is above it).
      expect(highest).toBeGreaterThanOrEqual(panelTop);
    });
  }
});

describe('the first stage of a pipeline at 4×', () => {
  it('shows its queue in the well, not piled at the mouth', () => {
    const preset = PIPELINE_PRESETS.find((p) => p.id === 'pipeline-proxy-buffering')!;
    let inWell = 0;
    let atMouth = 0;
    run(
      scenarioOf(preset.scenario),
      700,
      120,
      (chain, _r, i) => {
        if (i < 30) return;
        const first = chain.scenes[0]!;
        const top = first.layout.well.y;
        for (const s of first.sprites) {
          if (s.y < top) atMouth++;
          else inWell++;
        }
      },
      { speed: 4, fromMs: 3000 },
    );
    // Its queue turns over every frame or two: once in a while a block is in a consumer's hands.
    expect(inWell).toBeGreaterThan(300);
    expect(atMouth / (inWell + atMouth)).toBeLessThan(0.1);
  });
});
