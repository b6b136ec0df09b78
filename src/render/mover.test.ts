import { describe, expect, it } from 'vitest';
import {
  beginPath,
  createMover,
  extendPath,
  MAX_PATH_POINTS,
  pathEndX,
  pathEndY,
  pathLength,
  placeMover,
  retimeMover,
  stepMover,
  travelMs,
} from './mover.ts';

describe('mover', () => {
  it('walks a polyline at constant speed along its length (linear ease)', () => {
    const m = createMover(0, 0);
    beginPath(m, 0, 100, 'linear');
    extendPath(m, 10, 0);
    extendPath(m, 10, 30);
    expect(pathLength(m)).toBe(40);
    stepMover(m, 25); // a quarter of 40 px: the end of the first leg
    expect(m.x).toBeCloseTo(10);
    expect(m.y).toBeCloseTo(0);
    stepMover(m, 50);
    expect(m.x).toBeCloseTo(10);
    expect(m.y).toBeCloseTo(10);
    expect(stepMover(m, 100)).toBe(true);
    expect([m.x, m.y]).toEqual([10, 30]);
  });

  it('starts a new path from where it is, so retargeting never jumps', () => {
    const m = createMover(0, 0);
    beginPath(m, 0, 100, 'linear');
    extendPath(m, 100, 0);
    stepMover(m, 50);
    beginPath(m, 50, 100, 'out');
    extendPath(m, 50, 50);
    stepMover(m, 50);
    expect([m.x, m.y]).toEqual([50, 0]);
  });

  it('arrives later when retimed mid-way, from where it is, along the rest of its path', () => {
    const m = createMover(0, 0);
    beginPath(m, 0, 100, 'linear');
    extendPath(m, 10, 0);
    extendPath(m, 10, 30);
    stepMover(m, 50); // 20 px along: on the second leg at (10, 10)
    retimeMover(m, 50, 250);
    expect(stepMover(m, 50)).toBe(false);
    expect(m.x).toBeCloseTo(10);
    expect(m.y).toBeCloseTo(10);
    expect(stepMover(m, 150)).toBe(false);
    expect(m.y).toBeCloseTo(20);
    expect(stepMover(m, 250)).toBe(true);
    expect([m.x, m.y]).toEqual([10, 30]);
  });

  it('never grows past its fixed number of points', () => {
    const m = createMover();
    beginPath(m, 0, 10, 'in-out');
    for (let i = 1; i <= 2 * MAX_PATH_POINTS; i++) extendPath(m, i, i);
    expect(m.n).toBe(MAX_PATH_POINTS);
    expect([pathEndX(m), pathEndY(m)]).toEqual([2 * MAX_PATH_POINTS, 2 * MAX_PATH_POINTS]);
  });

  it('is at its place at once when placed or when the path has no duration', () => {
    const m = createMover(5, 5);
    placeMover(m, 7, 8);
    expect(stepMover(m, 0)).toBe(true);
    expect([m.x, m.y]).toEqual([7, 8]);
  });

  it('keeps travel times within their wall-clock limits', () => {
    expect(travelMs(1, 1000, 100, 500)).toBe(100);
    expect(travelMs(10_000, 1000, 100, 500)).toBe(500);
    expect(travelMs(300, 1000, 100, 500)).toBeCloseTo(300);
  });
});
