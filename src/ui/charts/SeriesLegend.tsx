/**
 * A chart's legend as plain HTML, outside the SVG: Recharts' own legend measures itself in the DOM on
 * every redraw. Each entry shows the line's dash or the drop reason's shape, not only its colour.
 */
import { MarkIcon } from '../MarkIcon.tsx';
import type { MarkShape } from '../../render/palette.ts';

export interface LegendItem {
  label: string;
  color: string;
  /** SVG stroke-dasharray of the line; empty for solid. */
  dash?: string;
  /** A marker shape instead of a line sample. */
  shape?: MarkShape;
}

export function SeriesLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          {item.shape ? (
            <MarkIcon shape={item.shape} color={item.color} />
          ) : (
            <svg
              className="legend-line"
              viewBox="0 0 20 6"
              width="20"
              height="6"
              aria-hidden="true"
              focusable="false"
            >
              <line
                x1="0"
                y1="3"
                x2="20"
                y2="3"
                stroke={item.color}
                strokeWidth="2.5"
                strokeDasharray={item.dash}
              />
            </svg>
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
