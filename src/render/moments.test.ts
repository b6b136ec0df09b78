import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../sim/eventLog.ts';
import { DROP_REASONS } from '../sim/types.ts';
import { MomentSpotter, REASON_SHORT } from './moments.ts';

const ev = (kind: SimEvent['kind'], time: number, a = 0): SimEvent => ({
  kind,
  time,
  id: 1,
  a,
  b: 0,
});

describe('MomentSpotter', () => {
  it('calls out the first loss once, by its reason', () => {
    const m = new MomentSpotter();
    const first = m.onEvent(ev('drop', 100, DROP_REASONS.indexOf('expired')), REASON_SHORT);
    expect(first).toMatchObject({ kind: 'first-drop', text: 'First loss: expired' });
    expect(first?.announce).toBe('The first message was lost: expired.');
    expect(m.onEvent(ev('drop', 200, 0), REASON_SHORT)).toBeNull();
    m.reset();
    expect(m.onEvent(ev('drop', 300, 0), REASON_SHORT)?.kind).toBe('first-drop');
  });

  it('leaves out the consumers a run starts with', () => {
    const m = new MomentSpotter();
    expect(m.onEvent(ev('worker-added', 0), REASON_SHORT)).toBeNull();
    expect(m.onEvent(ev('worker-added', 4000), REASON_SHORT)?.text).toBe('Consumer added');
  });

  it('sees a retry wave in many retries close together, not in a trickle', () => {
    const trickle = new MomentSpotter();
    for (let i = 0; i < 40; i++)
      expect(trickle.onEvent(ev('retry-wait', i * 200), REASON_SHORT)).toBeNull();
    const wave = new MomentSpotter();
    const seen = [];
    for (let i = 0; i < 20; i++)
      seen.push(wave.onEvent(ev('retry-wait', 1000 + i * 20), REASON_SHORT));
    expect(seen.filter((s) => s !== null).map((s) => s?.kind)).toEqual(['retry-wave']);
  });
});
