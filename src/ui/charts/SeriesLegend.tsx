/**
 * A chart's legend as plain HTML, outside the SVG: Recharts' own legend measures itself in the DOM on
 * every redraw. Each entry shows the line's dash and width, the drop reason's shape, or a shaded
 * band's swatch, not only its colour.
 */
import { MarkIcon } from '../MarkIcon.tsx';
import type { MarkShape } from '../../render/palette.ts';

export interface LegendItem {
  label: string;
  color: string;
  /** SVG stroke-dasharray of the line; empty for solid. */
  dash?: string;
  /** The line's stroke width, as drawn in the chart. */
  width?: number;
  /** A marker shape instead of a line sample. */
  shape?: MarkShape;
  /** A shaded area instead of a line: its fill opacity. */
  fill?: number;
}

function Sample({ item }: { item: LegendItem }) {
  if (item.shape) return <MarkIcon shape={item.shape} color={item.color} />;
  return (
    <svg
      className="legend-line"
      viewBox="0 0 20 8"
      width="20"
      height="8"
      aria-hidden="true"
      focusable="false"
    >
      {item.fill !== undefined ? (
        <rect x="0" y="0" width="20" height="8" fill={item.color} fillOpacity={item.fill * 2.5} />
      ) : (
        <line
          x1="0"
          y1="4"
          x2="20"
          y2="4"
          stroke={item.color}
          // A little bolder than the chart's line, so a dash pattern shows in 20 px.
          strokeWidth={(item.width ?? 2) + 0.5}
          strokeDasharray={item.dash}
        />
      )}
    </svg>
  );
}

export function SeriesLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <Sample item={item} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
