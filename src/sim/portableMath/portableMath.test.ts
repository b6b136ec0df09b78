/**
 * The portable functions must be as accurate as the engine's own (within a unit or two in the last
 * place of Math.*, which is itself within one of the true value) and handle every special value the
 * same way. That they give the same bits in a browser as in Node is checked end to end, by the e2e
 * tests that compare whole runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromWords, highWord, lowWord, scaleByPowerOfTwo, twoToThe } from './float64Words.ts';
import { cos, exp, expm1, log, log1p, powInt, sin } from './index.ts';

const bits = new DataView(new ArrayBuffer(16));

/** How many doubles lie between a and b (0 when they are the same double, or both NaN). */
function ulpsApart(a: number, b: number): number {
  if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))) return 0;
  if (Number.isNaN(a) || Number.isNaN(b)) return Infinity;
  bits.setFloat64(0, a);
  bits.setFloat64(8, b);
  // Doubles of one sign are ordered like their bit patterns; across zero, the two distances add up.
  const x = bits.getBigInt64(0);
  const y = bits.getBigInt64(8);
  const ordered = (v: bigint) => (v < 0n ? -(v & 0x7fffffffffffffffn) : v);
  const d = ordered(x) - ordered(y);
  return Number(d < 0n ? -d : d);
}

const finite = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

function expectClose(
  mine: (x: number) => number,
  engine: (x: number) => number,
  inputs: fc.Arbitrary<number>,
  maxUlps: number,
): void {
  fc.assert(
    fc.property(inputs, (x) => {
      const apart = ulpsApart(mine(x), engine(x));
      if (apart > maxUlps) expect.fail(`at ${x}: ${mine(x)} vs ${engine(x)}, ${apart} ulps`);
    }),
    { numRuns: 3000 },
  );
}

describe('float64 words', () => {
  it('splits and joins a double', () => {
    expect(highWord(1)).toBe(0x3ff00000);
    expect(lowWord(1)).toBe(0);
    expect(highWord(-2)).toBe(0xc0000000 | 0);
    expect(fromWords(0x400921fb, 0x54442d18)).toBe(Math.PI);
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        expect(Object.is(fromWords(highWord(x), lowWord(x)), x)).toBe(true);
      }),
    );
  });

  it('makes exact powers of two and scales by them across the whole range', () => {
    expect(twoToThe(0)).toBe(1);
    expect(twoToThe(-1022)).toBe(2.2250738585072014e-308);
    expect(twoToThe(1023)).toBe(8.98846567431158e307);
    expect(scaleByPowerOfTwo(1.5, 1024)).toBe(1.5 * 2 * 8.98846567431158e307);
    expect(scaleByPowerOfTwo(1, -1074)).toBe(Number.MIN_VALUE);
    expect(scaleByPowerOfTwo(1, -1076)).toBe(0);
    expect(scaleByPowerOfTwo(1, 1025)).toBe(Infinity);
  });
});

describe('exp', () => {
  it('agrees with the engine to a unit in the last place', () => {
    expectClose(exp, Math.exp, finite(-746, 710), 1);
    expectClose(exp, Math.exp, finite(-1, 1), 1);
  });

  it('handles the edges', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(ulpsApart(exp(1), Math.E)).toBeLessThanOrEqual(1);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(Number.NaN)).toBeNaN();
    expect(exp(-745)).toBe(Number.MIN_VALUE);
    expect(exp(709.78)).toBeGreaterThan(1.79e308);
  });
});

