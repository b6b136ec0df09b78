/**
 * Options for axe scans: the tests read only the violations, so axe need not gather every passing
 * node and every rule that did not apply, which is most of its work on a page this size (the rules
 * run and the violations found are the same).
 */
import type AxeBuilder from '@axe-core/playwright';

export const VIOLATIONS_ONLY: Parameters<AxeBuilder['options']>[0] = {
  resultTypes: ['violations'],
};
