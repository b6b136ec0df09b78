/**
 * One word per state, at every width: what the stage's painters write, and what the page (the status
 * line, the cards, the legend, the tour) says of the same thing. A reader met the producer "blocked
 * 41%" on a laptop and "held 20%" on a phone, "out of credit", "stopped" and "no credit" for one
 * state, workers "held" and "holding", the lost messages' box "Dropped" and "Lost", and took each
 * pair for two things. Shorter forms for narrow room drop words, never swap the state's own word.
 */

/** The producer stopped by a full queue. */
export const BLOCKED = 'blocked';
/** The producer stopped because it has no credit left (a credit window). */
export const NO_CREDIT = 'no credit';
/** A pipeline's consumer done with a message the next stage will not take yet. */
export const HOLDING = 'holding';
/**
 * A consumer busy with a copy whose requester has already given up (timed out): the answer goes to
 * no one. The Delivered card's word for the same ("204/s wasted"): in a retry storm every consumer
 * was busy beside "Done 0/s", and nothing on the stage said why.
 */
export const WASTED = 'wasted';
/** The box the lost messages land in, by reason; the card calls them "Lost so far". */
export const LOST_BOX = 'Lost';
/**
 * The same box while every message in it was replaced by a newer one with its key (Keep the latest
 * per key): such a message is not lost, the newer one carries its value, and the card says "Lost so
 * far 0". A reader saw "Lost 158" on the stage beside that card.
 */
export const REPLACED_BOX = 'Replaced';

/**
 * What a packed (striped) cell of a long queue holds, `unit` messages (already written: "20"), in
 * plain words, longest first; shortened only by dropping words ("20 per cell" in a compare column).
 * Said once, under the well: nothing is written on the cells. A reader met "striped cell = ×20
 * messages" under the well beside cells marked "×3", "×5" and "×17", and a "×20" chip over the
 * cells, and could not tell which number a cell held. (The cells are striped, and called so: readers
 * took the plain grey cells they were before for grey messages, one each.)
 */
export function packedCellWords(unit: string): readonly string[] {
  // "Up to" first: the cell being filled holds fewer ("39 waiting" beside "holds 50" read as a wrong
  // count: try 15), and the well's height stands for its limit, so the unit is set early.
  return [
    `each striped cell holds up to ${unit} messages`,
    `each striped cell holds up to ${unit}`,
    `each striped cell: up to ${unit}`,
    `each striped cell holds ${unit} messages`,
    `each striped cell holds ${unit}`,
    `striped cell holds ${unit}`,
    `${unit} per striped cell`,
    `${unit} per cell`,
  ];
}

/**
 * The same, written after a small picture of a striped cell where the whole phrase has no room (a
 * phone: the picture, then "holds 20 messages"), longest first; `news`: the scale has just grown.
 */
export function packedKeyWords(unit: string, news = false): readonly string[] {
  return news
    ? [`now holds up to ${unit}`, `now up to ${unit}`, `now holds ${unit}`, `now ${unit} each`]
    : [`holds up to ${unit}`, `up to ${unit}`, `holds ${unit}`, `${unit} each`];
}

/** The same, the moment the scale has grown: saying it is new ("each striped cell now holds 50"). */
export function packedCellNewsWords(unit: string): readonly string[] {
  return [
    `each striped cell now holds up to ${unit}`,
    `each striped cell: now up to ${unit}`,
    `each striped cell now holds ${unit} messages`,
    `each striped cell now holds ${unit}`,
    `striped cell now holds ${unit}`,
    `now ${unit} per striped cell`,
    `now ${unit} per cell`,
  ];
}

/**
 * The moment a long queue starts being packed, called out once on the stage beside the striped
 * cells at the bottom of the well, in the caption's words. A reader met "From here on, striped cell
 * = up to ×5" pointing at the top of the well while the stripes were at the bottom, and asked where
 * "here" was.
 */
export function packingStartsWords(
  unit: string,
  /** What the well's height stands for, when it stands for a limit (wellGrid.ts: WellGrid.scale). */
  limit: 'memory' | 'capacity' | null = null,
): { text: string; announce: string } {
  const text = `Packed: each striped cell holds ${unit}`;
  if (limit === null)
    return {
      text,
      announce: `More messages wait than the well can show: the oldest are now packed into striped cells at the bottom of the well, ${unit} messages to a cell.`,
    };
  const packed = `the oldest messages are packed into striped cells at the bottom, ${unit} to a cell`;
  return {
    text,
    announce:
      limit === 'memory'
        ? `The well's height stands for the memory: ${packed}, and the well is full just as the memory runs out.`
        : `The well's height stands for the queue's limit: ${packed}, and the well is full when the queue reaches its limit.`,
  };
}

/** The producer slowed by a signal from the consumers. */
export const SLOWED = 'slowed';
/** Messages made at random gaps, so one second holds more than the set rate and the next fewer. */
export const RANDOM_GAPS = 'random gaps';

