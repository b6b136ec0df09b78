import { describe, expect, it } from 'vitest';
import { createControlNotice } from './controlNotice.ts';

describe('createControlNotice', () => {
  it('numbers each problem, so a repeat of the same one is still new', () => {
    const notice = createControlNotice();
    let heard = 0;
    notice.subscribe(() => heard++);
    notice.show('strategy: "blok" is not a strategy');
    const first = notice.current;
    notice.show('strategy: "blok" is not a strategy');
    expect(notice.current?.serial).toBeGreaterThan(first?.serial ?? Infinity);
    notice.clear();
    notice.clear();
    expect(notice.current).toBeNull();
    expect(heard).toBe(3);
  });
});
