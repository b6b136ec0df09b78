/** Each stage of a pipeline in the run summary (Summary.stages), from the engine's and the stages' meters. */
import type { EngineReadout } from '../engineReadout.ts';
import type { Integrals } from '../meter.ts';
import { DROP_REASONS, type DropCounts, type StageSummary } from '../types.ts';
import type { Pipeline } from './pipeline.ts';
import type { StageMeter } from './stageMeter.ts';

function dropCounts(meter: StageMeter): DropCounts {
  let total = 0;
  const counts = {} as DropCounts;
  DROP_REASONS.forEach((r, i) => {
    const n = meter.drops[i] as number;
    counts[r] = n;
    total += n;
  });
  counts.total = total;
  return counts;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

export function stageSummaries(
  engine: EngineReadout,
  chain: Pipeline,
  area: Integrals,
): StageSummary[] {
  const m = engine.meter;
  const now = engine.now;
  const T = area.elapsed;
  const first = chain.first;
  const firstHold = first.holdArea + chain.firstHolding * Math.max(0, now - first.at);
  const out: StageSummary[] = [
    {
      stage: 1,
      name: '',
      entered: m.accepted,
      delivered: first.passed,
      dropped: dropCounts(first),
      timedOut: first.timedOut,
      waiting: engine.room.count,
      inService: engine.inService,
      holding: chain.firstHolding,
      queueDepth: { now: engine.room.count, mean: ratio(area.depthArea, T), max: m.maxDepth },
      meanWaitMs: ratio(m.waitSum, m.waitCount),
      blockedFraction: ratio(firstHold, area.workerArea),
      utilization: ratio(area.busyArea, area.workerArea),
      workers: engine.workers.length,
    },
  ];
  for (const s of chain.stages) {
    const meter = s.meter;
    const dt = Math.max(0, now - meter.at);
    const workerArea = meter.workerArea + s.workers.length * dt;
    out.push({
      stage: s.index + 1,
      name: s.spec.name,
      entered: meter.entered,
      delivered: meter.passed,
      dropped: dropCounts(meter),
      timedOut: meter.timedOut,
      waiting: s.room.count,
      inService: s.inService,
      holding: s.holding,
      queueDepth: {
        now: s.room.count,
        mean: ratio(meter.depthArea + s.room.count * dt, T),
        max: meter.maxDepth,
      },
      meanWaitMs: ratio(meter.waitSum, meter.waitCount),
      blockedFraction: ratio(meter.holdArea + s.holding * dt, workerArea),
      utilization: ratio(meter.busyArea + s.inService * dt, workerArea),
      workers: s.workers.length,
    });
  }
  return out;
}
