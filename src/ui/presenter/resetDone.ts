/** Set for the reloaded page, so it can say the reset is done (per tab, gone when it closes). */
export const RESET_DONE_KEY = 'backpressure-playground:reset-done';
