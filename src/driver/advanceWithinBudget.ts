/**
 * Budgeted advancing, shared by the playground's engine and the compare page's lockstep clock: run a
 * simulated stretch in slices until a wall-clock budget runs out.
 */

/** Anything with a simulated clock that only moves forwards: one engine, or several in lockstep. */
export interface Advanceable {
  readonly now: number;
  advanceTo(timeMs: number): void;
}

/**
 * Advances `target` by up to `simMs`, in slices, until the work budget runs out. Returns how far it
 * got: when the core cannot keep up, the simulation runs slower than asked instead of freezing.
 */
export function advanceWithinBudget(
  target: Advanceable,
  simMs: number,
  clock: () => number,
  budgetMs: number,
  slices = 8,
): number {
  if (!(simMs > 0)) return 0;
  const start = target.now;
  const end = start + simMs;
  const slice = simMs / slices;
  const began = clock();
  let t = start;
  while (t < end) {
    // A slice too small to move a clock this far along (or one that underflowed to zero) would
    // leave `t` where it is for ever: then the rest of the stretch is one slice.
    const next = t + slice;
    t = next > t ? Math.min(end, next) : end;
    target.advanceTo(t);
    if (clock() - began > budgetMs) break;
  }
  return t - start;
}