describe('log', () => {
  it('agrees with the engine to a unit in the last place', () => {
    expectClose(log, Math.log, finite(Number.MIN_VALUE, Number.MAX_VALUE), 1);
    expectClose(log, Math.log, finite(0.5, 2), 1);
    expectClose(log, Math.log, finite(1 - 1e-6, 1 + 1e-6), 1);
  });

  it('handles the edges', () => {
    expect(log(1)).toBe(0);
    expect(log(Math.E)).toBe(1);
    expect(log(0)).toBe(-Infinity);
    expect(log(-0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(Number.NaN)).toBeNaN();
    expect(log(Number.MIN_VALUE)).toBeCloseTo(-744.44007192138, 10);
    expect(log(8)).toBe(3 * Math.LN2);
  });

  it('undoes exp', () => {
    fc.assert(
      fc.property(finite(-700, 700), (x) => {
        expect(log(exp(x))).toBeCloseTo(x, 12);
      }),
    );
  });
});

describe('log1p and expm1', () => {
  it('keep their digits near zero and agree with the engine to two units in the last place', () => {
    expectClose(log1p, Math.log1p, finite(-0.999, 10), 2);
    expectClose(log1p, Math.log1p, finite(-1e-9, 1e-9), 2);
    expectClose(expm1, Math.expm1, finite(-40, 40), 2);
    expectClose(expm1, Math.expm1, finite(-1e-9, 1e-9), 2);
  });

  it('handle the edges', () => {
    expect(log1p(0)).toBe(0);
    expect(log1p(-1)).toBe(-Infinity);
    expect(log1p(-2)).toBeNaN();
    expect(log1p(Infinity)).toBe(Infinity);
    expect(log1p(1e-20)).toBe(1e-20);
    expect(expm1(0)).toBe(0);
    expect(expm1(1e-20)).toBe(1e-20);
    expect(expm1(-Infinity)).toBe(-1);
    expect(expm1(Infinity)).toBe(Infinity);
    expect(expm1(Number.NaN)).toBeNaN();
  });
});

describe('sin and cos', () => {
  it('agree with the engine to a unit in the last place', () => {
    for (const f of [
      [sin, Math.sin],
      [cos, Math.cos],
    ] as const) {
      expectClose(f[0], f[1], finite(-Math.PI / 4, Math.PI / 4), 1);
      expectClose(f[0], f[1], finite(0, 2 * Math.PI), 1);
      expectClose(f[0], f[1], finite(-800_000, 800_000), 1);
    }
  });

  it('handle the edges and the multiples of π/2', () => {
    expect(Object.is(sin(-0), -0)).toBe(true);
    expect(sin(0)).toBe(0);
    expect(cos(0)).toBe(1);
    expect(sin(Math.PI / 2)).toBe(1);
    expect(cos(Math.PI)).toBe(-1);
    // Near a root, the answer is the tiny remainder of π that the double for π leaves out.
    expect(sin(Math.PI)).toBe(Math.sin(Math.PI));
    expect(cos(Math.PI / 2)).toBe(Math.cos(Math.PI / 2));
    expect(sin(Infinity)).toBeNaN();
    expect(cos(Number.NaN)).toBeNaN();
  });

  it('stay on the unit circle', () => {
    fc.assert(
      fc.property(finite(-1000, 1000), (x) => {
        expect(sin(x) ** 2 + cos(x) ** 2).toBeCloseTo(1, 14);
      }),
    );
  });
});

describe('powInt', () => {
  it('is exact where the answer is a double', () => {
    expect(powInt(2, 10)).toBe(1024);
    expect(powInt(10, 15)).toBe(1e15);
    expect(powInt(2, -3)).toBe(0.125);
    expect(powInt(7, 0)).toBe(1);
    expect(powInt(-3, 3)).toBe(-27);
    expect(powInt(0, 0)).toBe(1);
  });

  it('stays within |n| units in the last place of the engine', () => {
    fc.assert(
      fc.property(finite(0.5, 4), fc.integer({ min: -60, max: 60 }), (x, n) => {
        // Each squaring doubles the relative error carried so far, so x^n carries about n/2 units.
        expect(ulpsApart(powInt(x, n), x ** n)).toBeLessThanOrEqual(Math.abs(n) + 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses an exponent that is not whole', () => {
    expect(() => powInt(2, 0.5)).toThrow(RangeError);
  });
});
