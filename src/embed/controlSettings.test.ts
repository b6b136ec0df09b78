import { describe, expect, it } from 'vitest';
import { MAX_SETTINGS, parseSettings } from './controlSettings.ts';

describe('parseSettings (the syntax of data-set)', () => {
  it('reads one setting, or several separated by semicolons, in order', () => {
    expect(parseSettings('strategy=block')).toEqual({
      ok: true,
      settings: [['strategy', 'block']],
    });
    expect(parseSettings(' preset = drop-oldest ;seed=7; consumers.count=2; ')).toEqual({
      ok: true,
      settings: [
        ['preset', 'drop-oldest'],
        ['seed', '7'],
        ['consumers.count', '2'],
      ],
    });
  });

  it('takes names as words or dotted paths, and values without spaces', () => {
    expect(parseSettings('queue.capacity=none')).toEqual({
      ok: true,
      settings: [['queue.capacity', 'none']],
    });
    expect(parseSettings('consumers.service.meanMs=0.5')).toEqual({
      ok: true,
      settings: [['consumers.service.meanMs', '0.5']],
    });
  });

  it('names what is not name=value, quoting it cut short', () => {
    for (const bad of ['block', 'strategy=', '=block', 'strategy=drop oldest', 'a..b=1', '1x=2']) {
      const parsed = parseSettings(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.problem).toContain('is not a setting; write name=value');
    }
    const long = parseSettings(`x${'y'.repeat(100)}`);
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.problem).toMatch(/^"xy{23}…" is not a setting/);
  });

  it('refuses an empty list and more than a handful of settings', () => {
    expect(parseSettings(' ; ')).toEqual({ ok: false, problem: 'data-set names nothing to set' });
    const many = Array.from({ length: MAX_SETTINGS + 1 }, (_, i) => `seed=${i}`).join(';');
    expect(parseSettings(many).ok).toBe(false);
    const enough = Array.from({ length: MAX_SETTINGS }, (_, i) => `seed=${i}`).join(';');
    expect(parseSettings(enough).ok).toBe(true);
  });
});
