/** Frame timing shared by the page's frame loop and the simulation worker's own frames. */

/** A tab coming back from the background jumps ahead at most this much wall time. */
export const MAX_FRAME_MS = 250;
/** Simulation work per frame stops here, so a frame keeps its 16.7 ms even at high speeds. */
export const WORK_BUDGET_MS = 8;
/** React's numbers refresh at most ten times a second. */
export const LIVE_INTERVAL_MS = 100;
