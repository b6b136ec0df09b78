/** A small SVG of a palette shape, for legends: the same shapes the stage draws on its canvas. */
import type { MarkShape } from '../render/palette.ts';

const PATHS: Record<MarkShape, string> = {
  square: 'M2 2h8v8H2z',
  circle: 'M6 1.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9z',
  triangle: 'M6 1.5L10.5 10H1.5z',
  'triangle-down': 'M1.5 2h9L6 10.5z',
  diamond: 'M6 1l5 5l-5 5l-5-5z',
  cross: 'M2.5 1L6 4.5L9.5 1L11 2.5L7.5 6L11 9.5L9.5 11L6 7.5L2.5 11L1 9.5L4.5 6L1 2.5z',
  plus: 'M4.75 1h2.5v3.75H11v2.5H7.25V11h-2.5V7.25H1v-2.5h3.75z',
  star: 'M6 1l1.3 3.3l3.5.2l-2.7 2.3l.9 3.4L6 8.3L3 10.2l.9-3.4L1.2 4.5l3.5-.2z',
  hexagon: 'M3.5 1.7h5L11 6l-2.5 4.3h-5L1 6z',
  bar: 'M1 4h10v4H1z',
  pentagon: 'M6 1l5 3.6l-1.9 5.9H2.9L1 4.6z',
  hourglass: 'M1.5 1h9L6 6l4.5 5h-9L6 6z',
  bolt: 'M7.8 1L2.4 6.9h3.5L4.2 11l5.4-5.9H6.1z',
  ring: 'M6 1a5 5 0 1 1 0 10a5 5 0 1 1 0-10zm0 2.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z',
};

export function MarkIcon({ shape, color }: { shape: MarkShape; color: string }) {
  return (
    <svg
      className="mark-icon"
      viewBox="0 0 12 12"
      width="12"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[shape]} fill={color} fillRule="evenodd" />
    </svg>
  );
}
