import type { Engine } from '../engine.ts';

/**
 * Mean goodput (messages/s, from the series) before the first trigger, and over the last third of
 * the run: how far a trouble knocked a run down, and whether it came back. The first second is left
 * out of "before", so a cold start does not count.
 */
export function goodputWindows(sim: Engine): { before: number; lastThird: number } {
  const t = sim.series.read('t');
  const goodput = sim.series.read('goodputRate');
  const firstTrigger = Math.min(...sim.scenario.triggers.map((x) => x.atMs), Infinity);
  const end = sim.now;
  const mean = (from: number, to: number) => {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < t.length; i++) {
      const at = t[i] as number;
      if (at > from && at <= to) {
        sum += goodput[i] as number;
        n++;
      }
    }
    return n > 0 ? sum / n : NaN;
  };
  return { before: mean(1000, Math.min(firstTrigger, end)), lastThird: mean((end * 2) / 3, end) };
}
