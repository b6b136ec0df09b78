/**
 * "How to read this": a dialog that explains every mark on the stage, opened from the button under
 * it. Loaded on first use. The marks a reader needs first (the well, a block, next and newest, the
 * striped cell, a lost block, the memory gauge) come first, open; the rest are in headed sections
 * that open on demand, so the dialog reads in a glance. It pauses a playing run while it is open. The colours and marks are the shared palette's, so the swatches here are
 * the stage's own; plain DOM, so it works the same in the playground, the embed and compare.
 */
import { BLOCK_STYLES, DROP_REASON_STYLE, type MarkShape } from '../../render/palette.ts';
import { DROP_REASONS, type DropReason } from '../../sim/types.ts';
import {
  BLOCKED,
  burstWords,
  HOLDING,
  WASTED,
  IN_BURSTS,
  LOST_BOX,
  NO_CREDIT,
  RANDOM_GAPS,
  REPLACED_BOX,
} from '../../domain/stageWords.ts';
import { STAGE_KEYS } from './stageKeys.ts';
import { HELD_WHILE_READING } from '../heldWhileReading.ts';

/** The box the stage writes its lost messages' count in, named as the stage names it. */
const BOX = `the “${LOST_BOX}” box`;

/** The marks as characters, for the swatches. */
const GLYPH: Record<MarkShape, string> = {
  square: '■',
  circle: '●',
  triangle: '▲',
  'triangle-down': '▼',
  diamond: '◆',
  cross: '✖',
  plus: '✚',
  star: '★',
  hexagon: '⬢',
  bar: '▬',
  ring: '◎',
  pentagon: '⬟',
  hourglass: '⧗',
  bolt: 'ϟ',
};

/** How a message lost for each reason leaves the stage. */
const WAY_OUT: Record<DropReason, string> = {
  rejected: `turned away at the full well: it bounces off the top into ${BOX}.`,
  'evicted-oldest': `the oldest waiting (next to leave) is pushed out to make room: it leaves beside the well’s left wall, at its row, into ${BOX}.`,
  'evicted-youngest':
    'the newest waiting is pushed out to make room: it leaves beside the well’s left wall, at its row.',
  flushed:
    'the whole queue is thrown out at once: its blocks leave beside the well’s left wall together.',
  priority:
    'a message of lower priority is taken out to make room: it leaves beside the well’s left wall, at its row.',
  conflated: 'a newer message with the same key takes its place: the old one fades where it stood.',
  expired:
    'it waited longer than messages are kept: it leaves beside the well’s left wall, at its row.',
  'rate-limited': `the rate limit stops it at the producer: it drops straight into ${BOX}.`,
  oom: 'the consumer ran out of memory: everything waiting falls away with the crash.',
  'gave-up': `turned away on its last retry: it bounces into ${BOX} for good.`,
  'timed-out':
    'its requester stopped waiting: the copy still in the well is work nobody needs (it leaves through the left wall if a consumer throws it away).',
  shed: 'it waited too long in a standing queue: CoDel sheds it from the front.',
  'circuit-open':
    'the circuit breaker is open: the request fails at the producer without being sent.',
  reset:
    'the server crashed and reset its connections: everything waiting or in service failed at once, and its requesters retry together unless jitter spreads them.',
};

/** A word as the stage writes it, and its shorter forms: “in a burst” (“burst” where narrow). */
function quoteAll(words: readonly string[]): string {
  const [first, ...rest] = words;
  return rest.length === 0
    ? `“${first}”`
    : `“${first}” (${rest.map((w) => `“${w}”`).join(', ')} where narrow)`;
}

