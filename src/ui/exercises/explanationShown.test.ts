import { describe, expect, it } from 'vitest';
import { explanationShown } from './explanationShown.ts';

describe('explanationShown', () => {
  it('shows the explanation after a passing check, and on coming back to a passed exercise', () => {
    expect(explanationShown(false, 'passed')).toBe(true);
    expect(explanationShown(true, null)).toBe(true);
    expect(explanationShown(true, 'passed')).toBe(true);
  });

  it('hides it before any pass, and after a failing check even when passed before', () => {
    expect(explanationShown(false, null)).toBe(false);
    expect(explanationShown(false, 'failed')).toBe(false);
    expect(explanationShown(true, 'failed')).toBe(false);
  });
});
