import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from './base64url.ts';
import {
  cleanName,
  decodeRoomCode,
  encodeRoomCode,
  ROOM_CODE_LIMITS,
  splitCodes,
  type RoomCode,
} from './roomCode.ts';

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const path = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,10}(?:\.[a-z][A-Za-z0-9]{0,10}){0,3}$/);
const value = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 20 }),
  fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.integer(), { maxKeys: 4 }),
  fc.array(fc.integer(), { maxLength: 6 }),
);

const arbitraryCode: fc.Arbitrary<RoomCode> = fc.record({
  who: fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/),
  name: fc.option(
    fc.string({ minLength: 1, maxLength: 40 }).map((n) => cleanName(n)),
    { nil: null },
  ),
  pack: fc.oneof(
    fc.constant({ kind: 'built-in' as const }),
    fc.webUrl().map((url) => ({ kind: 'url' as const, url })),
    slug.map((id) => ({ kind: 'file' as const, id })),
  ),
  packId: slug,
  packTitle: fc.string({ maxLength: 80 }),
  exercises: fc.uniqueArray(
    fc.record({
      id: slug,
      status: fc.constantFrom(
        'tried' as const,
        'passed' as const,
        'passed-after-solution' as const,
      ),
      answer: fc.array(fc.tuple(path, value), { maxLength: 5 }),
    }),
    { maxLength: 12, selector: (e) => e.id },
  ),
});

const sample: RoomCode = {
  who: 'k3J9x_aQ',
  name: 'Ana',
  pack: { kind: 'built-in' },
  packId: 'backpressure-basics',
  packTitle: 'Backpressure basics',
  exercises: [
    { id: 'tipping-point', status: 'passed', answer: [['consumers.count', 3]] },
    {
      id: 'out-of-memory',
      status: 'tried',
      answer: [
        ['queue.capacity', 80],
        ['queue.whenFull', 'reject'],
      ],
    },
  ],
};

