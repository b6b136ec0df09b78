import { describe, expect, it } from 'vitest';
import { isResizeMessage, RESIZE_MESSAGE_TYPE, type ResizeMessage } from './embedContract.ts';
import { createHeightReporter } from './heightReporter.ts';

describe('createHeightReporter', () => {
  it('sends a well-formed message per change, rounded up, with the id', () => {
    const sent: ResizeMessage[] = [];
    const report = createHeightReporter((m) => sent.push(m), 'fig-2');
    report(400.2);
    report(400.9); // rounds to the same 401: nothing new to say
    report(380);
    expect(sent).toEqual([
      { type: RESIZE_MESSAGE_TYPE, id: 'fig-2', height: 401 },
      { type: RESIZE_MESSAGE_TYPE, id: 'fig-2', height: 380 },
    ]);
    expect(sent.every(isResizeMessage)).toBe(true);
  });

  it('says nothing about a zero or broken height (a frame not laid out yet)', () => {
    const sent: ResizeMessage[] = [];
    const report = createHeightReporter((m) => sent.push(m), null);
    report(0);
    report(Number.NaN);
    expect(sent).toEqual([]);
  });
});
