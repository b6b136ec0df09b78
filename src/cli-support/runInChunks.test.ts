import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim/engine.ts';
import { estimateWork } from '../sim/estimateWork.ts';
import { presetScenario } from '../sim/presets.ts';
import type { Scenario } from '../sim/scenario.ts';
import { runInChunks, type Pace } from './runInChunks.ts';

const workUpTo = (sc: Scenario) => (ms: number) =>
  ms <= 0 ? 0 : estimateWork({ ...sc, durationSec: ms / 1000 }).work;

/** A clock that moves by the next of `steps` ms each time it is read, whatever the work. */
function fakeClock(...steps: number[]) {
  let t = 0;
  let i = 0;
  return () => (t += steps[i++ % steps.length] as number);
}

describe('runInChunks', () => {
  it.each(['reject-with-retries', 'add-consumers', 'nginx-limit-req'])(
    'gives the same results as one run, to the last bit (%s)',
    (id) => {
      const sc = { ...presetScenario(id), durationSec: 1200 };
      const whole = createSimulation(sc, { eventCapacity: 0 });
      whole.run(sc.durationSec * 1000);
      const chunked = createSimulation(sc, { eventCapacity: 0 });
      const paces: Pace[] = [];
      const finished = runInChunks(
        chunked,
        sc.durationSec * 1000,
        workUpTo(sc),
        fakeClock(100, 37, 260, 80),
        (p) => {
          paces.push(p);
        },
      );
      expect(finished).toBe(true);
      expect(paces.length).toBeGreaterThan(3);
      expect(chunked.summary()).toEqual(whole.summary());
      expect(chunked.now).toBe(whole.now);
    },
  );

  it('reports the share done, rising to 1, and the time left, falling to 0', () => {
    const sc = presetScenario('drop-oldest');
    const paces: Pace[] = [];
    runInChunks(
      createSimulation(sc, { eventCapacity: 0 }),
      30_000,
      workUpTo(sc),
      fakeClock(5),
      (p) => {
        paces.push(p);
      },
    );
    const fractions = paces.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(paces.at(-1)).toMatchObject({ fraction: 1, remainingMs: 0, simulatedMs: 30_000 });
    for (const p of paces) expect(p.msPerWork).toBeGreaterThan(0);
  });

  it('stops when told to, before the end', () => {
    const sc = { ...presetScenario('drop-oldest'), durationSec: 3600 };
    const sim = createSimulation(sc, { eventCapacity: 0 });
    let chunks = 0;
    const finished = runInChunks(sim, 3_600_000, workUpTo(sc), fakeClock(50), () => ++chunks < 3);
    expect(finished).toBe(false);
    expect(chunks).toBe(3);
    expect(sim.now).toBeLessThan(3_600_000);
  });

  it('sizes chunks by their wall time: a slower machine gets shorter chunks of simulated time', () => {
    const sc = { ...presetScenario('drop-oldest'), durationSec: 3600 };
    const firstSpans = (step: number) => {
      const sim = createSimulation(sc, { eventCapacity: 0 });
      const spans: number[] = [];
      let last = 0;
      runInChunks(sim, 3_600_000, workUpTo(sc), fakeClock(step), (p) => {
        spans.push(p.simulatedMs - last);
        last = p.simulatedMs;
        return spans.length < 3;
      });
      return spans;
    };
    const fast = firstSpans(10);
    const slow = firstSpans(400);
    expect(fast[0]).toBe(slow[0]);
    expect(fast[1]).toBeCloseTo(4 * fast[0]!, 6);
    expect(slow[1]).toBeCloseTo(fast[0]! / 4, 6);
  });

  it('never shrinks a chunk to nothing, however slow the machine', () => {
    const sc = presetScenario('drop-oldest');
    const sim = createSimulation(sc, { eventCapacity: 0 });
    let chunks = 0;
    expect(runInChunks(sim, 30_000, workUpTo(sc), fakeClock(1e6), () => void chunks++)).toBe(true);
    expect(chunks).toBeLessThanOrEqual(16);
  });
});
