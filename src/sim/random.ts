/**
 * Seeded randomness: xoshiro128** seeded through splitmix32. Each purpose (arrivals, service times,
 * retry jitter) draws from its own stream, so changing one policy does not
 * reshuffle the others: two scenarios that differ only in strategy see the same workload.
 */
import { fe, ke, we, ZIGGURAT_R } from './ziggurat.ts';
import { cos, exp, log } from './portableMath/index.ts';

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A xoshiro128** generator; `uniform()` is in [0, 1) with 32 bits of resolution. */
export class Random {
  /** The state lives in a typed array: 32-bit values in object fields would be boxed as heap numbers. */
  private readonly s = new Int32Array(4);

  constructor(seed: number, stream = 0) {
    const mix = splitmix32((seed >>> 0) ^ Math.imul(stream + 1, 0x632be5ab));
    const s = this.s;
    for (let i = 0; i < 4; i++) s[i] = mix();
    if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[3] = 1; // the all-zero state never leaves zero
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const s = this.s;
    const b = s[1] as number;
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9);
    const t = b << 9;
    s[2] = (s[2] as number) ^ (s[0] as number);
    s[3] = (s[3] as number) ^ b;
    s[1] = b ^ (s[2] as number);
    s[0] = (s[0] as number) ^ (s[3] as number);
    s[2] = (s[2] as number) ^ t;
    s[3] = rotl(s[3] as number, 11);
    return r >>> 0;
  }

  uniform(): number {
    return this.nextUint32() / 4294967296;
  }

  /** A whole number in [0, n). */
  below(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  /** Exponentially distributed with the given mean (ziggurat method: see ziggurat.ts). */
  exponential(mean: number): number {
    // The common case is kept this small so that V8 inlines it into its callers.
    const bits = this.nextUint32();
    const layer = bits & 0xff;
    const position = bits >>> 8;
    if (position < (ke[layer] as number)) return position * (we[layer] as number) * mean;
    return this.exponentialRare(bits, mean);
  }

  /** The rest of the ziggurat, from a draw that fell outside its layer's inner box (about 1%). */
  private exponentialRare(firstBits: number, mean: number): number {
    for (let bits = firstBits; ; bits = this.nextUint32()) {
      const layer = bits & 0xff;
      const position = bits >>> 8;
      const x = position * (we[layer] as number);
      if (position < (ke[layer] as number)) return x * mean;
      if (layer === 0) return (ZIGGURAT_R - log(1 - this.uniform())) * mean;
      const lower = fe[layer] as number;
      if (lower + this.uniform() * ((fe[layer - 1] as number) - lower) < exp(-x)) return x * mean;
    }
  }

  /** Standard normal, by Box–Muller (one value per call, so the stream position is predictable). */
  normal(): number {
    const u = 1 - this.uniform();
    const v = this.uniform();
    return Math.sqrt(-2 * log(u)) * cos(2 * Math.PI * v);
  }

  /** Log-normal with the given mean and log-space spread sigma. */
  logNormal(mean: number, sigma: number): number {
    const mu = log(mean) - (sigma * sigma) / 2;
    return exp(mu + sigma * this.normal());
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Stream numbers, one per purpose. */
export const STREAM = { arrivals: 0, service: 2, retries: 3, laterStages: 4 } as const;

/** An index chosen with probability proportional to its weight, from a uniform draw u in [0, 1). */
export function pickWeighted(weights: readonly number[], total: number, u: number): number {
  let x = u * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] as number;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/**
 * A counter-based draw: 32 random bits that depend only on (seed, counter, field). Message attributes
 * use it so a message's key, priority and size are a function of its number alone: skipping a draw
 * that a setting makes unnecessary cannot shift any other message's attributes.
 */
export function hashUniform(seed: number, counter: number, field: number): number {
  let h =
    Math.imul(seed ^ 0x2545f491, 0x9e3779b1) ^
    Math.imul(counter | 0, 0x85ebca6b) ^
    Math.imul(field + 1, 0xc2b2ae35);
  h ^= Math.floor(counter / 4294967296); // counters beyond 2^32 still differ
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
