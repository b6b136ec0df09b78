/**
 * The syntax of a host control's `data-set`: settings as `name=value`, separated by semicolons,
 * applied in order (`preset=block; seed=7; consumers.count=2`). Only the form is checked here;
 * whether a name and its value make sense for the figure is controlPlan.ts's business.
 */

/** More than a handful of settings on one button is a scenario: the figure's `data-scenario` is for that. */
export const MAX_SETTINGS = 8;

export type Setting = readonly [name: string, value: string];

export type ParsedSettings =
  { ok: true; settings: readonly Setting[] } | { ok: false; problem: string };

/** A name is a word or a dotted path (`strategy`, `consumers.count`); a value has no spaces, `=` or `;`. */
const SETTING = /^([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\s*=\s*([^\s=;]+)$/;

/** Quotes what the page wrote, cut short: a notice repeats it, and a page may write anything. */
export function quote(value: string): string {
  return `"${value.length > 24 ? `${value.slice(0, 24)}…` : value}"`;
}

export function parseSettings(text: string): ParsedSettings {
  const parts = text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, problem: 'data-set names nothing to set' };
  if (parts.length > MAX_SETTINGS)
    return {
      ok: false,
      problem: `data-set has ${parts.length} settings; a control may make at most ${MAX_SETTINGS}`,
    };
  const settings: Setting[] = [];
  for (const part of parts) {
    const match = SETTING.exec(part);
    if (match === null)
      return {
        ok: false,
        problem: `${quote(part)} is not a setting; write name=value, such as strategy=block`,
      };
    settings.push([match[1] as string, match[2] as string]);
  }
  return { ok: true, settings };
}
