/** One live card's content (liveNumbers.ts makes them, pipelineCards.ts says a pipeline's are end to end). */
export type LiveNumberId = 'delivered' | 'dropped' | 'p99' | 'depth' | 'utilisation' | 'little';

export interface LiveNumber {
  id: LiveNumberId;
  /** What the number is, in plain words. */
  label: string;
  /** The run's figure so far, with its unit: the headline. */
  value: string;
  /** A second line: the last second, or the context the number needs. */
  detail: string;
  /** The symbol and formula behind it, for whoever wants them (shown on hover or focus). */
  formula: string;
  /** The number itself, for tests and for comparing. */
  raw: number;
}