/** "The producer" section: each mark and word of its box, its belt and what hangs under it. */
export const PRODUCER_ENTRIES: readonly (readonly [string, string])[] = [
  [
    'Traffic light',
    `Green: sending at full rate. Amber: slowed down by a signal from the consumers. Red: stopped, because the queue is full (“${BLOCKED}”) or it has no credit left (“${NO_CREDIT}”). Each lamp glows as brightly as the share of the last moments the producer spent that way: stopped 40% of the time, red and green both glow, green a little brighter. The number is the rate it is set to send now: when a signal slows it down, the rate it is slowed to (the rate it was set to, the Producer rate knob’s, is in the line under the cards); the line below says what it is doing, and for how much of the time when it stops now and then (“${BLOCKED} 40%”).`,
  ],
  [
    'The belt',
    `The rate under the belt (“sent 85/s”) is measured: what the producer really sent over the last second. It says why it is not the rate the producer is set to: what held the producer back part of the time (“${BLOCKED}”, “${NO_CREDIT}”), or “${RANDOM_GAPS}” when messages come at random moments, so one second holds more and the next fewer. While a signal slows the producer the belt writes no rate: the producer’s box says the rate it is slowed to, and the done box how many get through.`,
  ],
  [
    'Bursts',
    `A producer that sends in bursts says which part of its round it is in: ${quoteAll(burstWords('in'))}, sending at its Burst rate for the Burst length, or ${quoteAll(burstWords('between'))}, sending at its Rate between bursts for the Quiet spell. Its number is the rate of that part; the rate under the belt, over the last second, mixes the two, and says so: “${IN_BURSTS}”.`,
  ],
  [
    'Credit meter',
    'Under a credit window the producer may only send while it holds credit: each message spends one, each delivered message sends one back.',
  ],
  [
    'The wire',
    'The line along the top carries feedback from the consumers back to the producer, taking the delay shown: ▼ slow down, ▲ speed up, ● a credit returning (one dot for each credit on its way, so with a short delay they flash by).',
  ],
  [
    'Retry tray',
    'Messages turned away wait here before they try again; the ring round each fills as its wait runs out. The number over the tray counts them all; when they do not all fit, “+12” counts those not drawn.',
  ],
];

function swatch(color: string, glyph: string, ink: string): HTMLElement {
  const s = document.createElement('span');
  s.className = 'stage-legend-swatch';
  s.style.background = color;
  s.style.color = ink;
  s.textContent = glyph;
  s.setAttribute('aria-hidden', 'true');
  return s;
}

/** Dark ink on light colours, white on dark ones. */
function inkFor(hex: string): string {
  const v = Number.parseInt(hex.slice(1), 16);
  const r = (v >> 16) & 255;
  const g = (v >> 8) & 255;
  const b = v & 255;
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#14181e' : '#ffffff';
}

function item(
  dl: HTMLElement,
  term: string | (string | Node)[],
  ...description: (string | Node)[]
): void {
  const dt = document.createElement('dt');
  if (typeof term === 'string') dt.textContent = term;
  else dt.append(...term);
  const dd = document.createElement('dd');
  dd.append(...description);
  dl.append(dt, dd);
}

function section(body: HTMLElement, title: string): HTMLElement {
  const h = document.createElement('h3');
  h.textContent = title;
  const dl = document.createElement('dl');
  body.append(h, dl);
  return dl;
}

/** A section the reader opens when they need it: its heading is the disclosure's summary. */
function more(body: HTMLElement, title: string): HTMLElement {
  const details = document.createElement('details');
  details.className = 'stage-legend-more';
  const summary = document.createElement('summary');
  const h = document.createElement('h3');
  h.textContent = title;
  summary.append(h);
  const dl = document.createElement('dl');
  details.append(summary, dl);
  body.append(details);
  return dl;
}

/** What "How to read this" is given by the stage it explains: the run, so it can hold it still. */
export interface LegendRun {
  playing(): boolean;
  play(): void;
  pause(): void;
}

