/**
 * Nginx's `limit_req`, with nginx's own arithmetic (ngx_http_limit_req_module.c), so a scenario
 * behaves as the nginx configuration it names. Nginx keeps one number per zone, `excess`: how many
 * requests it has let in ahead of the rate. Each request adds one and the rate drains it; a request
 * that would take it above `burst` is refused at once (503), and any other goes on after
 * `excess ÷ rate` (the first `delay` of the excess without waiting; `nodelay` waits for none).
 *
 * So with `rate=1r/s burst=5`, six requests at once are all served, one at once and five delayed one
 * second apart, and a seventh is refused; with `nodelay` the six are served at once; with no burst
 * one is served and the rest refused. Like nginx, it counts in whole milliseconds and thousandths of
 * a request, which keeps decisions exact where floating point would round (7 × 1/7 s is not 1 s).
 */

/** What `admit` says when the request is refused. */
export const REFUSED = -1;

export interface LimitReqSettings {
  /** nginx `rate`, requests per second. */
  ratePerSec: number;
  /** nginx `burst`: requests let in beyond the rate, delayed (or not) but never refused. */
  burst: number;
  /** nginx `delay`: how many of the burst go on without waiting. */
  delay: number;
  /** nginx `nodelay`: none of the burst waits (as `delay` equal to `burst`). */
  nodelay: boolean;
}

export class LimitReq {
  /**
   * nginx's `excess` in thousandths of a request, as of `lastMs`. A zone that has seen nothing starts
   * one request below empty, so its first request finds excess 0, as nginx's new node does.
   */
  private excess = -1000;
  private lastMs = 0;

  /** Forgets every request seen, as a limit that has just been turned on. */
  reset(): void {
    this.excess = -1000;
  }

  /**
   * A request at `now` (ms): REFUSED, or how long it waits before going on, in whole ms (0 at once).
   */
  admit(now: number, limit: LimitReqSettings): number {
    const nowMs = Math.floor(now);
    // nginx's rate: thousandths of a request per second ("70r/s" is 70000, "30r/m" 500).
    const rate = Math.round(limit.ratePerSec * 1000);
    const ms = Math.max(0, nowMs - this.lastMs);
    let excess = this.excess - Math.floor((rate * ms) / 1000) + 1000;
    if (excess < 0) excess = 0;
    if (excess > limit.burst * 1000) return REFUSED;
    const free = (limit.nodelay ? limit.burst : Math.min(limit.delay, limit.burst)) * 1000;
    let wait = 0;
    if (excess > free) {
      // A rate of zero never drains: what would wait would wait for ever, so it is refused instead.
      if (rate === 0) return REFUSED;
      wait = Math.floor(((excess - free) * 1000) / rate);
    }
    this.excess = excess;
    this.lastMs = nowMs;
    return wait;
  }
}
