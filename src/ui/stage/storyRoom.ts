/**
 * A followed message's story at its longest as it is usually told (render/follow.ts): its line keeps
 * this room while a message is followed, so the story's end, a line or two longer than its middle,
 * moves nothing under the stage (at 1280×800 the transport went down by two lines as a story ended).
 */
export const STORY_ROOM =
  "Message 88,888: delivered, 88.8 s in all (waited 88.8 s, processed in under 1 ms, by chance: each message's time is random, and 88 ms is the average).";
