/**
 * A small choice of how long rates and latencies are averaged over: one second by default (a
 * steady producer reads steady), each sample alone (the raw jitter), or five seconds (the trend).
 */
import { useId } from 'react';
import { formatNumber } from '../../domain/format.ts';

const WINDOWS_MS = [1000, 5000];

/** The choices: each sample on its own, then the longer windows, without repeats. */
export function windowChoices(sampleMs: number): number[] {
  return [sampleMs, ...WINDOWS_MS.filter((w) => w > sampleMs)];
}

/** "1 s", "5 s"; the sample interval itself is the raw series, averaged over nothing. */
function choiceLabel(windowMs: number, sampleMs: number): string {
  const length = `${formatNumber(windowMs / 1000)} s`;
  return windowMs === sampleMs ? `${length} (raw)` : length;
}

interface WindowSelectProps {
  value: number;
  sampleMs: number;
  onChange(windowMs: number): void;
}

export function WindowSelect({ value, sampleMs, onChange }: WindowSelectProps) {
  const id = useId();
  const choices = windowChoices(sampleMs);
  return (
    <div className="chart-window">
      <label htmlFor={id}>Averaged over</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {choices.map((w) => (
          <option key={w} value={w}>
            {choiceLabel(w, sampleMs)}
          </option>
        ))}
      </select>
    </div>
  );
}
