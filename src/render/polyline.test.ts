import { describe, expect, it } from 'vitest';
import { pointOnPolyline, polylineLength } from './polyline.ts';

describe('pointOnPolyline', () => {
  const wire = new Float64Array([100, 50, 100, 0, 0, 0, 0, 20]);

  it('measures the whole wire', () => {
    expect(polylineLength(wire)).toBe(170);
  });

  it('finds points by distance along it, clamped to its ends', () => {
    const p = { x: 0, y: 0 };
    expect(pointOnPolyline(wire, 0, p)).toEqual({ x: 100, y: 50 });
    expect(pointOnPolyline(wire, 50 / 170, p)).toEqual({ x: 100, y: 0 });
    pointOnPolyline(wire, 100 / 170, p);
    expect(p.x).toBeCloseTo(50);
    expect(p.y).toBeCloseTo(0);
    expect(pointOnPolyline(wire, 2, p)).toEqual({ x: 0, y: 20 });
  });
});
