/** A column's line sample: its colour and dash, as the charts draw it, so colour is not the only cue. */
import { columnLetter } from '../../compare/comparison.ts';
import { columnStyle } from '../../compare/columnStyles.ts';

export function ColumnSwatch({ index, width = 28 }: { index: number; width?: number }) {
  const style = columnStyle(index);
  return (
    <svg
      className="column-swatch"
      viewBox={`0 0 ${width} 8`}
      width={width}
      height="8"
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1="0"
        y1="4"
        x2={width}
        y2="4"
        stroke={style.color}
        strokeWidth="3"
        strokeDasharray={style.dash || undefined}
      />
    </svg>
  );
}

/** A column as the tables name it: its line sample, its letter and its title. */
export function ColumnName({ index, title }: { index: number; title: string }) {
  return (
    <>
      <ColumnSwatch index={index} width={20} />{' '}
      <span className="column-letter">{columnLetter(index)}</span>{' '}
      <span className="differences-label">{title}</span>
    </>
  );
}

/** A table's head row: its first column's heading, then each column's name. */
export function ColumnHeads({
  first,
  titles,
  testIdOf,
}: {
  first: string;
  titles: readonly string[];
  testIdOf?: (index: number) => string;
}) {
  return (
    <tr>
      <th scope="col">{first}</th>
      {titles.map((title, i) => (
        <th scope="col" key={i} data-testid={testIdOf?.(i)}>
          <ColumnName index={i} title={title} />
        </th>
      ))}
    </tr>
  );
}
