import { describe, expect, it } from 'vitest';
import { migratePack } from './migratePack.ts';

describe('migratePack', () => {
  it('passes a current pack through unchanged', () => {
    const pack = { format: 'backpressure-exercises', version: 1, id: 'x' };
    expect(migratePack(pack)).toEqual({ ok: true, value: pack });
  });

  it('runs every step from an old version to the current one, in order', () => {
    const steps = [
      (p: Record<string, unknown>) => ({ ...p, version: 2, trail: ['1→2'] }),
      (p: Record<string, unknown>) => ({
        ...p,
        version: 3,
        trail: [...((p['trail'] as string[]) ?? []), '2→3'],
      }),
    ];
    const result = migratePack({ format: 'backpressure-exercises', version: 1 }, steps);
    expect(result).toEqual({
      ok: true,
      value: { format: 'backpressure-exercises', version: 3, trail: ['1→2', '2→3'] },
    });
    expect(migratePack({ format: 'backpressure-exercises', version: 2 }, steps)).toEqual({
      ok: true,
      value: { format: 'backpressure-exercises', version: 3, trail: ['2→3'] },
    });
  });

  it('refuses a version from the future with a way forward', () => {
    expect(migratePack({ format: 'backpressure-exercises', version: 7 })).toEqual({
      ok: false,
      problems: [
        {
          path: 'version',
          message:
            'is 7, but this playground reads exercise packs up to version 1: update the playground, or ask the pack’s author for a version 1 pack',
        },
      ],
    });
  });

  it('refuses versions that are not versions, and files that are not packs', () => {
    for (const version of [0, -1, 1.5, '1', null, undefined])
      expect(migratePack({ format: 'backpressure-exercises', version }).ok).toBe(false);
    expect(migratePack([])).toMatchObject({
      ok: false,
      problems: [{ path: '', message: 'must be an object (got a list)' }],
    });
    expect(migratePack({ version: 1 })).toMatchObject({
      ok: false,
      problems: [{ path: 'format' }],
    });
  });
});
