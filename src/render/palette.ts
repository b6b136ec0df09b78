/**
 * The one palette for meaning: a drop reason, a key or a priority has the same colour and the same
 * shape (or dash) in the stage, the bin, the charts and the legends. Colour is never the only cue, so
 * every entry carries a shape for markers and a dash pattern for lines, for colour-blind readers.
 *
 * Colours are concrete hex values (the canvas cannot read CSS variables cheaply) chosen to stay
 * visible on both the light and the dark background.
 */
import type { DropReason } from '../sim/types.ts';

/** Marker shapes the stage and the legends both know how to draw. */
export type MarkShape =
  | 'square'
  | 'circle'
  | 'triangle'
  | 'triangle-down'
  | 'diamond'
  | 'cross'
  | 'plus'
  | 'star'
  | 'hexagon'
  | 'bar'
  | 'ring'
  | 'pentagon'
  | 'hourglass'
  | 'bolt';

export interface DropReasonStyle {
  color: string;
  /** Line dash, as for canvas `setLineDash`; `dash.join(' ')` for SVG `stroke-dasharray`. Empty is solid. */
  dash: readonly number[];
  shape: MarkShape;
  /** Short plain-language name for legends and the drop bin. */
  label: string;
}

export const DROP_REASON_STYLE: Record<DropReason, DropReasonStyle> = {
  rejected: { color: '#D55E00', dash: [], shape: 'cross', label: 'Rejected (queue full)' },
  'evicted-oldest': {
    color: '#0072B2',
    dash: [6, 3],
    shape: 'triangle',
    label: 'Oldest pushed out',
  },
  'evicted-youngest': {
    color: '#56B4E9',
    dash: [2, 3],
    shape: 'triangle-down',
    label: 'Newest pushed out',
  },
  flushed: {
    color: '#CC79A7',
    dash: [10, 3, 2, 3],
    shape: 'square',
    label: 'Flushed with the queue',
  },
  priority: { color: '#E69F00', dash: [4, 2], shape: 'diamond', label: 'Lower priority' },
  conflated: {
    color: '#009E73',
    dash: [1, 3],
    shape: 'circle',
    label: 'Replaced by newer (same key)',
  },
  expired: { color: '#999933', dash: [8, 4], shape: 'hexagon', label: 'Expired (too old)' },
  'rate-limited': { color: '#AA4499', dash: [3, 3, 1, 3], shape: 'bar', label: 'Rate-limited' },
  oom: { color: '#EE3377', dash: [12, 3], shape: 'star', label: 'Lost in out-of-memory crash' },
  'gave-up': {
    color: '#7F7F7F',
    dash: [2, 2, 6, 2],
    shape: 'ring',
    label: 'Gave up after retries',
  },
  'timed-out': {
    color: '#882255',
    dash: [6, 2, 1, 2],
    shape: 'hourglass',
    label: 'Timed out (requester gave up)',
  },
  shed: { color: '#44AA99', dash: [1, 2], shape: 'pentagon', label: 'Shed (waited too long)' },
  'circuit-open': {
    color: '#332288',
    dash: [5, 5],
    shape: 'plus',
    label: 'Failed fast (circuit open)',
  },
  reset: {
    color: '#BB5566',
    dash: [9, 2, 2, 2, 2, 2],
    shape: 'bolt',
    label: 'Failed in a crash (connection reset)',
  },
};

export interface BlockStyle {
  color: string;
  shape: MarkShape;
  /** Colour name, for text alternatives and legends. */
  name: string;
}

/**
 * Colours for keys and priorities: the Okabe–Ito palette (distinguishable with the common forms of
 * colour blindness) without its black, plus a violet, each paired with its own shape. No grey: the
 * packed cells of a long queue are grey, and readers took a grey message for one of them (and the
 * packed cells for grey messages).
 */
export const BLOCK_STYLES: readonly BlockStyle[] = [
  { color: '#0072B2', shape: 'square', name: 'blue' },
  { color: '#E69F00', shape: 'circle', name: 'orange' },
  { color: '#009E73', shape: 'triangle', name: 'green' },
  { color: '#CC79A7', shape: 'diamond', name: 'pink' },
  { color: '#56B4E9', shape: 'hexagon', name: 'sky blue' },
  { color: '#D55E00', shape: 'plus', name: 'vermilion' },
  { color: '#F0E442', shape: 'star', name: 'yellow' },
  { color: '#8E5BD6', shape: 'ring', name: 'violet' },
];

/** The style for key or priority `index`; keys beyond the palette wrap around. */
export function blockStyle(index: number): BlockStyle {
  const n = BLOCK_STYLES.length;
  return BLOCK_STYLES[((Math.trunc(index) % n) + n) % n] as BlockStyle;
}