/**
 * The belt's words for a measured rate (already written: "82/s"), longest first, each as its lines:
 * on one line, then the reason on a line of its own. The reason says why it is not the rate the
 * producer is set to: the state that held it back (its own word: "blocked", "no credit",
 * "slowed"), or RANDOM_GAPS. A reader saw the producer at "70/s" and the belt at "sent ≈ 82/s",
 * and took them for two settings: never the rate without its reason when there is one.
 */
export function sentRateWords(rate: string, reason: string | null): readonly (readonly string[])[] {
  if (reason === null) return [[`sent ${rate}`]];
  return [[`sent ${rate} (${reason})`], [`sent ${rate}`, reason]];
}

/**
 * A bursty producer's words, in the knobs' own ("Burst rate", "Rate between bursts"): what it is
 * doing now under its rate, longest first, and why the belt's rate over the last second is neither
 * of the two. A reader met "10/s" on the producer, "sent 170/s" on the belt and "Burst rate 200
 * messages/s" on the knob with nothing saying how the three relate.
 */
export function burstWords(phase: 'in' | 'between'): readonly string[] {
  // "Quiet spell" is the knob for the time between bursts.
  return phase === 'in' ? ['in a burst', 'burst'] : ['between bursts', 'quiet spell', 'quiet'];
}
export const IN_BURSTS = 'in bursts';

/** A step in the producer's rate above its base rate, as the stage and the knob name it. */
export const SURGE = 'surge';

/** Why the producer is stopped. */
export type StopKind = 'blocked' | 'no-credit';

export function stopWord(kind: StopKind): string {
  return kind === 'blocked' ? BLOCKED : NO_CREDIT;
}

/** Stopped outright, longest first: "blocked, queue full", "blocked". No colon: the page writes "Producer: …". */
export function stoppedWords(kind: StopKind): readonly string[] {
  return kind === 'blocked'
    ? [`${BLOCKED}, queue full`, BLOCKED]
    : [`${NO_CREDIT}, waiting for more`, NO_CREDIT];
}

/**
 * Stopped part of the time, longest first: "blocked 41% of the time", "blocked 41%". The bare word
 * would say it is stopped outright, which it is not: where even "blocked 41%" has no room, the
 * painter writes the share alone. `share` is already written ("41%"); `span` names the time ("of
 * the time", "of the last second").
 */
export function stoppedAtTimesWords(
  kind: StopKind,
  share: string,
  span = 'of the time',
): readonly string[] {
  const word = stopWord(kind);
  return [`${word} ${share} ${span}`, `${word} ${share}`];
}

/**
 * The same on two lines, for a box too narrow for any of those on one (a phone): the state's word on
 * the first, the share on the second ("no credit" / "34% of time"), longest first. The bare share, all
 * that fitted before, left a reader guessing what 34% was; the bare word would say it is stopped
 * outright.
 */
export function stoppedAtTimesLines(kind: StopKind, share: string): readonly (readonly string[])[] {
  const word = stopWord(kind);
  return [
    [word, `${share} of the time`],
    [word, `${share} of time`],
    [word, share],
  ];
}

/** The stage's call-out when the producer is first stopped: outright, or now and then. */
export function stopTag(kind: StopKind, outright: boolean): string {
  if (outright)
    return kind === 'blocked' ? 'Queue full: producer blocked' : 'No credit: producer waits';
  return kind === 'blocked' ? 'Producer blocked at times' : 'Producer has no credit at times';
}

/**
 * Messages per second, as the stage and the cards both write it: one decimal below 10 (dropped when
 * it is .0), whole numbers above. The stage's Done box said "3.0/s" on a phone and "0/s" on a laptop;
 * the card under it said "2.96/s".
 */
export function formatRate(perSec: number): string {
  if (!Number.isFinite(perSec) || perSec <= 0) return '0/s';
  if (perSec < 10) return `${(Math.round(perSec * 10) / 10).toString()}/s`;
  const v = Math.round(perSec);
  // Past a hundred thousand, "123k/s", so a label keeps its width.
  if (v < 100_000) return `${grouped.format(v)}/s`;
  if (v < 10_000_000) return `${Math.round(v / 1000)}k/s`;
  return `${(v / 1_000_000).toFixed(1)}M/s`;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * The line under the well for the requests a rate limit holds back before the queue (nginx's burst
 * without nodelay), longest first: "12 of 20 waiting at the rate limit, before the queue". A reader
 * of the Nginx preset saw "0 of 50 waiting" and half a second at the slowest 1% and could not find
 * where the burst waited: at the limit, not in the well.
 */
export function rateLimitWaitWords(count: string, of: string): readonly string[] {
  return [
    `${count} of ${of} waiting at the rate limit, before the queue`,
    `${count} of ${of} waiting at the rate limit`,
    `${count} of ${of} at the rate limit`,
    `${count}/${of} at rate limit`,
    `${count} at rate limit`,
    `${count}/${of} at limit`,
  ];
}

/**
 * The priorities' key under the well, around the marks of the levels from lowest to highest:
 * "priority: low ■ ● ▲ high" (or "low … high" where narrow). A reader saw three colours in the well
 * under Drop the lowest priority and nothing said which was which.
 */
export const PRIORITY_KEY = {
  lead: ['priority: low', 'low'],
  tail: 'high',
} as const;
