/**
 * What the animator measures each frame: rates in (produced) and out (delivered) per simulated
 * second, messages per wall-clock second (which decides how much to draw), how fast simulated time
 * runs against the wall, and how the producer has spent its recent time (running, slowed, stopped).
 */
import type { SimSnapshot } from '../sim/snapshot.ts';
import { RateMeter } from './flow.ts';
import type { ProducerShares } from './scene.ts';

/** Time constant of the producer's status shares, wall ms. */
const SHARE_TAU_MS = 1000;

export class FlowMeters {
  readonly shares: ProducerShares = { stopped: 0, slowed: 0, running: 1, stopKind: 'blocked' };
  /** The rate the producer is set to, kept through momentary blocks instead of flashing 0/s. */
  producerRate = 0;
  /** Simulated ms per wall ms, smoothed. */
  simPerWall = 1;
  /** Wall ms since the previous frame (capped), NaN on the first. */
  wallDt = Number.NaN;
  private readonly inMeter = new RateMeter(600);
  private readonly outMeter = new RateMeter(600);
  private readonly wallMeter = new RateMeter(1500);
  private lastWall = Number.NaN;
  private lastSim = Number.NaN;
  /** The snapshot last measured, and the wall time it came (ms). */
  private lastSnapshot: SimSnapshot | null = null;
  private lastSampleWall = Number.NaN;

  get inRate(): number {
    return this.inMeter.rate;
  }
  get outRate(): number {
    return this.outMeter.rate;
  }
  /** Messages produced per wall-clock second: what a viewer would have to follow. */
  get perWallSecond(): number {
    return this.wallMeter.rate;
  }

  sample(snapshot: SimSnapshot, wallNow: number): void {
    const dtWall = wallNow - this.lastWall;
    this.wallDt = Number.isFinite(dtWall) ? Math.min(250, Math.max(0, dtWall)) : Number.NaN;
    this.lastWall = wallNow;
    // The stage draws one snapshot for several frames (until the cards show the next instant's
    // numbers): its counts and clock are measured once, over the wall time since the last one.
    const fresh = snapshot !== this.lastSnapshot;
    this.lastSnapshot = snapshot;
    if (fresh) {
      const sinceSample = wallNow - this.lastSampleWall;
      const dtSim = snapshot.now - this.lastSim;
      if (sinceSample > 0 && dtSim > 0) {
        const k = 1 - Math.exp(-sinceSample / 300);
        this.simPerWall += (dtSim / sinceSample - this.simPerWall) * k;
      }
      this.lastSampleWall = wallNow;
      this.lastSim = snapshot.now;
    }
    const status = snapshot.producer.status;
    const stopped = status === 'blocked' || status === 'out-of-credit' ? 1 : 0;
    const s = this.shares;
    // A producer that blocks for 5 ms fifty times a second would make a stop light flicker
    // unreadably; shares of recent time say the same thing calmly.
    const k = dtWall > 0 ? 1 - Math.exp(-Math.min(dtWall, 250) / SHARE_TAU_MS) : 1;
    s.stopped += (stopped - s.stopped) * k;
    s.slowed += ((status === 'slowed' ? 1 : 0) - s.slowed) * k;
    s.running += ((status === 'running' ? 1 : 0) - s.running) * k;
    if (stopped === 1) s.stopKind = status === 'blocked' ? 'blocked' : 'out-of-credit';
    else this.producerRate = snapshot.producer.ratePerSec;
    if (!fresh) return;
    this.inMeter.sample(snapshot.produced, snapshot.now);
    this.outMeter.sample(snapshot.delivered, snapshot.now);
    this.wallMeter.sample(snapshot.produced, wallNow);
  }

  reset(): void {
    this.inMeter.reset();
    this.outMeter.reset();
    this.wallMeter.reset();
    this.lastWall = this.lastSim = this.wallDt = this.lastSampleWall = Number.NaN;
    this.lastSnapshot = null;
    this.simPerWall = 1;
    Object.assign(this.shares, { stopped: 0, slowed: 0, running: 1 });
  }
}
