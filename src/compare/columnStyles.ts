/**
 * How each column looks wherever it appears (its card, chart lines, legends, the table): a colour
 * from the Okabe–Ito palette, which stays distinguishable with the common forms of colour blindness,
 * and a dash pattern and letter as well, so colour is never the only cue.
 */

export interface ColumnStyle {
  color: string;
  /** SVG stroke-dasharray; empty for solid. */
  dash: string;
  /** The dash in words, for text alternatives. */
  dashName: string;
}

export const COLUMN_STYLES: readonly ColumnStyle[] = [
  { color: '#0072B2', dash: '', dashName: 'solid' },
  { color: '#D55E00', dash: '8 4', dashName: 'dashed' },
  { color: '#009E73', dash: '2 3', dashName: 'dotted' },
  { color: '#CC79A7', dash: '10 3 2 3', dashName: 'dash-dot' },
];

export function columnStyle(index: number): ColumnStyle {
  return COLUMN_STYLES[index] ?? (COLUMN_STYLES[0] as ColumnStyle);
}