function build(): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'stage-legend phone-sheet';
  dialog.setAttribute('aria-labelledby', 'stage-legend-title');
  dialog.dataset.testid = 'stage-legend';
  const head = document.createElement('div');
  head.className = 'stage-legend-head';
  const title = document.createElement('h2');
  title.id = 'stage-legend-title';
  title.textContent = 'How to read the stage';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'stage-legend-button';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog.close());
  head.append(title, close);
  const body = document.createElement('div');
  body.className = 'stage-legend-body';
  // Its own line, shown when opening the legend paused a playing run (openStageLegend).
  const held = document.createElement('p');
  held.className = 'stage-legend-held';
  held.dataset.testid = 'stage-legend-held';
  held.textContent = HELD_WHILE_READING;
  held.hidden = true;
  const intro = document.createElement('p');
  intro.textContent = `Messages flow left to right: the producer makes them, they wait in the queue (the well), consumers work on them, and they end up in “Done”, or in ${BOX}.`;
  body.append(held, intro);

  const first = section(body, 'First, the queue');
  item(
    first,
    'The well',
    'The queue. The caption under it says how many messages wait, and the limit if there is one. Where the queue can grow longer than the well has cells, the well’s height stands for its limit, or for its memory: the fuller the well, the longer the queue, and it is full to the top as the limit is reached or the memory runs out. Red walls: it is full, or, with no limit, its memory nearly is.',
  );
  const swatches = document.createElement('span');
  swatches.className = 'stage-legend-swatches';
  for (const b of BLOCK_STYLES) swatches.append(swatch(b.color, GLYPH[b.shape], inkFor(b.color)));
  item(
    first,
    'Blocks',
    'One block is one message waiting. Its colour and mark show its key (say, the customer it is about). A pale block has only just joined, and fills in as it settles. A faint square with a dashed edge is the cell of the message on its way in: counted already, it takes that cell next.',
    swatches,
  );
  item(
    first,
    'Next and newest',
    'A solid ring: the message that leaves next (the oldest, at the bottom). A dashed ring: the newest. Labelled “next” and “newest” beside the wall where there is room.',
  );
  const bundle = document.createElement('span');
  bundle.className = 'stage-legend-swatch stage-legend-bundle';
  bundle.setAttribute('aria-hidden', 'true');
  item(
    first,
    [bundle, 'Striped cells'],
    'Many messages packed into one cell, so that a long queue fits the well. The line under the well says how many each holds (“each striped cell holds up to 20”). The last one may hold fewer: its stripes are filled only as far as it is full.',
  );
  const lost = swatch(DROP_REASON_STYLE['evicted-oldest'].color, GLYPH.triangle, '#ffffff');
  lost.classList.add('stage-legend-lost');
  item(
    first,
    [lost, 'A lost block'],
    `Drawn flat and outlined in red, in its reason’s colour and mark, on its way into ${BOX}. Each reason’s way out is under “Lost” below.`,
  );
  item(
    first,
    'Memory gauge',
    'The bar beside an unlimited queue: the memory its messages take, against the budget (the red line). Past it the consumer crashes and everything waiting is lost; while it restarts the bar is grey and says “restarting”.',
  );

  const blocks = more(body, 'More about the queue');
  item(
    blocks,
    'Limit and caption',
    '“No limit” under the well means the queue grows until something gives way. Hatched cells and a dashed step are past the limit.',
  );
  item(
    blocks,
    'Priorities',
    'When messages have priorities, colour and mark show the priority instead of the key, and a line under the well gives their order, from the lowest to the highest (“priority: low ■ ● ▲ high”).',
  );
  item(
    blocks,
    'Packing',
    'The oldest are packed first, at the bottom; the newest stay single blocks on top, so you can still watch them arrive. The stage says the moment packing starts (“Packed: each striped cell holds 20”). A queue with a limit, or a memory budget, keeps one size of cell from the start, the one that fills the well to its top at that limit, so each striped cell more is the well that much fuller; a queue with neither may need bigger ones as it grows, and the line under the well then says “each striped cell now holds 50”. No message is ever drawn striped on its own.',
  );
  item(
    blocks,
    'Rate limit',
    `A rate limit in front of the queue (as nginx’s limit_req) lets a burst in ahead of its rate: those requests wait their turn at the limit, one at a time at its rate, before they reach the queue, so they are not in the well. A line under the well counts them (“12 of 20 waiting at the rate limit”). Any more are turned away at once, into ${BOX}.`,
  );
  item(
    blocks,
    'Partitions',
    'With ordering per key (as in Kafka), the well is split into partitions side by side, one per consumer, set apart by a gap and named over their tops (“partition 1”, or “P1” where narrow). Each consumer reads only its own partition, so one can fall behind while another is empty. Each partition rings the message that leaves it next; a striped cell holds as many in all of them (the line under the well says how many).',
  );

  const producer = more(body, 'The producer');
  for (const [term, text] of PRODUCER_ENTRIES) item(producer, term, text);

  const consumers = more(body, 'Consumers and done');
  item(
    consumers,
    'Consumers',
    `Each row is a consumer with the message it is working on and how far along it is. A dashed outline: warming up, or leaving. An amber bar and “${WASTED}”: its requester has already given up waiting (timed out), so the answer goes to no one and Done will not count it. Many consumers show as tiles, green when busy, outlined amber on wasted work.`,
  );
  item(
    consumers,
    'Out of memory',
    'After a crash the well flashes red and every waiting message is lost, and so is every message that arrives until the consumer is back; the banner counts down to then.',
  );
  item(consumers, 'Done', 'Messages delivered so far, and how many a second over the last second.');

  const chain = more(body, 'A pipeline of stages');
  item(
    chain,
    'A chain of wells',
    'A pipeline draws one well per stage, left to right (top to bottom on a narrow screen): the producer feeds the first, and each stage’s consumers hand their finished messages to the next stage’s well. The last stage’s consumers deliver to “Done”. The cards’ numbers are end to end.',
  );
  item(
    chain,
    'Holding its block',
    `A consumer outlined in amber, with a striped amber bar and a ring round its block, has finished that message but cannot hand it on: the next stage is full, or has given no credit. Its label says “${HOLDING}”: it waits with the message in hand, so its own well fills behind it.`,
  );
  item(
    chain,
    'Links and pressure',
    `Where a stage hands on, a box says to which stage and how many it has passed. The line from it to the next well turns thick and amber while the next stage refuses, and the box says for how much of the last few seconds its consumers were held up (“${BLOCKED} 40%”, or “${NO_CREDIT} 40%” under credit). A dashed line is fire-and-forget: it never waits, and the next queue takes everything.`,
  );
  item(
    chain,
    'Losses by stage',
    `Messages lost in the first stage leave by their way out into ${BOX}, which counts the whole pipeline’s losses; each later stage’s name says how many were lost there (“Stage 2 · 12 lost”).`,
  );

  const bin = more(body, `${LOST_BOX}: the box and each way out`);
  item(
    bin,
    'Leaving the well',
    `A message lost lands on its reason’s row in ${BOX}. One lost from the well leaves beside its left wall, at its row, never over the top, where new messages come in.`,
  );
  for (const r of DROP_REASONS) {
    const style = DROP_REASON_STYLE[r];
    item(
      bin,
      [swatch(style.color, GLYPH[style.shape], inkFor(style.color)), style.label],
      WAY_OUT[r],
    );
  }
  const binNote = document.createElement('p');
  binNote.textContent = `A message replaced by a newer one with the same key is listed in ${BOX} but not counted as lost (the newer one carries its value): while such messages are all the box holds, it is headed “${REPLACED_BOX}”.`;
  bin.after(binNote);

  const follow = more(body, 'Following one message');
  item(
    follow,
    'Pick a block',
    'Click or tap a block to follow it (in a pipeline, one in the first well): a thick ring stays on it all the way, and the line under the stage tells its story (how long it waited, what happened to it). Its end stays, marked on the stage by Done or Lost, until you follow another or press Stop following. The first loss, a blocked producer, a crash, an added consumer and a wave of retries are called out on the stage as they happen.',
  );
  for (const k of STAGE_KEYS)
    item(follow, `Key: ${k.keys}`, `${k.what} (when the stage has focus).`);

  dialog.append(head, body);
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop (the dialog itself, outside its content) closes it.
    if (event.target === dialog) dialog.close();
  });
  return dialog;
}

let dialog: HTMLDialogElement | null = null;

/**
 * Opens the legend over the stage. A playing run (`run`) is paused while it is open, so the reader
 * can hold the text against a still picture, and goes on when it closes; the dialog says so.
 */
export function openStageLegend(opener: HTMLElement, run?: LegendRun): void {
  if (dialog === null) {
    dialog = build();
    document.body.append(dialog);
  }
  const d = dialog;
  const holding = run !== undefined && run.playing();
  if (holding) run.pause();
  const note = d.querySelector<HTMLElement>('.stage-legend-held');
  if (note !== null) note.hidden = !holding;
  d.addEventListener(
    'close',
    () => {
      // Unless the reader played or paused it in the meantime (the page's keys, another control).
      if (holding && !run.playing()) run.play();
      opener.focus();
    },
    { once: true },
  );
  d.showModal();
}
