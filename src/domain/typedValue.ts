/**
 * A number typed into a knob's box, read as a person means it: "70", "1,500", "4 s" on a knob in
 * milliseconds, "2 MB" on one in bytes, "0.9x" on a factor. Anything else gets a sentence that says
 * what the box takes, and the knob keeps its value.
 */
import { formatWithUnit } from './format.ts';
import type { NumberKnob } from './knobs.ts';

export type TypedValue = { ok: true; value: number } | { ok: false; message: string };

/** Units a box may be typed in, by the knob's unit: each written unit and its size in the knob's. */
const UNIT_WORDS: Record<string, Record<string, number>> = {
  ms: { ms: 1, s: 1000, sec: 1000, min: 60_000 },
  bytes: { b: 1, bytes: 1, kb: 1e3, mb: 1e6, gb: 1e9 },
  '×': { x: 1, '×': 1 },
};

/** The words a knob's own unit may also be written as ("messages/s", "msg/s", "workers"). */
function ownUnit(unit: string, written: string): boolean {
  const u = unit.toLowerCase();
  return (
    written === u ||
    u.startsWith(written) ||
    (u.startsWith('messages') && written.startsWith('msg')) ||
    (u.startsWith('messages') && written.startsWith('message'))
  );
}

export function parseTypedValue(text: string, knob: NumberKnob): TypedValue {
  const trimmed = text.trim();
  const match = /^(-?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?(?:e-?\d+)?)\s*(.*)$/i.exec(trimmed);
  const digits = match?.[1]?.replace(/,/g, '') ?? '';
  const written = (match?.[2] ?? '').toLowerCase();
  const number = digits === '' || digits === '-' ? Number.NaN : Number(digits);
  const scales = UNIT_WORDS[knob.unit];
  const factor =
    written === ''
      ? 1
      : (scales?.[written] ?? (knob.unit !== '' && ownUnit(knob.unit, written) ? 1 : undefined));
  const range = `between ${formatWithUnit(knob.min, knob.unit)} and ${formatWithUnit(knob.max, knob.unit)}`;
  if (!Number.isFinite(number) || factor === undefined)
    return { ok: false, message: `Type a number ${range}${unitHint(knob.unit)}.` };
  const value = number * factor;
  if (value < knob.min || value > knob.max)
    return {
      ok: false,
      message: `${formatWithUnit(value, knob.unit)} is outside the range: ${range}.`,
    };
  if (knob.integer && !Number.isInteger(value))
    return { ok: false, message: `Type a whole number ${range}.` };
  return { ok: true, value };
}

function unitHint(unit: string): string {
  if (unit === 'ms') return ', in ms, or with s (as in 4 s)';
  if (unit === 'bytes') return ', in bytes, or with KB or MB (as in 750 KB)';
  return '';
}

/** The box's text for a value: the bare number in the knob's own unit, without grouping. */
export function typedText(value: number): string {
  return String(Number(value.toPrecision(12)));
}