describe('room codes', () => {
  it('round-trip any progress, exactly', () => {
    fc.assert(
      fc.property(arbitraryCode, (code) => {
        expect(decodeRoomCode(encodeRoomCode(code))).toEqual({ ok: true, code });
      }),
    );
  });

  it('say what they are, and are one line of characters safe in a link', () => {
    const text = encodeRoomCode(sample);
    expect(text).toMatch(/^backpressure-room-v1\.[A-Za-z0-9_-]+\.[a-z0-9]{7}$/);
  });

  it('keep a whole pack of answers short enough for a QR code', () => {
    const exercises = Array.from({ length: 11 }, (_, i) => ({
      id: `exercise-number-${i}`,
      status: 'passed' as const,
      answer: [
        ['queue.capacity', 120],
        ['queue.whenFull', 'drop-oldest'],
        ['consumers.service.meanMs', 45],
      ] as const,
    }));
    expect(encodeRoomCode({ ...sample, exercises }).length).toBeLessThan(2_000);
  });

  it('survive spaces and line breaks anywhere, as mail and chat wrap them', () => {
    fc.assert(
      fc.property(
        arbitraryCode,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '\n', '\r\n', '\t', '  ')), {
          maxLength: 8,
        }),
        (code, breaks) => {
          let text = encodeRoomCode(code);
          for (const [at, gap] of breaks) {
            const i = at % (text.length + 1);
            text = `${text.slice(0, i)}${gap}${text.slice(i)}`;
          }
          expect(decodeRoomCode(text)).toEqual({ ok: true, code });
        },
      ),
    );
  });

  it('refuse a code cut short anywhere, in plain words', () => {
    const text = encodeRoomCode(sample);
    for (let end = 0; end < text.length; end++) {
      const decoded = decodeRoomCode(text.slice(0, end));
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.message).toMatch(/^(This|There|“)/);
    }
  });

  it('refuse a code with any one character changed', () => {
    fc.assert(
      fc.property(arbitraryCode, fc.nat(), fc.constantFrom(...'abcXYZ019-_.'), (code, at, char) => {
        const text = encodeRoomCode(code);
        const i = at % text.length;
        fc.pre(text[i] !== char);
        const damaged = `${text.slice(0, i)}${char}${text.slice(i + 1)}`;
        expect(decodeRoomCode(damaged).ok).toBe(false);
      }),
    );
  });

  it('never throw, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const decoded = decodeRoomCode(text);
        expect(decoded.ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => decodeRoomCode(`backpressure-room-v1.${text}`)).not.toThrow();
      }),
    );
  });

  it('refuse a well-formed code whose content is not progress (checked, not trusted)', () => {
    const forge = (payload: unknown) => {
      const head = `backpressure-room-v1.${encodeBase64Url(JSON.stringify(payload))}`;
      // The same check the encoder writes, so only the content is wrong.
      let hash = 0x811c9dc5;
      for (let i = 0; i < head.length; i++) {
        hash ^= head.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
      }
      return `${head}.${(hash >>> 0).toString(36).padStart(7, '0')}`;
    };
    const good = { w: 'abc', p: ['b'], i: 'pack', t: 'Pack', x: [['one', 1, []]] };
    expect(decodeRoomCode(forge(good)).ok).toBe(true);
    for (const bad of [
      { ...good, w: '' },
      { ...good, p: ['z'] },
      { ...good, i: 'Not An Id' },
      { ...good, x: [['one', 7, []]] },
      { ...good, x: [['one', 1, [['__proto__.polluted', 1]]]] },
      { ...good, x: [['one', 1, [['a', 'x'.repeat(ROOM_CODE_LIMITS.valueText)]]]] },
      { ...good, x: [['one', 1, [['a', JSON.parse('['.repeat(100) + ']'.repeat(100))]]]] },
      {
        ...good,
        x: [
          ['one', 1, []],
          ['one', 0, []],
        ],
      },
      [good],
    ]) {
      const decoded = decodeRoomCode(forge(bad));
      expect(decoded).toEqual({ ok: false, message: expect.stringMatching(/damaged/) });
    }
  });

  it('tell a newer version, an unknown one and other text apart', () => {
    const text = encodeRoomCode(sample);
    expect(decodeRoomCode(text.replace('-v1.', '-v2.'))).toEqual({
      ok: false,
      message: expect.stringMatching(/newer version of the playground/),
    });
    expect(decodeRoomCode(text.replace('-v1.', '-v0.'))).toEqual({
      ok: false,
      message: expect.stringMatching(/does not know/),
    });
    expect(decodeRoomCode('https://example.org/?preset=block')).toEqual({
      ok: false,
      message: expect.stringMatching(/is not a progress code/),
    });
    expect(decodeRoomCode('   ')).toEqual({ ok: false, message: expect.stringMatching(/paste/) });
    expect(decodeRoomCode('x'.repeat(20_000))).toEqual({
      ok: false,
      message: expect.stringMatching(/too long/),
    });
  });

  it('are read from a room link, as a QR code carries them', () => {
    const text = encodeRoomCode(sample);
    expect(decodeRoomCode(`https://example.org/room.html#code=${text}`)).toEqual({
      ok: true,
      code: sample,
    });
  });
});

describe('splitCodes', () => {
  it('finds every code in a paste, however they are run together or wrapped', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryCode, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('\n', ' ', '', '\n\nhttps://example.org/room.html#code='),
        (codes, between) => {
          const texts = codes.map(encodeRoomCode);
          const found = splitCodes(`Hello!\n${texts.join(between)}\n`);
          expect(found.map(decodeRoomCode)).toEqual(codes.map((code) => ({ ok: true, code })));
        },
      ),
    );
  });

  it('hands back text without a code as one piece, to be refused in words', () => {
    expect(splitCodes('  \n ')).toEqual([]);
    expect(splitCodes('not a code')).toEqual(['notacode']);
  });
});

describe('cleanName', () => {
  it('keeps a name readable and short, and none when blank', () => {
    expect(cleanName('  Ana \n María ')).toBe('Ana María');
    expect(cleanName('\u202eevil\u0000')).toBe('evil');
    expect(cleanName('   ')).toBeNull();
    expect([...(cleanName('é'.repeat(100)) ?? '')]).toHaveLength(ROOM_CODE_LIMITS.name);
  });
});
