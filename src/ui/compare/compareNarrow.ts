/** Below this width Compare's tables are cards, one per row (compare.css holds the same breakpoint). */
export const COMPARE_NARROW = '(max-width: 39.99rem)';
