/**
 * What the producer is doing with a message it could not send. Its own module, so the page can read a
 * run's producer state without loading the engine.
 */
export const Blocked = { no: 0, queueFull: 1, noCredit: 2 } as const;
export type Blocked = (typeof Blocked)[keyof typeof Blocked];
