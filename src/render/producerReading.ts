/**
 * What the stage says about the producer, worked out in one place so that its light, its words, its
 * credit meter and the "producer blocked" tag never contradict one another in a frame. They all read
 * the same two things: how the producer spent its recent time (the shares, smoothed from the
 * snapshots) and the numbers the stage writes (the published readout the cards show). A stop is only
 * stated firmly ("waiting for credit") when those numbers bear it out (no credit in hand).
 */
import { formatPercent } from '../domain/format.ts';
import {
  burstWords,
  SLOWED,
  stopTag,
  stopWord,
  stoppedAtTimesLines,
  stoppedAtTimesWords,
  stoppedWords,
} from '../domain/stageWords.ts';
import type { StageScene } from './scene.ts';

/** From this share of the time stopped, the producer reads as stopped: the red lamp burns brightest,
 * the box and its rate turn red, and the tag saying it is blocked may show. */
export const STOPPED_SHARE = 0.5;
/** Below this share a stop is too brief to mention; from it on the words give the share. */
const MENTION_SHARE = 0.06;
/** From this share the words say it is stopped outright, when the numbers bear it out. */
const FIRM_SHARE = 0.7;

/**
 * The state that held the producer back for long enough of the last while that the rate it sent
 * falls short of the rate it is set to, in its own word ("blocked", "no credit", "slowed"), or null.
 */
export function heldBackWord(scene: StageScene): string | null {
  const s = scene.producerShares;
  if (s.stopped >= MENTION_SHARE)
    return stopWord(s.stopKind === 'blocked' ? 'blocked' : 'no-credit');
  return s.slowed >= MENTION_SHARE ? SLOWED : null;
}

/** Whether the producer reads as stopped (blocked or out of credit) this frame. */
export function producerStopped(scene: StageScene): boolean {
  return scene.producerShares.stopped >= STOPPED_SHARE;
}

/** How brightly each lamp (stop, slow, go) burns: the share of recent time in that state. */
export function lampLevel(scene: StageScene, lamp: number): number {
  const s = scene.producerShares;
  return lamp === 0 ? s.stopped : lamp === 1 ? s.slowed : s.running;
}

/** How a lamp looks with nothing to show: dim, but there, so the light reads as a light. */
export const LAMP_OFF = 0.16;
/** The least brightness of a lamp that is lit: plainly on, on a phone's small light too. */
export const LAMP_LIT = 0.8;
/** A lamp whose state also applied of late, beside a lit stop lamp: there, but not its state. */
export const LAMP_FAINT = 0.32;

/**
 * How brightly each lamp (stop, slow, go) is drawn, its opacity: dim while its state took too little
 * of the recent time to mention, else plainly lit, brighter the larger its share. Drawn in proportion
 * to the share, a producer blocked a quarter of the time showed a red barely brighter than off, under
 * words saying "blocked 28%" (a reader on a phone saw no red at all).
 */
export function lampGlow(scene: StageScene, lamp: number): number {
  // Nothing sent yet: no lamp lit (green says it is sending).
  if (notStarted(scene)) return LAMP_OFF;
  const share = lampLevel(scene, lamp);
  if (share < MENTION_SHARE) return LAMP_OFF;
  // One lamp reads as the light's state: a stop worth a word outshines the others, which stay only
  // faintly on (red and green both plainly lit read as neither, a reader said, under "blocked 40%").
  if (lamp !== 0 && lampLevel(scene, 0) >= MENTION_SHARE) return LAMP_FAINT;
  return LAMP_LIT + (1 - LAMP_LIT) * share;
}

/** Whether the run is at its very start: nothing made yet. */
const notStarted = (scene: StageScene) => scene.snapshot.now === 0;

/** The credits the stage writes as in hand (the published number), null without a credit window. */
export function creditsInHand(scene: StageScene): number | null {
  if (scene.snapshot.producer.window === null) return null;
  return scene.numbers.credits;
}

/** Whether the numbers the stage writes show the producer's stop plainly. */
function stopIsPlain(scene: StageScene): boolean {
  if (scene.producerShares.stopKind === 'out-of-credit') return creditsInHand(scene) === 0;
  const capacity = scene.snapshot.capacity;
  return capacity !== null && scene.numbers.waiting >= capacity;
}

/**
 * The words of the tag called out when the producer is first stopped, as the light and the words
 * have it this frame: stopped outright, stopped at times, or (null) not worth a word: then no tag.
 */
export function producerTag(scene: StageScene): string | null {
  const share = scene.producerShares.stopped;
  const kind = scene.producerShares.stopKind === 'blocked' ? 'blocked' : 'no-credit';
  if (share >= STOPPED_SHARE && stopIsPlain(scene)) return stopTag(kind, true);
  if (share >= MENTION_SHARE) return stopTag(kind, false);
  return null;
}

/**
 * What the producer is doing, longest wording first, each wording as its lines: one line, or (where
 * the box has a second line: a phone) two. The share alone is the last resort, for a box with one
 * short line.
 */
export function producerWords(scene: StageScene): readonly (readonly string[])[] {
  const share = scene.producerShares.stopped;
  // One word per state at every width (src/domain/stageWords.ts): short of room, the share goes
  // to a line of its own, the word stays.
  const kind = scene.producerShares.stopKind === 'blocked' ? 'blocked' : 'no-credit';
  if (share >= FIRM_SHARE && stopIsPlain(scene)) return stoppedWords(kind).map((w) => [w]);
  if (share >= MENTION_SHARE) {
    // As the line under the cards writes it, so the two say one number.
    const pct = formatPercent(share);
    return [
      ...stoppedAtTimesWords(kind, pct).map((w) => [w]),
      ...stoppedAtTimesLines(kind, pct),
      [pct],
    ];
  }
  // Stopped a moment now and then, under a green light: it is sending.
  const p = scene.snapshot.producer;
  if (p.status === 'idle') return [['idle']];
  // A run at 0 s has sent nothing yet (waiting for Play: "sending" beside a still belt, a reader
  // said of the tour's wave step).
  if (notStarted(scene)) return [['ready to send'], ['ready']];
  // Its number is the rate it is slowed to; the rate it wants is the knob's, and the line under the
  // cards says both. With "wants 75/s" here and the belt's measured rate too, a reader met four
  // rates at once on the stage.
  if (p.status === 'slowed') return [['slowed down'], ['slowed']];
  // A bursty producer's rate is the burst's or the one between bursts: say which, in the knobs' words.
  return p.burst === null ? [['sending']] : burstWords(p.burst).map((w) => [w]);
}
