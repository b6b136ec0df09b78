/**
 * Math that gives the same bits in every JavaScript engine. ECMAScript leaves the precision of
 * Math.exp, Math.log, Math.sin, Math.cos, Math.pow and `**` to each engine, and they do differ: the
 * Chromium of late 2026 and Node 20 disagree in the last bit for about one exp in ten. One differing
 * bit in a service time moves every later event, so a run in the browser would no longer equal the
 * same run in Node. The pure cores therefore use these functions (lint forbids the built-in ones in
 * src/sim, src/game and src/exercises). Math.sqrt, +, −, × and ÷ are exactly rounded by the
 * standard, and so safe.
 */
export { exp, expm1 } from './exp.ts';
export { log, log1p } from './log.ts';
export { cos, sin } from './trig.ts';
export { powInt } from './power.ts';
