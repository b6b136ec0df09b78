/**
 * A number for a data attribute (read by tests and scripts): left out when it is not finite, since
 * React warns about NaN attributes and "no value yet" is better said by no attribute at all.
 */
export function dataNumber(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}
