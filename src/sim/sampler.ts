/** Writes one row of the time series per sample interval, as rates over that interval. */
import type { EngineReadout } from './engineReadout.ts';
import { SERIES_COLUMNS } from './series.ts';
import { DROP_REASONS } from './types.ts';

const col = (name: (typeof SERIES_COLUMNS)[number]): number => SERIES_COLUMNS.indexOf(name);
const T = col('t');
const DEPTH = col('depth');
const IN_SERVICE = col('inService');
const MEMORY = col('memoryBytes');
const WORKERS = col('workers');
const PRODUCER = col('producerRate');
const OFFERED = col('offeredRate');
const ACCEPTED = col('acceptedRate');
const DELIVERED = col('deliveredRate');
const GOODPUT = col('goodputRate');
const DROP_RATE = col('dropRate');
const DROP_BY_REASON = DROP_REASONS.map((r) => col(`drop:${r}`));
const DROPPED_TOTAL = col('droppedTotal');
const P50 = col('latencyP50');
const P95 = col('latencyP95');
const P99 = col('latencyP99');
const BLOCKED = col('blockedFraction');
const UTILIZATION = col('utilization');
const CREDITS = col('credits');
const TIMEOUTS = col('timeoutRate');
const RETRIES = col('retryRate');
const WASTED = col('wastedRate');
const DEPTH_PEAK = col('depthPeak');

const PERCENTILES = [0.5, 0.95, 0.99];

export class Sampler {
  private readonly quantiles = [0, 0, 0];
  private at = 0;
  private produced = 0;
  private offered = 0;
  private accepted = 0;
  private delivered = 0;
  private onTime = 0;
  private dropped = 0;
  private readonly drops = new Float64Array(DROP_REASONS.length);
  private blocked = 0;
  private busy = 0;
  private ready = 0;
  private timedOut = 0;
  private retries = 0;
  private wasted = 0;

  write(engine: EngineReadout): void {
    const m = engine.meter;
    const ring = engine.seriesRing;
    const interval = engine.now - this.at;
    const perSec = interval > 0 ? 1000 / interval : 0;
    const row = ring.beginRow();
    ring.set(row, T, engine.now);
    ring.set(row, DEPTH, engine.room.count);
    ring.set(row, DEPTH_PEAK, Math.max(m.sampleDepth, engine.room.count));
    m.sampleDepth = engine.room.count;
    ring.set(row, IN_SERVICE, engine.inService);
    ring.set(row, MEMORY, engine.room.bytes);
    ring.set(row, WORKERS, engine.workers.length);
    ring.set(row, PRODUCER, (m.produced - this.produced) * perSec);
    ring.set(row, OFFERED, (m.offered - this.offered) * perSec);
    ring.set(row, ACCEPTED, (m.accepted - this.accepted) * perSec);
    ring.set(row, DELIVERED, (m.deliveredCount - this.delivered) * perSec);
    ring.set(row, GOODPUT, (m.onTimeCount - this.onTime) * perSec);
    ring.set(row, DROP_RATE, (m.droppedTotal - this.dropped) * perSec);
    for (let i = 0; i < DROP_BY_REASON.length; i++) {
      const now = m.drops[i] as number;
      ring.set(row, DROP_BY_REASON[i] as number, (now - (this.drops[i] as number)) * perSec);
      this.drops[i] = now;
    }
    ring.set(row, DROPPED_TOTAL, m.droppedTotal);
    // No delivery in the interval means no latency to report: NaN, drawn as a gap.
    const w = m.windowLatency;
    const q = this.quantiles;
    if (w.count > 0) w.quantiles(PERCENTILES, q);
    ring.set(row, P50, w.count > 0 ? (q[0] as number) : NaN);
    ring.set(row, P95, w.count > 0 ? (q[1] as number) : NaN);
    ring.set(row, P99, w.count > 0 ? (q[2] as number) : NaN);
    w.reset();
    ring.set(row, BLOCKED, interval > 0 ? (m.blockedTime - this.blocked) / interval : 0);
    const readyDelta = m.readyArea - this.ready;
    ring.set(row, UTILIZATION, readyDelta > 0 ? (m.busyArea - this.busy) / readyDelta : 0);
    ring.set(row, CREDITS, engine.credits);
    ring.set(row, TIMEOUTS, (m.timedOut - this.timedOut) * perSec);
    const retryRate = (m.retries - this.retries) * perSec;
    ring.set(row, RETRIES, retryRate);
    if (retryRate > m.peakRetryRate) m.peakRetryRate = retryRate;
    ring.set(row, WASTED, (m.wastedDeliveries - this.wasted) * perSec);
    this.timedOut = m.timedOut;
    this.retries = m.retries;
    this.wasted = m.wastedDeliveries;
    this.at = engine.now;
    this.produced = m.produced;
    this.offered = m.offered;
    this.accepted = m.accepted;
    this.delivered = m.deliveredCount;
    this.onTime = m.onTimeCount;
    this.dropped = m.droppedTotal;
    this.blocked = m.blockedTime;
    this.busy = m.busyArea;
    this.ready = m.readyArea;
  }
}
